// The social portfolio's zod schema. Loaded on demand (see KindSpec.loadSchema).
import * as z from 'zod/mini';
import { MAX_ENTRIES, MAX_LIST_ITEMS, MAX_SHORT } from '../limits';
import { CIRCLES, ENERGIES, GIVES, MAX_ITEMS, MAX_TARGET, MOODS, OFTENS, type PortfolioData } from './portfolio-logic';
import type { SchemaFor } from './types';

const shortText = z.string().check(z.maxLength(MAX_SHORT));
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const id = z.string().check(z.minLength(1), z.maxLength(64));
const orNone = <T extends readonly [string, ...string[]]>(values: T) => z.union([z.enum(values), z.literal('')]);
const setOf = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).check(z.maxLength(values.length));

const item = z.object({
  id,
  type: z.enum(['person', 'activity']),
  name: shortText,
  circle: orNone(CIRCLES),
  energy: orNone(ENERGIES),
  moods: setOf(MOODS),
  gives: setOf(GIVES),
  often: z.enum(OFTENS),
  days: z.array(z.number().check(z.int(), z.minimum(0), z.maximum(6))).check(z.maxLength(7)),
  time: z.string().check(z.regex(/^(|([01]\d|2[0-3]):[0-5]\d)$/)),
  from: z.union([date, z.literal('')]),
  backup: shortText,
});

const target = z.number().check(z.int(), z.minimum(1), z.maximum(MAX_TARGET));

export const portfolioSchema: SchemaFor<PortfolioData> = () =>
  z.object({
    items: z.array(item).check(z.maxLength(MAX_ITEMS)),
    starters: z.array(shortText).check(z.maxLength(MAX_LIST_ITEMS)),
    checkin: z.object({ date: z.union([date, z.literal('')]), energy: orNone(ENERGIES), mood: orNone(MOODS) }),
    done: z.array(z.object({ item: id, date })).check(z.maxLength(MAX_ENTRIES)),
    goal: z.object({ text: shortText, target }),
    weeks: z
      .array(
        z.object({
          week: date,
          goal: shortText,
          target,
          ticks: z.number().check(z.int(), z.minimum(0), z.maximum(MAX_TARGET)),
          wins: z.array(shortText).check(z.maxLength(MAX_LIST_ITEMS)),
        }),
      )
      .check(z.maxLength(MAX_ENTRIES)),
  }) as unknown as z.ZodMiniType<PortfolioData>;
