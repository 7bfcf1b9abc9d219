// One saved exercise: { v, updatedAt, data }, stored as JSON under its own key.
// Decoding validates and migrates; anything it cannot read is reported, never thrown.
import { en, type FrameWords } from '../i18n/widgets/en/frame';
import type { ExerciseDef, KindSpec } from './kinds/types';
import { isObject } from '../lib/is-object';

export interface WorkbookRecord<T = unknown> {
  v: number;
  /** ISO time of the last change; "" for a record never saved. */
  updatedAt: string;
  data: T;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function readEnvelope(value: unknown): { v: number; updatedAt: string; data: unknown } | undefined {
  if (!isObject(value)) return undefined;
  const { v, updatedAt, data } = value;
  if (!Number.isInteger(v) || (v as number) < 1) return undefined;
  if (typeof updatedAt !== 'string' || !ISO_TIME.test(updatedAt) || Number.isNaN(Date.parse(updatedAt))) return undefined;
  if (data === undefined) return undefined;
  return { v: v as number, updatedAt, data };
}

type Check<T> = (def: ExerciseDef, data: unknown) => { success: true; output: T } | { success: false };
const checks = new WeakMap<KindSpec<unknown>, Check<unknown>>();

/**
 * Fetches a kind's schema once; decoding needs it. Valibot comes with the
 * first schema, so a first visit, with nothing saved to check, loads neither.
 */
export async function loadSchema(kind: KindSpec<unknown>): Promise<void> {
  if (checks.has(kind)) return;
  const [schemaFor, { safeParse }] = await Promise.all([kind.loadSchema(), import('./saved')]);
  checks.set(kind, (def, data) => safeParse(schemaFor(def), data));
}

export const schemaLoaded = (kind: KindSpec<unknown>) => checks.has(kind);

/** Why saved answers could not be read; the reader is told in their language (problemText). */
export type Problem = { code: 'locked' | 'unknownShape' | 'badAnswers' | 'notJson' } | { code: 'newer' | 'noUpdate' | 'updateFailed'; version: number };
export type DecodeResult<T> = { ok: true; record: WorkbookRecord<T>; migrated: boolean } | { ok: false; problem: Problem };

/** A problem as the words of the reader's language say it (the frame's `problems`). */
export function problemText(p: Problem, words: FrameWords['problems'] = en.problems): string {
  return 'version' in p ? words[p.code](p.version) : words[p.code];
}

export function emptyRecord<T>(kind: KindSpec<T>, def: ExerciseDef): WorkbookRecord<T> {
  return { v: kind.version, updatedAt: '', data: kind.empty(def) };
}

export const isEmptyRecord = (r: WorkbookRecord) => r.updatedAt === '';

/**
 * Validates an already-parsed value as a record of this kind, migrating old
 * versions. The kind's schema must have been loaded (loadSchema).
 */
export function decodeValue<T>(value: unknown, kind: KindSpec<T>, def: ExerciseDef): DecodeResult<T> {
  // Called before loadSchema, this throws: a bug, not a bad answer.
  const check = checks.get(kind) as Check<T>;
  const env = readEnvelope(value);
  if (!env && isObject(value) && 'sealed' in value) return { ok: false, problem: { code: 'locked' } };
  if (!env) return { ok: false, problem: { code: 'unknownShape' } };
  let { v, data } = env;
  if (v > kind.version) return { ok: false, problem: { code: 'newer', version: v } };
  const migrated = v < kind.version;
  while (v < kind.version) {
    const step = kind.migrations[v];
    if (!step) return { ok: false, problem: { code: 'noUpdate', version: v } };
    try {
      data = step(data, def);
    } catch {
      return { ok: false, problem: { code: 'updateFailed', version: v } };
    }
    v += 1;
  }
  const parsed = check(def, data);
  if (!parsed.success) return { ok: false, problem: { code: 'badAnswers' } };
  return { ok: true, record: { v, updatedAt: env.updatedAt, data: parsed.output }, migrated };
}

export function decodeRecord<T>(raw: string, kind: KindSpec<T>, def: ExerciseDef): DecodeResult<T> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  return decodeValue(value, kind, def);
}

export const encodeRecord = (r: WorkbookRecord) => JSON.stringify(r);
