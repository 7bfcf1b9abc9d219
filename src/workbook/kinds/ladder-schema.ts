// The exposure ladder's zod schema. Loaded on demand (see KindSpec.loadSchema).
// Every limit here is also enforced by the island, so nothing it saves can
// fail to load again.
import * as z from 'zod/mini';
import { MAX_LONG, MAX_SHORT } from '../limits';
import type { SchemaFor } from './types';
import { MAX_ATTEMPTS, MAX_LADDERS, MAX_STEPS, type LadderData } from './ladder-logic';

const id = z.string().check(z.minLength(1), z.maxLength(64));
const short = z.string().check(z.maxLength(MAX_SHORT));
const long = z.string().check(z.maxLength(MAX_LONG));
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const rating = z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(100)));

const attempt = z.object({ id, date, before: rating, peak: rating, after: rating, feared: long, happened: long, reflection: long });

const step = z.object({
  id,
  what: short,
  rating,
  where: short,
  when: short,
  howLong: short,
  safety: short,
  climbedOn: z.union([z.literal(''), date]),
  attempts: z.array(attempt).check(z.maxLength(MAX_ATTEMPTS)),
});

const ladder = z.object({
  id,
  goal: short,
  steps: z.array(step).check(z.maxLength(MAX_STEPS)),
  draft: z.object({ what: short, rating }),
});

export const ladderSchema: SchemaFor<LadderData> = () =>
  z.object({
    ladders: z.array(ladder).check(z.minLength(1), z.maxLength(MAX_LADDERS)),
    active: z.string().check(z.maxLength(64)),
  });
