// The exposure ladder's rules, with no UI: ordering, the guidance notes, the
// next step and when to suggest a step is climbed. The island and the kind's
// summary both use these, and the unit tests pin them down.
//
// How ordering works (the person's order always wins):
// - A ladder is an ordered list of steps, the easiest first.
// - Adding a step, or changing a step's rating, moves that one step up or
//   down just far enough to sit between lower and higher ratings. No other
//   step moves, so an order made by hand survives later edits elsewhere.
//   (In the island this happens when Enter is pressed in the rating box or
//   the step is closed, not on every keystroke, so a step does not jump
//   away while its rating is typed.)
// - Moving a step by hand keeps the step where it was put. When the order
//   no longer follows the ratings, the ladder says so and offers "Sort by
//   rating"; nothing is re-sorted without being asked.
// - Steps without a rating count as the hardest, so they sit at the top
//   until they are rated.

import type { Attempt, Ladder, LadderData, Step } from './ladder-schema';
import type { LadderTextWords } from '../../i18n/widgets/en/ladder-text';

export type { Attempt, Ladder, LadderData, Step } from './ladder-schema';
export { MAX_ATTEMPTS, MAX_LADDERS, MAX_STEPS } from '../limits';

/** A suggested first step is at or below this rating. */
export const FIRST_STEP_MAX = 40;
/** A rise between neighbouring steps larger than this is worth an in-between step. */
export const BIG_JUMP = 25;
/** Fewer steps than this and the ladder is probably too steep. */
export const FEW_STEPS = 5;
/** Tries whose peak stays at or below this feel manageable. */
export const LOW_DISTRESS = 30;
/** How many of the latest tries must stay low before suggesting a step is climbed. */
export const LOW_TRIES = 2;
/** The rating of the step offered when the easiest one is rated above FIRST_STEP_MAX. */
export const EASIER_STEP = 30;

/**
 * Starter steps from the guides, with a typical rating the person can change.
 * An idea is saved as its English `what`, on a page in any language, so keep
 * it as it is; a page shows it in its language by `key` (see shownWhat).
 */
export const STARTERS: ReadonlyArray<{ key: keyof LadderTextWords['starters']; what: string; rating: number }> = [
  { key: 'thinkingOfYou', what: 'Send someone a short “thinking of you” text', rating: 15 },
  { key: 'shareMoment', what: 'Share a small moment from my day with someone', rating: 20 },
  { key: 'sitTogether', what: 'Sit with someone without needing to talk', rating: 25 },
  { key: 'invite', what: 'Make a low-key invitation, like a short walk', rating: 40 },
  { key: 'askHelp', what: 'Ask someone for a bit of practical help', rating: 45 },
  { key: 'sayHello', what: 'Say hello to one new person at a meeting', rating: 55 },
  { key: 'coffee', what: 'Have a 30-minute coffee with a peer', rating: 60 },
  { key: 'classToEnd', what: 'Go to a class and stay until the end', rating: 70 },
];

/**
 * A step's words as a page shows them: an idea taken unchanged from STARTERS
 * in the page's language, anything else as the person wrote it.
 */
export function shownWhat(what: string, starters: LadderTextWords['starters']): string {
  const idea = STARTERS.find((s) => s.what === what);
  return idea ? starters[idea.key] : what;
}

/** A typed rating as a whole number from 0 to 100, or null when blank or not a number. */
export function toRating(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Math.round(Number(text));
  return Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : null;
}

export const emptyLadder = (id: string): Ladder => ({ id, goal: '', steps: [], draft: { what: '', rating: null } });

export function newStep(what: string, rating: number | null): Step {
  return { id: crypto.randomUUID(), what, rating, where: '', when: '', on: '', howLong: '', safety: '', climbedOn: '', attempts: [] };
}

export const newAttempt = (date: string): Attempt => ({
  id: crypto.randomUUID(),
  date,
  before: null,
  peak: null,
  after: null,
  feared: '',
  happened: '',
  reflection: '',
});

/** A try with no rating and nothing written: closing it does not keep it. */
export const isBlankAttempt = (a: Attempt) => a.before === null && a.peak === null && a.after === null && !(a.feared + a.happened + a.reflection).trim();

/** The ladder on screen: the active one, or the first. */
export function activeLadder(data: LadderData): Ladder {
  return data.ladders.find((l) => l.id === data.active) ?? data.ladders[0]!;
}

const key = (s: Step) => s.rating ?? Infinity;

/** Steps by rating, lowest first; equal ratings keep their order; unrated last. */
export function sortByRating(steps: Step[]): Step[] {
  return steps
    .map((s, i) => [s, i] as const)
    .sort((a, b) => key(a[0]) - key(b[0]) || a[1] - b[1])
    .map(([s]) => s);
}

export function inRatingOrder(steps: Step[]): boolean {
  return steps.every((s, i) => i === 0 || key(steps[i - 1]!) <= key(s));
}

/**
 * Moves the step at `index` up or down just far enough that its neighbours
 * are rated no higher below it and no lower above it. Returns the new list
 * and where the step ended up.
 */
export function placeByRating(steps: Step[], index: number): { steps: Step[]; index: number } {
  const step = steps[index];
  // A step whose rating was just cleared stays put until it is rated again.
  if (!step || step.rating === null) return { steps, index };
  let to = index;
  while (to > 0 && key(steps[to - 1]!) > key(step)) to--;
  if (to === index) while (to < steps.length - 1 && key(steps[to + 1]!) < key(step)) to++;
  return { steps: moveStep(steps, index, to), index: to };
}

export function moveStep(steps: Step[], from: number, to: number): Step[] {
  if (from === to || !steps[from] || to < 0 || to >= steps.length) return steps;
  const next = [...steps];
  const [step] = next.splice(from, 1);
  next.splice(to, 0, step!);
  return next;
}

/** Rating halfway between two, rounded to a multiple of 5. */
export const midRating = (low: number, high: number) => Math.round((low + high) / 10) * 5;

export interface Jump {
  /** Index of the higher step; an in-between step goes just before it. */
  index: number;
  low: Step;
  high: Step;
}

/** Rises of more than BIG_JUMP between neighbouring rated steps, in ladder order. */
export function bigJumps(steps: Step[]): Jump[] {
  const jumps: Jump[] = [];
  let low: Step | undefined;
  steps.forEach((step, index) => {
    if (step.rating === null) return;
    if (low && step.rating - low.rating! > BIG_JUMP) jumps.push({ index, low, high: step });
    low = step;
  });
  return jumps;
}

export type Note = { kind: 'first-high'; lowest: number } | { kind: 'jump'; jump: Jump } | { kind: 'few'; count: number } | { kind: 'unrated'; count: number };

/** Gentle pointers for a ladder; never a reason to stop the person. */
export function guidance(steps: Step[]): Note[] {
  const notes: Note[] = [];
  const rated = steps.filter((s) => s.rating !== null).map((s) => s.rating!);
  if (rated.length > 0 && Math.min(...rated) > FIRST_STEP_MAX) notes.push({ kind: 'first-high', lowest: Math.min(...rated) });
  for (const jump of bigJumps(steps)) notes.push({ kind: 'jump', jump });
  if (steps.length > 0 && steps.length < FEW_STEPS) notes.push({ kind: 'few', count: steps.length });
  const unrated = steps.length - rated.length;
  if (unrated > 0) notes.push({ kind: 'unrated', count: unrated });
  return notes;
}

/** The lowest step in the ladder's order that is written and not yet climbed. */
export function nextStep(steps: Step[]): Step | undefined {
  return steps.find((s) => !s.climbedOn && s.what.trim() !== '');
}

/** Tries oldest first: by date, then in the order they were written. */
export function attemptsByDate(attempts: Attempt[]): Attempt[] {
  return (
    attempts
      .map((a, i) => [a, i] as const)
      // Plain comparison: ISO dates sort as text, and localeCompare is slow.
      .sort((x, y) => (x[0].date < y[0].date ? -1 : x[0].date > y[0].date ? 1 : x[1] - y[1]))
      .map(([a]) => a)
  );
}

/** The highest distress noted on a try: its peak, or else the higher of before and after. */
export function highest(a: Attempt): number | null {
  if (a.peak !== null) return a.peak;
  if (a.before === null && a.after === null) return null;
  return Math.max(a.before ?? 0, a.after ?? 0);
}

/**
 * True when the latest LOW_TRIES tries with any rating all stayed at or
 * below LOW_DISTRESS: a moment to ask whether the step feels manageable now.
 */
export function suggestClimbed(step: Step): boolean {
  if (step.climbedOn) return false;
  const levels = attemptsByDate(step.attempts)
    .map(highest)
    .filter((n): n is number => n !== null);
  if (levels.length < LOW_TRIES) return false;
  return levels.slice(-LOW_TRIES).every((n) => n <= LOW_DISTRESS);
}

/** Peaks of the first and latest tries, for "peak 60 → 30" in a step's line. */
export function peakTrend(step: Step): [number, number] | undefined {
  const levels = attemptsByDate(step.attempts)
    .map(highest)
    .filter((n): n is number => n !== null);
  return levels.length >= 2 ? [levels[0]!, levels[levels.length - 1]!] : undefined;
}

export function hasContent(data: LadderData): boolean {
  return data.ladders.some((l) => l.goal.trim() !== '' || l.steps.length > 0 || l.draft.what.trim() !== '');
}
