// The social portfolio's saved answers, and the types inferred from them. The
// types are free to import; the schema itself is loaded on demand (see
// KindSpec.loadSchema), only when there is a saved answer to check.
import * as v from 'valibot';
import { MAX_ENTRIES, MAX_ITEMS, MAX_LIST_ITEMS, MAX_TARGET } from '../limits';
import { dateOrNone, list, savedDate, savedId, shortText, whole } from '../saved';
import { CIRCLES, ENERGIES, GIVES, MOODS, OFTENS } from './portfolio-options';

/** One of a fixed set, or "" for not chosen yet. */
const orNone = <const T extends readonly string[]>(values: T) => v.picklist([...values, ''] as const);
/** Any of a fixed set, each at most once. */
const setOf = <const T extends readonly string[]>(values: T) => list(v.picklist(values), values.length);

const item = v.object({
  id: savedId,
  type: v.picklist(['person', 'activity']),
  /** A first name or nickname for a person; a few words for an activity. */
  name: shortText,
  /** How you know a person, or whom an activity puts you with. */
  circle: orNone(CIRCLES),
  /** Unset until chosen: a guessed level would offer it on the wrong days. */
  energy: orNone(ENERGIES),
  /** Moods it suits; none chosen means any mood. */
  moods: setOf(MOODS),
  gives: setOf(GIVES),
  often: v.picklist(OFTENS),
  /** Weekdays of a recurring plan, 0 = Monday … 6 = Sunday. */
  days: list(whole(0, 6), 7),
  /** "HH:MM", or "" for no set time. */
  time: v.pipe(v.string(), v.regex(/^(|([01]\d|2[0-3]):[0-5]\d)$/)),
  /**
   * For a fortnightly plan: the Monday of a week it is on, set when it is made
   * fortnightly. It falls in every second week counted from there. "" if unknown.
   * For a monthly plan: a date in the week of the month it is on (see
   * weekOfMonth); "" for the first week.
   */
  from: dateOrNone,
  backup: shortText,
});

const target = whole(1, MAX_TARGET);

const doneMark = v.object({ item: savedId, date: savedDate });

const weekRecord = v.object({
  /** The Monday that starts the week. */
  week: savedDate,
  goal: shortText,
  target,
  ticks: whole(0, MAX_TARGET),
  wins: list(shortText, MAX_LIST_ITEMS),
});

const portfolioData = v.object({
  items: list(item, MAX_ITEMS),
  starters: list(shortText, MAX_LIST_ITEMS),
  /** Today's energy and mood; ignored once its date has passed. */
  checkin: v.object({ date: dateOrNone, energy: orNone(ENERGIES), mood: orNone(MOODS) }),
  done: list(doneMark, MAX_ENTRIES),
  /** The goal carried into each new week. */
  goal: v.object({ text: shortText, target }),
  weeks: list(weekRecord, MAX_ENTRIES),
});

export const portfolioSchema = () => portfolioData;

export type PortfolioItem = v.InferOutput<typeof item>;
export type DoneMark = v.InferOutput<typeof doneMark>;
export type WeekRecord = v.InferOutput<typeof weekRecord>;
export type PortfolioData = v.InferOutput<typeof portfolioData>;
