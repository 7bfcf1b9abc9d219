// Locked backups: the same file as a plain backup, but every answer's data
// sealed with the reader's key, and the lock's salt and check value beside
// them, so the passcode opens the file on any device. A locked file carries
// version 2: an older copy of the site says it is from a newer version
// rather than misreading it.
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from '../backup';
import { exerciseKey } from '../keys';
import type { WorkbookRecord } from '../record';
import { isObject } from '../../lib/is-object';
import type { Lang } from '../../i18n/languages';
import { workbookWordsIn } from '../../i18n/widgets/workbook';
import { isSealed, keyFor, type LockParams } from './crypto';
import { isSealedRecord, openValue, parseJson, sealValue, type SealedRecord } from './sealing';

export const LOCKED_BACKUP_VERSION = 2;

export interface LockedBackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof LOCKED_BACKUP_VERSION;
  exportedAt: string;
  locked: LockParams;
  entries: Record<string, SealedRecord>;
}

export async function makeLockedBackup(key: CryptoKey, params: LockParams, records: Record<string, WorkbookRecord>, now = new Date()): Promise<LockedBackupFile> {
  const entries: LockedBackupFile['entries'] = {};
  for (const [id, r] of Object.entries(records)) {
    entries[id] = await sealValue(key, exerciseKey(id), r);
  }
  return { format: BACKUP_FORMAT, version: LOCKED_BACKUP_VERSION, exportedAt: now.toISOString(), locked: params, entries };
}

function lockedParts(text: string): LockedBackupFile | undefined {
  const f = parseJson(text);
  if (!isObject(f) || f.format !== BACKUP_FORMAT || f.version !== LOCKED_BACKUP_VERSION || !isObject(f.locked) || !isObject(f.entries)) return undefined;
  const l = f.locked;
  if (typeof l.salt !== 'string' || !Number.isInteger(l.iterations) || !isSealed(l.check)) return undefined;
  return f as unknown as LockedBackupFile;
}

/** Whether a chosen file is a locked backup, which needs its passcode before it can be read. */
export const isLockedBackup = (text: string) => lockedParts(text) !== undefined;

export type OpenedBackup = { ok: true; text: string } | { ok: false; error: string };

/**
 * The plain backup inside a locked one, as text for the usual restore check.
 * An answer that will not open is left as it is, so the check names it as
 * unreadable rather than the whole file failing. Errors are in `lang`.
 */
export async function openLockedBackup(text: string, passcode: string, lang: Lang = 'en'): Promise<OpenedBackup> {
  const w = workbookWordsIn(lang).backupFile;
  const file = lockedParts(text);
  if (!file) return { ok: false, error: w.notLocked };
  const key = await keyFor(passcode, file.locked);
  if (!key) return { ok: false, error: w.wrongPasscode };
  const entries: Record<string, unknown> = {};
  for (const [id, e] of Object.entries(file.entries)) {
    entries[id] = (isSealedRecord(e) && (await openValue(key, exerciseKey(id), e))) || e;
  }
  const plain: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: String(file.exportedAt), entries: entries as Record<string, WorkbookRecord> };
  return { ok: true, text: JSON.stringify(plain) };
}
