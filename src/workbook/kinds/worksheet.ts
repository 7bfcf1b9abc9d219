// The generic worksheet: fields described by the exercise's data file. In
// "log" mode, `values` is the entry being written and `entries` the saved ones,
// so a half-written entry survives a reload just like a single worksheet.
import type { FieldDef } from '../../content/schemas';
import type { ExerciseDef, KindSpec, Progress, SummaryBlock } from './types';

import type { FieldValue, Values, WorksheetData } from './worksheet-schema';

export type { FieldValue, LogEntry, Values, WorksheetData } from './worksheet-schema';

export function emptyValue(field: FieldDef): FieldValue {
  if (field.type === 'list' || (field.type === 'choice' && field.multiple)) return [];
  if (field.type === 'rating') return null;
  return '';
}

export function isAnswered(value: FieldValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some((v) => v.trim() !== '');
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

export function hasAnyAnswer(values: Values): boolean {
  return Object.values(values).some(isAnswered);
}

/** A value as one line of text, for summaries and print-outs. */
export function formatValue(field: FieldDef, value: FieldValue | undefined): string {
  if (!isAnswered(value)) return '';
  if (Array.isArray(value)) return value.filter((v) => v.trim() !== '').join('; ');
  if (field.type === 'rating') return `${value} out of ${field.max}`;
  return String(value);
}

function valueLines(def: ExerciseDef, values: Values): string[] {
  return def.fields.filter((f) => isAnswered(values[f.id])).map((f) => `${f.label}: ${formatValue(f, values[f.id])}`);
}

export const worksheet: KindSpec<WorksheetData> = {
  version: 1,
  loadSchema: () => import('./worksheet-schema').then((m) => m.worksheetSchema),
  empty: () => ({ values: {}, entries: [] }),
  migrations: {},
  progress(data, def): Progress {
    if (def.mode === 'log') {
      if (data.entries.length > 0) return 'done';
      return hasAnyAnswer(data.values) ? 'started' : 'not-started';
    }
    const answered = def.fields.filter((f) => isAnswered(data.values[f.id])).length;
    if (answered === 0) return 'not-started';
    return answered === def.fields.length ? 'done' : 'started';
  },
  summary(data, def): SummaryBlock[] {
    if (def.mode === 'log') {
      return [...data.entries].sort((a, b) => b.date.localeCompare(a.date)).map((e) => ({ heading: e.date, lines: valueLines(def, e.values) }));
    }
    return [{ lines: valueLines(def, data.values) }];
  },
};
