// What the re-rate and the history say in words, built from the check-ins
// alone, so the sentences a person reads can be tested. Each takes the words
// of the page's language (English by default).
import type { CheckIn } from '../kinds/name-it';
import { STRONG, type Change, type Group } from './patterns';
import { en as core, type NameItWords as CoreWords } from '../../i18n/widgets/en/name-it';
import { en as later, type NameItLaterWords } from '../../i18n/widgets/en/name-it-later';

type NameItWords = CoreWords & NameItLaterWords;
const en: NameItWords = { ...core, ...later };
import { feelingLabel } from './words';

/** "Saved: “lonely” was 7, now 3; the craving or urge was 6, now 2."; '' until something is re-rated. */
export function rerateSummary(entry: CheckIn, w: Pick<NameItWords, 'rerated' | 'feelings'> = en): string {
  const pairs = [
    ...entry.feelings.map((f) => [w.rerated.feeling(feelingLabel(w, f.word)), f.level, f.later] as const),
    [w.rerated.craving, entry.craving, entry.cravingLater] as const,
  ].filter(([, before, after]) => before !== null && after !== null);
  return pairs.length ? w.rerated.saved(pairs.map(([what, before, after]) => w.rerated.pair(what, before!, after!)).join('; ')) : '';
}

/** How ratings moved between naming and a few minutes later. */
export function changeText(c: Change, what: string, w: Pick<NameItWords, 'patterns' | 'and'> = en): string {
  const moves = [
    [c.lower, w.patterns.lower],
    [c.same, w.patterns.same],
    [c.higher, w.patterns.higher],
  ] as const;
  const counts = moves.flatMap(([n, say]) => (n ? [say(n)] : []));
  return w.patterns.change(what, c.before, c.after, c.pairs, w.and(counts));
}

/** The craving or urge beside strong loneliness and at other times, or how to see it. */
export function togetherText({ lonely, other }: { lonely: Group | null; other: Group | null }, w: Pick<NameItWords, 'patterns'> = en): string {
  const parts: string[] = [];
  if (lonely) parts.push(w.patterns.whenLonely(STRONG, lonely.craving, lonely.checkIns));
  if (other) parts.push((lonely ? w.patterns.otherTimes : w.patterns.neverLonely)(other.craving, other.checkIns));
  return parts.join(' ') || w.patterns.noCraving;
}
