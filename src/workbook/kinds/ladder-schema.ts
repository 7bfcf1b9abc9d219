// The exposure ladder's saved answers, and the types inferred from them.
// The types are free to import; the schema itself is loaded on demand (see
// KindSpec.loadSchema), only when there is a saved answer to check.
import * as v from 'valibot';
import { MAX_ATTEMPTS, MAX_LADDERS, MAX_STEPS } from '../limits';
import { dateOrNone, list, longText, savedDate, savedId, shortText, whole } from '../saved';

/** Distress from 0 to 100 (SUDS); null = not noted. */
const rating = v.nullable(whole(0, 100));

/** One go at a step. */
const attempt = v.object({
  id: savedId,
  /** Local calendar date, YYYY-MM-DD. */
  date: savedDate,
  before: rating,
  peak: rating,
  after: rating,
  feared: longText,
  happened: longText,
  reflection: longText,
});

const step = v.object({
  id: savedId,
  what: shortText,
  /** Expected distress; null until the person rates it. */
  rating,
  where: shortText,
  when: shortText,
  /** The day the person plans to try it, for "Add to calendar"; "" for none. */
  on: dateOrNone,
  howLong: shortText,
  /** Safety behaviours to drop on this step, in the person's words. */
  safety: shortText,
  /** Date the person marked the step climbed; "" while not climbed. */
  climbedOn: dateOrNone,
  attempts: list(attempt, MAX_ATTEMPTS),
});

const ladder = v.object({
  id: savedId,
  goal: shortText,
  steps: list(step, MAX_STEPS),
  /** The "add a step" form, kept so a half-written step survives a reload. */
  draft: v.object({ what: shortText, rating }),
});

const ladderData = v.object({
  ladders: list(ladder, MAX_LADDERS, 1),
  /** Id of the ladder on screen. */
  active: v.pipe(v.string(), v.maxLength(64)),
});

export const ladderSchema = () => ladderData;

export type Attempt = v.InferOutput<typeof attempt>;
export type Step = v.InferOutput<typeof step>;
export type Ladder = v.InferOutput<typeof ladder>;
export type LadderData = v.InferOutput<typeof ladderData>;
