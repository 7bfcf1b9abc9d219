// What the re-rate and the history say in words, built from the check-ins
// alone, so the sentences a person reads can be tested.
import type { CheckIn } from '../kinds/name-it';
import { STRONG, type Change, type Group } from './patterns';
import { count, listWords } from '../../lib/words';

/** "Saved: “lonely” was 7, now 3; the craving or urge was 6, now 2."; '' until something is re-rated. */
export function rerateSummary(entry: CheckIn): string {
  const pairs = [...entry.feelings.map((f) => [`“${f.word}”`, f.level, f.later] as const), ['the craving or urge', entry.craving, entry.cravingLater] as const].filter(
    ([, before, after]) => before !== null && after !== null,
  );
  return pairs.length ? `Saved: ${pairs.map(([what, before, after]) => `${what} was ${before}, now ${after}`).join('; ')}.` : '';
}

/** How ratings moved between naming and a few minutes later. */
export function changeText(c: Change, what: string): string {
  const moves = [
    [c.lower, 'lower'],
    [c.same, 'the same'],
    [c.higher, 'higher'],
  ] as const;
  const counts = moves.flatMap(([n, word]) => (n ? [`${word} ${count(n, 'time', 'times')}`] : []));
  return `${what} averaged ${c.before} when named and ${c.after} a few minutes later, over ${count(c.pairs, 'rating', 'ratings')}. It was ${listWords(counts)}.`;
}

/** The craving or urge beside strong loneliness and at other times, or how to see it. */
export function togetherText({ lonely, other }: { lonely: Group | null; other: Group | null }): string {
  const parts: string[] = [];
  if (lonely)
    parts.push(
      `When loneliness was strong (${STRONG} or more), the craving or urge averaged ${lonely.craving} out of 10 (${count(lonely.checkIns, 'check-in', 'check-ins')}).`,
    );
  if (other)
    parts.push(
      `${lonely ? 'At other times' : 'When loneliness was not named as strong'}, it averaged ${other.craving} out of 10 (${count(other.checkIns, 'check-in', 'check-ins')}).`,
    );
  return parts.join(' ') || 'Rate a craving or urge in your check-ins, even when it is 0, to see how it moves with loneliness.';
}
