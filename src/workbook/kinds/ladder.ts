// The exposure ladder kind: several ladders, each a goal and steps rated by
// expected distress, with the tries made on each step. Logic lives in
// ladder-logic.ts; this file is what the workbook engine needs.
import type { KindSpec, Progress, SummaryBlock } from './types';
import { attemptsByDate, emptyLadder, hasContent, shownWhat, type Attempt, type LadderData, type Step } from './ladder-logic';
import { isObject } from '../../lib/is-object';
import { en, type LadderTextWords } from '../../i18n/widgets/en/ladder-text';
import { ladderTextIn } from '../../i18n/widgets/ladder-text';

export type { LadderData } from './ladder-logic';

const rated = (n: number | null) => (n === null ? '–' : String(n));

function stepLine(step: Step, n: number, words: LadderTextWords): string {
  const w = words.summary;
  const parts = [w.step(n, shownWhat(step.what.trim(), words.starters))];
  parts.push(step.rating === null ? w.notRated : w.expected(step.rating));
  if (step.where.trim()) parts.push(w.where(step.where.trim()));
  if (step.when.trim()) parts.push(w.when(step.when.trim()));
  if (step.on) parts.push(w.plannedFor(step.on));
  if (step.howLong.trim()) parts.push(w.howLong(step.howLong.trim()));
  if (step.safety.trim()) parts.push(w.safety(step.safety.trim()));
  if (step.climbedOn) parts.push(w.climbedOn(step.climbedOn));
  if (step.attempts.length) parts.push(w.tries(step.attempts.length));
  return parts.join(' · ');
}

export function attemptLine(a: Attempt, w: LadderTextWords['summary'] = en.summary): string {
  const parts = [w.ratings(a.date, rated(a.before), rated(a.peak), rated(a.after))];
  if (a.feared.trim()) parts.push(w.feared(a.feared.trim()));
  if (a.happened.trim()) parts.push(w.happened(a.happened.trim()));
  if (a.reflection.trim()) parts.push(w.lookingBack(a.reflection.trim()));
  return parts.join('. ');
}

const mapList = (list: unknown, change: (x: Record<string, unknown>) => unknown) =>
  Array.isArray(list) ? list.map((x: unknown) => (isObject(x) ? change(x) : x)) : list;

/**
 * Version 1 → 2 adds each step's `on`, the day planned for it, so that it can
 * go in a calendar: version 1 had none, so it is "". Anything not in the old
 * shape is passed on for the schema to reject.
 */
export function addPlannedDays(data: unknown): unknown {
  if (!isObject(data)) return data;
  return { ...data, ladders: mapList(data.ladders, (l) => ({ ...l, steps: mapList(l.steps, (s) => ({ ...s, on: '' })) })) };
}

export const ladder: KindSpec<LadderData> = {
  version: 2,
  loadSchema: () => import('./ladder-schema').then((m) => m.ladderSchema),
  // A fixed id keeps the server's empty ladder and the browser's first one the same.
  empty: () => ({ ladders: [emptyLadder('first')], active: 'first' }),
  migrations: { 1: addPlannedDays },
  // Done once a step has been climbed: the ladder has been built and used.
  progress(data): Progress {
    if (data.ladders.some((l) => l.steps.some((s) => s.climbedOn))) return 'done';
    return hasContent(data) ? 'started' : 'not-started';
  },
  summary(data, _def, lang = 'en'): SummaryBlock[] {
    const words = ladderTextIn(lang);
    const w = words.summary;
    const blocks: SummaryBlock[] = [];
    data.ladders.forEach((l, i) => {
      const name = l.goal.trim() || w.ladder(i + 1);
      // A goal with no steps yet still counts: it is the first thing a person writes.
      const lines = l.steps.length ? l.steps.map((s, n) => stepLine(s, n + 1, words)) : l.goal.trim() ? [w.noSteps] : [];
      blocks.push({ heading: w.goal(name), lines });
      l.steps.forEach((s, n) => {
        if (s.attempts.length)
          blocks.push({ heading: w.stepHeading(name, n + 1, shownWhat(s.what.trim(), words.starters)), lines: attemptsByDate(s.attempts).map((a) => attemptLine(a, w)) });
      });
    });
    return blocks;
  },
};
