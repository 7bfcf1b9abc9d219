// "Name it to tame it": a one-minute check-in in four steps, kept as a history.
// The check-in being written (`draft`, with its step) is saved like any answer,
// so a reload in a hard moment returns to the same place. `pending` is the
// check-in just finished, shown until the person starts a new one, so the
// "how strong is it now?" re-rate survives a reload too.
import type { KindSpec, Progress, SummaryBlock } from './types';
import { composeSentence } from '../name-it/sentence';
import { bodyLabel, feelingLabel, needLabel } from '../name-it/words';
import { en, type NameItTextWords } from '../../i18n/widgets/en/name-it-text';
import { nameItTextIn } from '../../i18n/widgets/name-it-text';

import type { CheckIn, Draft, Level, NameItData } from './name-it-schema';

export type { CheckIn, Draft, Level, NameItData, Named } from './name-it-schema';
export { MAX_FEELINGS } from '../limits';

export const emptyDraft = (kindLine = 0): Draft => ({
  step: 1,
  feelings: [],
  craving: null,
  body: [],
  bodyOther: '',
  trigger: '',
  written: '',
  kindLine,
  needs: [],
  needOther: '',
  next: '',
});

type LineWords = Pick<NameItTextWords, 'lines' | 'sentence' | 'feelings' | 'body' | 'needs' | 'and'>;

const rated = (n: Level, later: Level, w: LineWords) => (n === null ? '' : later === null ? ` ${n}` : ` ${n}${w.lines.later(later)}`);
const listed = (items: string[], other: string) => [...items, other.trim()].filter(Boolean).join('; ');

/** Plain lines describing one check-in, for print-outs and My workbook, in the language of `w`. */
export function checkInLines(c: Omit<CheckIn, 'id' | 'date' | 'time' | 'cravingLater'> & { cravingLater?: Level }, w: LineWords = en): string[] {
  const lines = [w.lines.named(c.feelings.map((f) => feelingLabel(w, f.word) + rated(f.level, f.later, w)).join('; '))];
  if (c.craving !== null) lines.push(w.lines.craving(c.craving) + (c.cravingLater == null ? '' : w.lines.later(c.cravingLater)));
  const body = listed(
    c.body.map((place) => bodyLabel(w, place)),
    c.bodyOther,
  );
  if (body) lines.push(w.lines.feltIn(body));
  if (c.trigger.trim()) lines.push(w.lines.setOffBy(c.trigger.trim()));
  lines.push(
    w.lines.said(
      c.written.trim() ||
        composeSentence(
          c.feelings.map((f) => f.word),
          c.craving,
          w,
        ),
    ),
  );
  const needs = listed(
    c.needs.map((need) => needLabel(w, need)),
    c.needOther,
  );
  if (needs) lines.push(w.lines.needed(needs));
  if (c.next.trim()) lines.push(w.lines.nextStep(c.next.trim()));
  return lines;
}

export const nameIt: KindSpec<NameItData> = {
  version: 1,
  loadSchema: () => import('./name-it-schema').then((m) => m.nameItSchema),
  empty: () => ({ draft: emptyDraft(), entries: [], pending: null }),
  migrations: {},
  progress(data): Progress {
    if (data.entries.length > 0) return 'done';
    return data.draft.feelings.length > 0 ? 'started' : 'not-started';
  },
  summary(data, _def, lang = 'en'): SummaryBlock[] {
    const w = nameItTextIn(lang);
    const blocks = [...data.entries]
      .sort((a, b) => `${b.date}${b.time}`.localeCompare(`${a.date}${a.time}`))
      .map((c) => ({ heading: w.history.at(c.date, c.time), lines: checkInLines(c, w) }));
    if (data.draft.feelings.length) blocks.unshift({ heading: w.lines.unfinished, lines: checkInLines(data.draft, w) });
    return blocks;
  },
};
