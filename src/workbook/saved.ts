// The rules every kind's schema shares for saved answers (valibot). Objects
// keep only the keys they name, so nothing unexpected in storage reaches a
// widget; every bound is also held by the widgets, so nothing they save can
// fail to load again.
import * as v from 'valibot';
import { MAX_LONG, MAX_SHORT } from './limits';

/** An id the site gave a ladder, step, entry or item. */
export const savedId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
/** A local date as the site saves it: 2026-11-22. */
export const savedDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
/** A saved date, or "" for none yet. */
export const dateOrNone = v.union([v.literal(''), savedDate]);
export const shortText = v.pipe(v.string(), v.maxLength(MAX_SHORT));
export const longText = v.pipe(v.string(), v.maxLength(MAX_LONG));

// For the engine, which loads this module with the first schema it needs.
export { safeParse } from 'valibot';

export const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/** A list of at most `max` items (and at least `min`), each checked. */
export const list = <T extends v.GenericSchema>(item: T, max: number, min = 0) => v.pipe(v.array(item), v.minLength(min), v.maxLength(max));
