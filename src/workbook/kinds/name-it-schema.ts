// The check-in's zod schema. Loaded on demand (see KindSpec.loadSchema).
import * as z from 'zod/mini';
import { MAX_ENTRIES, MAX_LONG, MAX_SHORT } from '../limits';
import { MAX_FEELINGS, type NameItData } from './name-it';
import type { SchemaFor } from './types';

const text = z.string().check(z.maxLength(MAX_SHORT));
const level = z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(10)));
const texts = z.array(text).check(z.maxLength(20));

const feeling = z.object({ word: z.string().check(z.minLength(1), z.maxLength(MAX_SHORT)), level, later: level });

const shape = {
  feelings: z.array(feeling).check(z.maxLength(MAX_FEELINGS)),
  craving: level,
  body: texts,
  bodyOther: text,
  trigger: text,
  written: z.string().check(z.maxLength(MAX_LONG)),
  kindLine: z.number().check(z.int(), z.minimum(0), z.maximum(99)),
  needs: texts,
  needOther: text,
  next: text,
};

export const nameItSchema: SchemaFor<NameItData> = () =>
  z.object({
    draft: z.object({ ...shape, step: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }),
    entries: z
      .array(
        z.object({
          ...shape,
          // A finished check-in always names at least one feeling.
          feelings: z.array(feeling).check(z.minLength(1), z.maxLength(MAX_FEELINGS)),
          id: z.string().check(z.minLength(1), z.maxLength(64)),
          date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
          time: z.string().check(z.regex(/^\d{2}:\d{2}$/)),
          cravingLater: level,
        }),
      )
      .check(z.maxLength(MAX_ENTRIES)),
    pending: z.nullable(z.string().check(z.maxLength(64))),
  }) as unknown as z.ZodMiniType<NameItData>;
