// The worksheet's zod schema, built from the exercise's fields. Loaded on
// demand (see KindSpec.loadSchema).
import * as z from 'zod/mini';
import type { FieldDef } from '../../content/schemas';
import { MAX_ENTRIES, MAX_LIST_ITEMS, MAX_LONG, MAX_SHORT } from '../limits';
import type { SchemaFor } from './types';
import type { Values, WorksheetData } from './worksheet';

const shortText = z.string().check(z.maxLength(MAX_SHORT));

function fieldSchema(field: FieldDef) {
  switch (field.type) {
    case 'short':
      return shortText;
    case 'long':
      return z.string().check(z.maxLength(MAX_LONG));
    case 'rating':
      return z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(field.max)));
    case 'choice':
      return field.multiple ? z.array(shortText).check(z.maxLength(field.options.length)) : shortText;
    case 'list':
      return z.array(shortText).check(z.maxLength(Math.min(field.maxItems, MAX_LIST_ITEMS)));
  }
}

function valuesSchema(fields: FieldDef[]) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const f of fields) shape[f.id] = z.optional(fieldSchema(f));
  return z.object(shape) as unknown as z.ZodMiniType<Values>;
}

export const worksheetSchema: SchemaFor<WorksheetData> = (def) =>
  z.object({
    values: valuesSchema(def.fields),
    entries: z
      .array(
        z.object({
          id: z.string().check(z.minLength(1), z.maxLength(64)),
          date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
          values: valuesSchema(def.fields),
        }),
      )
      .check(z.maxLength(MAX_ENTRIES)),
  });
