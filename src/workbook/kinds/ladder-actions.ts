// Every change a person can make to their exposure ladders, as pure
// functions from the saved data to the next: the widget applies them with
// `handle.update((d) => action(d, ...))`, and the unit tests pin them down.
// Steps, tries and ladders are found by id, so an action still does the
// right thing when the data changed since the screen was drawn.
//
// A change that cannot be made (a full ladder, an empty "Add a step" form)
// has a `whyNot…` function that says why, in words for the person; the
// action itself then returns the data unchanged.
import {
  activeLadder,
  emptyLadder,
  isBlankAttempt,
  MAX_ATTEMPTS,
  MAX_LADDERS,
  MAX_STEPS,
  moveStep,
  newStep,
  placeByRating,
  sortByRating,
  type Attempt,
  type Ladder,
  type LadderData,
  type Step,
} from './ladder-logic';
import { en, type LadderWords } from '../../i18n/widgets/en/ladder';

/** What a person can write on a step directly; the rating and climbing have their own actions. */
export type StepText = Partial<Pick<Step, 'what' | 'where' | 'when' | 'on' | 'howLong' | 'safety'>>;
/** What a person can write on a try. */
export type TryPatch = Partial<Omit<Attempt, 'id'>>;

// ---- helpers: change one part, leave the rest as the same objects ----

function onLadder(data: LadderData, change: (l: Ladder) => Ladder): LadderData {
  const id = activeLadder(data).id;
  return { ...data, ladders: data.ladders.map((l) => (l.id === id ? change(l) : l)) };
}

const onSteps = (data: LadderData, change: (steps: Step[]) => Step[]) => onLadder(data, (l) => ({ ...l, steps: change(l.steps) }));

const onStep = (data: LadderData, stepId: string, change: (s: Step) => Step) => onSteps(data, (steps) => steps.map((s) => (s.id === stepId ? change(s) : s)));

const onTries = (data: LadderData, stepId: string, change: (a: Attempt[]) => Attempt[]) => onStep(data, stepId, (s) => ({ ...s, attempts: change(s.attempts) }));

/** A step of the ladder on screen, by id. */
export const findStep = (data: LadderData, stepId: string): Step | undefined => activeLadder(data).steps.find((s) => s.id === stepId);

/** A try on a step of the ladder on screen, by ids. */
export const findTry = (data: LadderData, stepId: string, tryId: string): Attempt | undefined => findStep(data, stepId)?.attempts.find((a) => a.id === tryId);

/** Where a step is on the ladder on screen: its position from 0 (or -1) and how many steps there are. */
export function placeOf(data: LadderData, stepId: string): { index: number; total: number } {
  const { steps } = activeLadder(data);
  return { index: steps.findIndex((s) => s.id === stepId), total: steps.length };
}

// ---- refusals ----
// Each says why in the page's language: `words` is the ladder's refusals
// (ladderWordsIn(lang).refusals), English by default.

type Refusals = LadderWords['refusals'];

export function whyNotAddStep(data: LadderData, words: Refusals = en.refusals): string | undefined {
  if (activeLadder(data).steps.length >= MAX_STEPS) return words.fullLadder(MAX_STEPS);
}

export function whyNotAddDraft(data: LadderData, words: Refusals = en.refusals): string | undefined {
  if (!activeLadder(data).draft.what.trim()) return words.needsWhat;
  return whyNotAddStep(data, words);
}

export function whyNotAddTry(data: LadderData, stepId: string, words: Refusals = en.refusals): string | undefined {
  if ((findStep(data, stepId)?.attempts.length ?? 0) >= MAX_ATTEMPTS) return words.fullStep(MAX_ATTEMPTS);
}

export function whyNotAddLadder(data: LadderData, words: Refusals = en.refusals): string | undefined {
  if (data.ladders.length >= MAX_LADDERS) return words.fullPage(MAX_LADDERS);
}

// ---- ladders ----

/** The goal is also the ladder's name in "Ladder to show". */
export const setGoal = (data: LadderData, goal: string) => onLadder(data, (l) => ({ ...l, goal }));

/** Starts an empty ladder with this id and shows it. */
export function addLadder(data: LadderData, id: string): LadderData {
  if (whyNotAddLadder(data)) return data;
  return { ladders: [...data.ladders, emptyLadder(id)], active: id };
}

/** Deletes a ladder with its steps and tries. The only ladder stays: the page always has one. */
export function removeLadder(data: LadderData, id: string): LadderData {
  const ladders = data.ladders.filter((l) => l.id !== id);
  if (ladders.length === data.ladders.length || ladders.length === 0) return data;
  return { ladders, active: ladders.some((l) => l.id === data.active) ? data.active : ladders[0]!.id };
}

/** Shows another ladder; an unknown id changes nothing. */
export function showLadder(data: LadderData, id: string): LadderData {
  return data.ladders.some((l) => l.id === id) ? { ...data, active: id } : data;
}

// ---- steps ----

/** What is typed in the "Add a step" form, kept until it is added. */
export const editDraft = (data: LadderData, patch: Partial<Ladder['draft']>) => onLadder(data, (l) => ({ ...l, draft: { ...l.draft, ...patch } }));

/**
 * Adds a step at index `at` (by default at the end, the top of the ladder),
 * then, unless `place` is false,
 * lets it find its place by rating. Nothing changes when the ladder is full.
 */
export function addStep(data: LadderData, step: Step, at?: number, place = true): LadderData {
  if (whyNotAddStep(data)) return data;
  return onSteps(data, (steps) => {
    const list = [...steps];
    const i = Math.min(at ?? list.length, list.length);
    list.splice(i, 0, step);
    return place ? placeByRating(list, i).steps : list;
  });
}

/** Adds the step written in the "Add a step" form, as step `id`, and empties the form. */
export function addDraft(data: LadderData, id: string): LadderData {
  if (whyNotAddDraft(data)) return data;
  const { what, rating } = activeLadder(data).draft;
  const added = addStep(data, { ...newStep(what.trim(), rating), id });
  return editDraft(added, { what: '', rating: null });
}

export const removeStep = (data: LadderData, stepId: string) => onSteps(data, (steps) => steps.filter((s) => s.id !== stepId));

/** Moves a step one place up (1, harder) or down (-1, easier); at an end it stays. */
export function moveStepBy(data: LadderData, stepId: string, by: -1 | 1): LadderData {
  const { index } = placeOf(data, stepId);
  if (index < 0) return data;
  return onSteps(data, (steps) => moveStep(steps, index, index + by));
}

export const editStep = (data: LadderData, stepId: string, patch: StepText) => onStep(data, stepId, (s) => ({ ...s, ...patch }));

/** Changes a step's rating and leaves it where it is, so it does not jump away while typed: `placeStep` moves it. */
export const rateStep = (data: LadderData, stepId: string, rating: number | null) => onStep(data, stepId, (s) => ({ ...s, rating }));

/** Moves a step just far enough to sit between lower and higher ratings (see ladder-logic.ts). */
export function placeStep(data: LadderData, stepId: string): LadderData {
  const { index } = placeOf(data, stepId);
  if (index < 0) return data;
  const placed = placeByRating(activeLadder(data).steps, index);
  return placed.index === index ? data : onSteps(data, () => placed.steps);
}

/** Puts every step in order of rating, easiest first; only when the person asks. */
export const sortSteps = (data: LadderData) => onSteps(data, sortByRating);

/** Marks a step climbed on `date` (YYYY-MM-DD). */
export const markClimbed = (data: LadderData, stepId: string, date: string) => onStep(data, stepId, (s) => ({ ...s, climbedOn: date }));

export const markNotClimbed = (data: LadderData, stepId: string) => onStep(data, stepId, (s) => ({ ...s, climbedOn: '' }));

// ---- tries ----

/** Adds a try (see newAttempt) to a step; nothing changes when the step has the most tries it can hold. */
export function addTry(data: LadderData, stepId: string, attempt: Attempt): LadderData {
  if (!findStep(data, stepId) || whyNotAddTry(data, stepId)) return data;
  return onTries(data, stepId, (list) => [...list, attempt]);
}

export const editTry = (data: LadderData, stepId: string, tryId: string, patch: TryPatch) =>
  onTries(data, stepId, (list) => list.map((a) => (a.id === tryId ? { ...a, ...patch } : a)));

export const removeTry = (data: LadderData, stepId: string, tryId: string) => onTries(data, stepId, (list) => list.filter((a) => a.id !== tryId));

/** When a try is closed: one with nothing written is not kept. */
export function dropTryIfBlank(data: LadderData, stepId: string, tryId: string): LadderData {
  const a = findTry(data, stepId, tryId);
  return a && isBlankAttempt(a) ? removeTry(data, stepId, tryId) : data;
}
