// The check-in's saved answers, and the types inferred from them. The types
// are free to import; the schema itself is loaded on demand (see
// KindSpec.loadSchema), only when there is a saved answer to check.
import * as v from 'valibot';
import { MAX_ENTRIES, MAX_FEELINGS, MAX_SHORT } from '../limits';
import { list, longText, savedDate, savedId, shortText, whole } from '../saved';

/** 0–10; null until rated. */
const level = v.nullable(whole(0, 10));
const texts = list(shortText, 20);

const named = v.object({
  word: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_SHORT)),
  /** When first named. */
  level,
  /** When re-rated a few minutes later. */
  later: level,
});

const answers = {
  feelings: list(named, MAX_FEELINGS),
  craving: level,
  body: texts,
  bodyOther: shortText,
  trigger: shortText,
  /** The sentence in the person's own words, if they wrote it. */
  written: longText,
  /** Index into KIND_LINES. */
  kindLine: whole(0, 99),
  needs: texts,
  needOther: shortText,
  /** One thing to do in the next ten minutes. */
  next: shortText,
};

const draft = v.object({ ...answers, step: v.picklist([1, 2, 3, 4]) });

const checkIn = v.object({
  ...answers,
  // A finished check-in always names at least one feeling.
  feelings: list(named, MAX_FEELINGS, 1),
  id: savedId,
  /** Local calendar date. */
  date: savedDate,
  /** Local time, HH:MM. */
  time: v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/)),
  cravingLater: level,
});

const nameItData = v.object({
  draft,
  entries: list(checkIn, MAX_ENTRIES),
  /** The check-in just finished, shown until a new one starts. */
  pending: v.nullable(v.pipe(v.string(), v.maxLength(64))),
});

export const nameItSchema = () => nameItData;

export type Level = v.InferOutput<typeof level>;
export type Named = v.InferOutput<typeof named>;
export type Draft = v.InferOutput<typeof draft>;
export type CheckIn = v.InferOutput<typeof checkIn>;
export type NameItData = v.InferOutput<typeof nameItData>;
