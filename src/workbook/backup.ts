// Backups: one JSON file holding every saved exercise, to move a workbook to
// another browser. Restoring checks the whole file first and describes what it
// would change; nothing is written until the person agrees.
import { decodeValue, problemText, type WorkbookRecord } from './record';
import { frameWordsIn } from '../i18n/widgets/frame';
import type { ExerciseDef, KindSpec } from './kinds/types';
import { localDate } from './dates';
import { isObject } from '../lib/is-object';
import type { Lang } from '../i18n/languages';
import { workbookWordsIn } from '../i18n/widgets/workbook';

export const BACKUP_FORMAT = 'reconnect-workbook';
export const BACKUP_VERSION = 1;
/** Far above any real workbook; a bigger file is not ours. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  entries: Record<string, WorkbookRecord>;
}

export interface Known {
  def: ExerciseDef;
  spec: KindSpec<unknown>;
}

export function makeBackup(records: Record<string, WorkbookRecord>, now = new Date()): BackupFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), entries: records };
}

export function backupFileName(now = new Date()): string {
  // The reader's own date: late in the evening, UTC's may already be tomorrow.
  return `reconnect-workbook-${localDate(now)}.json`;
}

export type RestoreAction = 'add' | 'replace' | 'keep-device' | 'same';

export interface RestoreItem {
  id: string;
  title: string;
  action: RestoreAction;
  incoming: WorkbookRecord;
  device?: WorkbookRecord;
}

export type RestorePlan = { ok: false; error: string } | { ok: true; exportedAt: string; items: RestoreItem[]; rejected: { id: string; reason: string }[] };

/**
 * Reads a backup and plans the restore. An answer on the device that is newer
 * than the one in the file is kept unless the person chooses otherwise.
 * What it says is in `lang`, the page's language.
 */
export function planRestore(
  text: string,
  known: (id: string) => Known | undefined,
  onDevice: (id: string) => WorkbookRecord | undefined,
  lang: Lang = 'en',
): RestorePlan {
  const w = workbookWordsIn(lang).backupFile;
  if (text.length > MAX_BACKUP_BYTES) {
    return { ok: false, error: w.tooLarge };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: w.notJson };
  }
  if (!isObject(parsed) || parsed.format !== BACKUP_FORMAT || !isObject(parsed.entries)) {
    return { ok: false, error: w.notOurs };
  }
  if (typeof parsed.version !== 'number' || parsed.version > BACKUP_VERSION) {
    return { ok: false, error: w.newer };
  }

  const items: RestoreItem[] = [];
  const rejected: { id: string; reason: string }[] = [];
  for (const [id, value] of Object.entries(parsed.entries)) {
    const k = known(id);
    const label = id.slice(0, 80);
    if (!k) {
      rejected.push({ id: label, reason: w.unknownExercise });
      continue;
    }
    const decoded = decodeValue(value, k.spec, k.def);
    if (!decoded.ok) {
      rejected.push({ id, reason: w.unreadable(problemText(decoded.problem, frameWordsIn(lang).problems)) });
      continue;
    }
    const incoming = decoded.record;
    const device = onDevice(id);
    let action: RestoreAction = 'add';
    if (device) {
      if (JSON.stringify(device.data) === JSON.stringify(incoming.data)) action = 'same';
      else action = device.updatedAt > incoming.updatedAt ? 'keep-device' : 'replace';
    }
    items.push({ id, title: k.def.title, action, incoming, device });
  }
  if (items.length === 0 && rejected.length === 0) {
    return { ok: false, error: w.empty };
  }
  const exportedAt = typeof parsed.exportedAt === 'string' ? parsed.exportedAt.slice(0, 40) : '';
  return { ok: true, exportedAt, items, rejected };
}
