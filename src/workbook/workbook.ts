// Whole-workbook operations for the My workbook page: what is saved, backups,
// unreadable copies, and deleting everything.
import { currentStorage, lookAgainAtLock, openStore, prepareExercise } from './store';
import { exerciseIdOf, exerciseKey, isOurKey, parseQuarantineKey } from './keys';
import { decodeRecord, type WorkbookRecord } from './record';
import { makeBackup, type BackupFile, type Known } from './backup';

export interface SavedEntry {
  id: string;
  record: WorkbookRecord;
}

export interface QuarantinedEntry {
  key: string;
  id: string;
  at: string;
  raw: string;
}

/** Every readable saved exercise the site knows, newest first. */
export function savedEntries(known: (id: string) => Known | undefined): SavedEntry[] {
  const storage = currentStorage();
  const out: SavedEntry[] = [];
  for (const key of storage.keys()) {
    const id = exerciseIdOf(key);
    const k = id ? known(id) : undefined;
    const raw = k ? storage.get(key) : null;
    if (!id || !k || raw === null) continue;
    const decoded = decodeRecord(raw, k.spec, k.def);
    if (decoded.ok) out.push({ id, record: decoded.record });
  }
  return out.sort((a, b) => b.record.updatedAt.localeCompare(a.record.updatedAt));
}

export function quarantinedEntries(): QuarantinedEntry[] {
  const storage = currentStorage();
  const out: QuarantinedEntry[] = [];
  for (const key of storage.keys()) {
    const q = parseQuarantineKey(key);
    const raw = q ? storage.get(key) : null;
    if (q && raw !== null) out.push({ key, ...q, raw });
  }
  return out.sort((a, b) => b.at.localeCompare(a.at));
}

export function backupOf(entries: SavedEntry[], now = new Date()): BackupFile {
  return makeBackup(Object.fromEntries(entries.map((e) => [e.id, e.record])), now);
}

/** Writes restored answers through the stores, so open exercises update too. */
export async function writeRecord(k: Known, record: WorkbookRecord) {
  (openStore(k.def.id) ?? (await prepareExercise(k.def, k.spec))).put(record);
}

export function readRecord(k: Known): WorkbookRecord | undefined {
  const raw = currentStorage().get(exerciseKey(k.def.id));
  if (raw === null) return undefined;
  const decoded = decodeRecord(raw, k.spec, k.def);
  return decoded.ok ? decoded.record : undefined;
}

/** Removes every key this site wrote; returns how many could not be removed. */
export function deleteEverything(): number {
  const storage = currentStorage();
  let failed = 0;
  for (const key of storage.keys().filter(isOurKey)) {
    const id = exerciseIdOf(key);
    const open = id ? openStore(id) : undefined;
    if (open) open.clear();
    else if (!storage.remove(key).ok) failed++;
  }
  // The lock went with everything else: this tab forgets its key.
  lookAgainAtLock();
  return failed;
}

export function deleteQuarantined(key: string): boolean {
  return currentStorage().remove(key).ok;
}
