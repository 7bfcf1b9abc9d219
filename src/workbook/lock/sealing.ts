// Sealed records: an answer is stored as { v, updatedAt, sealed } with only
// its data encrypted, so backups, migrations, quarantine and two tabs still
// see which exercise it is and when it changed.
import { isObject } from '../../lib/is-object';
import { isSealed, open, seal, type Sealed } from './crypto';

export interface SealedRecord {
  v: number;
  updatedAt: string;
  sealed: Sealed;
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export function isSealedRaw(raw: string | null): boolean {
  if (raw === null) return false;
  const value = parse(raw);
  return isObject(value) && isSealed(value.sealed);
}

/**
 * A stored record with its data sealed. Text that is not a record is sealed
 * whole, under version 0, so nothing typed is ever left in clear.
 */
export async function sealRecord(key: CryptoKey, storageKey: string, raw: string): Promise<string> {
  const value = parse(raw);
  if (isObject(value) && 'data' in value) {
    const { v, updatedAt, data } = value;
    return JSON.stringify({ v, updatedAt, sealed: await seal(key, JSON.stringify(data), storageKey) });
  }
  return JSON.stringify({ v: 0, updatedAt: '', sealed: await seal(key, raw, storageKey) });
}

/** The record as it was before sealing, or undefined when it will not open. */
export async function openRecord(key: CryptoKey, storageKey: string, raw: string): Promise<string | undefined> {
  const value = parse(raw);
  if (!isObject(value) || !isSealed(value.sealed)) return undefined;
  const text = await open(key, value.sealed, storageKey);
  if (text === undefined) return undefined;
  if (value.v === 0) return text;
  const data = parse(text);
  return data === undefined ? undefined : JSON.stringify({ v: value.v, updatedAt: value.updatedAt, data });
}
