// The check-in's schema. Loaded on demand (see KindSpec.loadSchema).
import { list, nullable, object, oneOf, savedDate, savedId, schema, text, whole } from '../check';
import { MAX_ENTRIES, MAX_LONG, MAX_SHORT } from '../limits';
import { MAX_FEELINGS, type NameItData } from './name-it';
import type { SchemaFor } from './types';

const short = text({ max: MAX_SHORT });
const level = nullable(whole(0, 10));
const texts = list(short, 20);

const feeling = object({ word: text({ min: 1, max: MAX_SHORT }), level, later: level });

const shape = {
  feelings: list(feeling, MAX_FEELINGS),
  craving: level,
  body: texts,
  bodyOther: short,
  trigger: short,
  written: text({ max: MAX_LONG }),
  kindLine: whole(0, 99),
  needs: texts,
  needOther: short,
  next: short,
};

export const nameItSchema: SchemaFor<NameItData> = () =>
  schema(
    object({
      draft: object({ ...shape, step: oneOf(1, 2, 3, 4) }),
      entries: list(
        object({
          ...shape,
          // A finished check-in always names at least one feeling.
          feelings: list(feeling, MAX_FEELINGS, 1),
          id: savedId,
          date: savedDate,
          time: text({ pattern: /^\d{2}:\d{2}$/ }),
          cravingLater: level,
        }),
        MAX_ENTRIES,
      ),
      pending: nullable(text({ max: 64 })),
    }),
  ) as ReturnType<SchemaFor<NameItData>>;
