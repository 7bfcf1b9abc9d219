// The social portfolio's schema. Loaded on demand (see KindSpec.loadSchema).
import { either, list, object, oneOf, savedDate as date, savedId as id, schema, text, whole } from '../check';
import { MAX_ENTRIES, MAX_LIST_ITEMS, MAX_SHORT } from '../limits';
import { CIRCLES, ENERGIES, GIVES, MAX_ITEMS, MAX_TARGET, MOODS, OFTENS, type PortfolioData } from './portfolio-logic';
import type { SchemaFor } from './types';

const shortText = text({ max: MAX_SHORT });
const orNone = (values: readonly string[]) => oneOf(...values, '');
const setOf = (values: readonly string[]) => list(oneOf(...values), values.length);
const dateOrNone = either(oneOf(''), date);

const item = object({
  id,
  type: oneOf('person', 'activity'),
  name: shortText,
  circle: orNone(CIRCLES),
  energy: orNone(ENERGIES),
  moods: setOf(MOODS),
  gives: setOf(GIVES),
  often: oneOf(...OFTENS),
  days: list(whole(0, 6), 7),
  time: text({ pattern: /^(|([01]\d|2[0-3]):[0-5]\d)$/ }),
  from: dateOrNone,
  backup: shortText,
});

const target = whole(1, MAX_TARGET);

export const portfolioSchema: SchemaFor<PortfolioData> = () =>
  schema(
    object({
      items: list(item, MAX_ITEMS),
      starters: list(shortText, MAX_LIST_ITEMS),
      checkin: object({ date: dateOrNone, energy: orNone(ENERGIES), mood: orNone(MOODS) }),
      done: list(object({ item: id, date }), MAX_ENTRIES),
      goal: object({ text: shortText, target }),
      weeks: list(
        object({
          week: date,
          goal: shortText,
          target,
          ticks: whole(0, MAX_TARGET),
          wins: list(shortText, MAX_LIST_ITEMS),
        }),
        MAX_ENTRIES,
      ),
    }),
  ) as ReturnType<SchemaFor<PortfolioData>>;
