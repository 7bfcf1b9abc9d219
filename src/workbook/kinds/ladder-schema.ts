// The exposure ladder's schema. Loaded on demand (see KindSpec.loadSchema).
// Every limit here is also enforced by the island, so nothing it saves can
// fail to load again.
import { either, list, nullable, object, oneOf, savedDate as date, savedId as id, schema, text, whole } from '../check';
import { MAX_LONG, MAX_SHORT } from '../limits';
import type { SchemaFor } from './types';
import { MAX_ATTEMPTS, MAX_LADDERS, MAX_STEPS, type LadderData } from './ladder-logic';

const short = text({ max: MAX_SHORT });
const long = text({ max: MAX_LONG });
const rating = nullable(whole(0, 100));

const attempt = object({ id, date, before: rating, peak: rating, after: rating, feared: long, happened: long, reflection: long });

const step = object({
  id,
  what: short,
  rating,
  where: short,
  when: short,
  howLong: short,
  safety: short,
  climbedOn: either(oneOf(''), date),
  attempts: list(attempt, MAX_ATTEMPTS),
});

const ladder = object({
  id,
  goal: short,
  steps: list(step, MAX_STEPS),
  draft: object({ what: short, rating }),
});

export const ladderSchema: SchemaFor<LadderData> = () =>
  schema(
    object({
      ladders: list(ladder, MAX_LADDERS, 1),
      active: text({ max: 64 }),
    }),
  );
