// The worksheet's schema, built from the exercise's fields. Loaded on demand
// (see KindSpec.loadSchema).
import type { FieldDef } from '../../content/schemas';
import { list, nullable, object, optional, savedDate, savedId, schema, text, whole, type Check } from '../check';
import { MAX_ENTRIES, MAX_LIST_ITEMS, MAX_LONG, MAX_SHORT } from '../limits';
import type { SchemaFor } from './types';
import type { Values, WorksheetData } from './worksheet';

const shortText = text({ max: MAX_SHORT });

function fieldCheck(field: FieldDef): Check<unknown> {
  switch (field.type) {
    case 'short':
      return shortText;
    case 'long':
      return text({ max: MAX_LONG });
    case 'rating':
      return nullable(whole(0, field.max));
    case 'choice':
      return field.multiple ? list(shortText, field.options.length) : shortText;
    case 'list':
      return list(shortText, Math.min(field.maxItems, MAX_LIST_ITEMS));
  }
}

function valuesCheck(fields: FieldDef[]) {
  const shape: Record<string, Check<unknown>> = {};
  for (const f of fields) shape[f.id] = optional(fieldCheck(f));
  return object(shape) as Check<Values>;
}

export const worksheetSchema: SchemaFor<WorksheetData> = (def) =>
  schema(
    object({
      values: valuesCheck(def.fields),
      entries: list(
        object({
          id: savedId,
          date: savedDate,
          values: valuesCheck(def.fields),
        }),
        MAX_ENTRIES,
      ),
    }),
  );
