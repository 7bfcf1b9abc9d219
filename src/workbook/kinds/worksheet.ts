// The generic worksheet: fields described by the exercise's data file. In
// "log" mode, `values` is the entry being written and `entries` the saved ones,
// so a half-written entry survives a reload just like a single worksheet.
import type { FieldDef } from '../../content/schemas';
import type { ExerciseDef, KindSpec, Progress, SummaryBlock } from './types';
import { en, type FrameWords } from '../../i18n/widgets/en/frame';
import { frameWordsIn } from '../../i18n/widgets/frame';

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

/** A saved choice in the page's language: answers keep the English option (FieldDef.values). */
function shownOption(field: FieldDef, saved: string): string {
  if (field.type !== 'choice' || !field.values) return saved;
  return field.options[field.values.indexOf(saved)] ?? saved;
}

/** A value as one line of text, for summaries and print-outs. */
export function formatValue(field: FieldDef, value: FieldValue | undefined, words: Pick<FrameWords, 'fields'> = en): string {
  if (!isAnswered(value)) return '';
  if (Array.isArray(value))
    return value
      .filter((v) => v.trim() !== '')
      .map((v) => shownOption(field, v))
      .join('; ');
  if (field.type === 'rating') return words.fields.outOf(value as number, field.max);
  return shownOption(field, String(value));
}

function valueLines(def: ExerciseDef, values: Values, words: Pick<FrameWords, 'fields'>): string[] {
  return def.fields.filter((f) => isAnswered(values[f.id])).map((f) => `${f.label}: ${formatValue(f, values[f.id], words)}`);
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
  summary(data, def, lang = 'en'): SummaryBlock[] {
    const words = frameWordsIn(lang);
    if (def.mode === 'log') {
      return [...data.entries].sort((a, b) => b.date.localeCompare(a.date)).map((e) => ({ heading: e.date, lines: valueLines(def, e.values, words) }));
    }
    return [{ lines: valueLines(def, data.values, words) }];
  },
};
