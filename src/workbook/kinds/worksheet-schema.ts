// A worksheet's saved answers, built from the exercise's fields, and the
// types inferred from them. The types are free to import; the schema itself
// is loaded on demand (see KindSpec.loadSchema).
import * as v from 'valibot';
import type { FieldDef } from '../../content/schemas';
import { MAX_ENTRIES, MAX_LIST_ITEMS } from '../limits';
import { list, longText, savedDate, savedId, shortText, whole } from '../saved';

function fieldSchema(field: FieldDef) {
  switch (field.type) {
    case 'short':
      return shortText;
    case 'long':
      return longText;
    case 'rating':
      return v.nullable(whole(0, field.max));
    case 'choice':
      return field.multiple ? list(shortText, field.options.length) : shortText;
    case 'list':
      return list(shortText, Math.min(field.maxItems, MAX_LIST_ITEMS));
  }
}

/** Each field's answer, under its id; a field never answered may be missing. */
const valuesSchema = (fields: FieldDef[]) => v.object(Object.fromEntries(fields.map((f) => [f.id, v.optional(fieldSchema(f))])));

/**
 * In "log" mode, `values` is the entry being written and `entries` the saved
 * ones, so a half-written entry survives a reload just like a single worksheet.
 */
export const worksheetSchema = (def: { fields: FieldDef[] }) =>
  v.object({
    values: valuesSchema(def.fields),
    entries: list(
      v.object({
        id: savedId,
        /** Calendar date the person gives the entry, YYYY-MM-DD. */
        date: savedDate,
        values: valuesSchema(def.fields),
      }),
      MAX_ENTRIES,
    ),
  });

export type FieldValue = v.InferOutput<ReturnType<typeof fieldSchema>>;
export type WorksheetData = v.InferOutput<ReturnType<typeof worksheetSchema>>;
export type Values = WorksheetData['values'];
export type LogEntry = WorksheetData['entries'][number];
