// Sealed records: an answer is stored as { v, updatedAt, sealed } with only
// its data encrypted, so backups, migrations, quarantine and two tabs still
// see which exercise it is and when it changed. Locked backups carry their
// answers in the same shape.
import { isObject } from '../../lib/is-object';
import type { WorkbookRecord } from '../record';
import { isSealed, open, seal, type Sealed } from './crypto';

export interface SealedRecord {
  v: number;
  updatedAt: string;
  sealed: Sealed;
}

/** JSON, or undefined for text that is not. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function isSealedRecord(value: unknown): value is SealedRecord {
  return isObject(value) && isSealed(value.sealed);
}

export const isSealedRaw = (raw: string | null): boolean => raw !== null && isSealedRecord(parseJson(raw));

/** A record with its data sealed under `storageKey`, which must match to open it. */
export async function sealValue(key: CryptoKey, storageKey: string, r: Pick<WorkbookRecord, 'v' | 'updatedAt' | 'data'>): Promise<SealedRecord> {
  return { v: r.v, updatedAt: r.updatedAt, sealed: await seal(key, JSON.stringify(r.data), storageKey) };
}

/** The record again, or undefined when it will not open (a wrong key, or damage). */
export async function openValue(key: CryptoKey, storageKey: string, s: SealedRecord): Promise<WorkbookRecord | undefined> {
  const text = await open(key, s.sealed, storageKey);
  const data = text === undefined ? undefined : parseJson(text);
  return data === undefined ? undefined : { v: s.v, updatedAt: s.updatedAt, data };
}

/**
 * A stored record with its data sealed. Text that is not a record is sealed
 * whole, under version 0, so nothing typed is ever left in clear.
 */
export async function sealRecord(key: CryptoKey, storageKey: string, raw: string): Promise<string> {
  const value = parseJson(raw);
  if (isObject(value) && 'data' in value) return JSON.stringify(await sealValue(key, storageKey, value as unknown as WorkbookRecord));
  return JSON.stringify({ v: 0, updatedAt: '', sealed: await seal(key, raw, storageKey) });
}

/** The record as it was before sealing, or undefined when it will not open. */
export async function openRecord(key: CryptoKey, storageKey: string, raw: string): Promise<string | undefined> {
  const value = parseJson(raw);
  if (!isSealedRecord(value)) return undefined;
  if (value.v === 0) return open(key, value.sealed, storageKey);
  const record = await openValue(key, storageKey, value);
  return record && JSON.stringify(record);
}
