// The exposure ladder kind: several ladders, each a goal and steps rated by
// expected distress, with the tries made on each step. Logic lives in
// ladder-logic.ts; this file is what the workbook engine needs.
import type { KindSpec, Progress, SummaryBlock } from './types';
import { attemptsByDate, emptyLadder, hasContent, type Attempt, type LadderData, type Step } from './ladder-logic';
import { isObject } from '../../lib/is-object';
import { count } from '../../lib/words';

export type { LadderData } from './ladder-logic';

const rated = (n: number | null) => (n === null ? '–' : String(n));

function stepLine(step: Step, n: number): string {
  const parts = [`Step ${n}: ${step.what.trim() || '(not written yet)'}`];
  parts.push(step.rating === null ? 'not rated yet' : `expected distress ${step.rating}`);
  if (step.where.trim()) parts.push(`where: ${step.where.trim()}`);
  if (step.when.trim()) parts.push(`when: ${step.when.trim()}`);
  if (step.on) parts.push(`planned for ${step.on}`);
  if (step.howLong.trim()) parts.push(`how long: ${step.howLong.trim()}`);
  if (step.safety.trim()) parts.push(`safety behaviours to drop: ${step.safety.trim()}`);
  if (step.climbedOn) parts.push(`climbed on ${step.climbedOn}`);
  if (step.attempts.length) parts.push(count(step.attempts.length, 'try', 'tries'));
  return parts.join(' · ');
}

export function attemptLine(a: Attempt): string {
  const parts = [`${a.date}: distress before ${rated(a.before)}, at the peak ${rated(a.peak)}, after ${rated(a.after)}`];
  if (a.feared.trim()) parts.push(`What I feared: ${a.feared.trim()}`);
  if (a.happened.trim()) parts.push(`What happened: ${a.happened.trim()}`);
  if (a.reflection.trim()) parts.push(`Looking back: ${a.reflection.trim()}`);
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
  summary(data): SummaryBlock[] {
    const blocks: SummaryBlock[] = [];
    data.ladders.forEach((l, i) => {
      const name = l.goal.trim() || `Ladder ${i + 1}`;
      // A goal with no steps yet still counts: it is the first thing a person writes.
      const lines = l.steps.length ? l.steps.map((s, n) => stepLine(s, n + 1)) : l.goal.trim() ? ['No steps yet.'] : [];
      blocks.push({ heading: `Goal: ${name}`, lines });
      l.steps.forEach((s, n) => {
        if (s.attempts.length) blocks.push({ heading: `${name}, step ${n + 1}: ${s.what.trim()}`, lines: attemptsByDate(s.attempts).map(attemptLine) });
      });
    });
    return blocks;
  },
};
