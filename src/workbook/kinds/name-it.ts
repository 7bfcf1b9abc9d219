// "Name it to tame it": a one-minute check-in in four steps, kept as a history.
// The check-in being written (`draft`, with its step) is saved like any answer,
// so a reload in a hard moment returns to the same place. `pending` is the
// check-in just finished, shown until the person starts a new one, so the
// "how strong is it now?" re-rate survives a reload too.
import type { KindSpec, Progress, SummaryBlock } from './types';
import { composeSentence } from '../name-it/sentence';

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

const rated = (n: Level, later: Level) => (n === null ? '' : later === null ? ` ${n}` : ` ${n}, later ${later}`);
const listed = (items: string[], other: string) => [...items, other.trim()].filter(Boolean).join('; ');

/** Plain lines describing one check-in, for print-outs and My workbook. */
export function checkInLines(c: Omit<CheckIn, 'id' | 'date' | 'time' | 'cravingLater'> & { cravingLater?: Level }): string[] {
  const lines = [`Named: ${c.feelings.map((f) => f.word + rated(f.level, f.later)).join('; ')}`];
  if (c.craving !== null) lines.push(`Craving or urge: ${c.craving} out of 10${c.cravingLater == null ? '' : `, later ${c.cravingLater}`}`);
  const body = listed(c.body, c.bodyOther);
  if (body) lines.push(`Felt in: ${body}`);
  if (c.trigger.trim()) lines.push(`Set off by: ${c.trigger.trim()}`);
  lines.push(
    `Said: ${
      c.written.trim() ||
      composeSentence(
        c.feelings.map((f) => f.word),
        c.craving,
      )
    }`,
  );
  const needs = listed(c.needs, c.needOther);
  if (needs) lines.push(`Needed: ${needs}`);
  if (c.next.trim()) lines.push(`Next step: ${c.next.trim()}`);
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
  summary(data): SummaryBlock[] {
    const blocks = [...data.entries]
      .sort((a, b) => `${b.date}${b.time}`.localeCompare(`${a.date}${a.time}`))
      .map((c) => ({ heading: `${c.date} at ${c.time}`, lines: checkInLines(c) }));
    if (data.draft.feelings.length) blocks.unshift({ heading: 'Check-in not finished yet', lines: checkInLines(data.draft) });
    return blocks;
  },
};
