// What the My workbook page works out, apart from how it shows it: which
// exercises it can read, loading what is saved, which answers a restore will
// write, and what it tells the person afterwards.
import type { ExerciseDef } from './kinds/types';
import { hasKind, kindSpec } from './kinds';
import { loadSchema } from './record';
import { $saveStates, lockReady } from './store';
import type { Known, RestoreAction, RestoreItem, RestorePlan } from './backup';
import { quarantinedEntries, savedEntries, writeRecord, type QuarantinedEntry, type SavedEntry } from './workbook';
import { count } from '../lib/words';

export interface KnownExercises<E extends ExerciseDef> {
  /** Only the exercises of kinds this build of the site can read. */
  exercises: E[];
  byId: Map<string, E>;
  known(id: string): Known | undefined;
}

export function knownExercises<E extends ExerciseDef>(all: E[]): KnownExercises<E> {
  const exercises = all.filter((e) => hasKind(e.kind));
  const byId = new Map(exercises.map((e) => [e.id, e]));
  return {
    exercises,
    byId,
    known(id) {
      const def = byId.get(id);
      return def ? { def, spec: kindSpec(def.kind) } : undefined;
    },
  };
}

export interface Listed {
  saved: SavedEntry[];
  quarantined: QuarantinedEntry[];
}

/** What is on this device, readable or set aside. */
export const readWorkbook = (known: (id: string) => Known | undefined): Listed => ({ saved: savedEntries(known), quarantined: quarantinedEntries() });

/** The same, once the schemas that check each kind's saved answers have loaded. */
export async function loadWorkbook<E extends ExerciseDef>({ exercises, known }: KnownExercises<E>): Promise<Listed> {
  await Promise.all([lockReady(), ...[...new Set(exercises.map((e) => kindSpec(e.kind)))].map(loadSchema)]);
  return readWorkbook(known);
}

/**
 * The answers a restore will write: new ones, ones older on the device, and
 * ones newer on the device only where the person chose to replace them anyway.
 */
export function toRestore(plan: RestorePlan | null, replaceNewer: ReadonlySet<string>): RestoreItem[] {
  if (!plan?.ok) return [];
  return plan.items.filter((i) => i.action === 'add' || i.action === 'replace' || (i.action === 'keep-device' && replaceNewer.has(i.id)));
}

/** The person's choice to replace (or keep) one newer answer on the device. */
export function choosing(replaceNewer: ReadonlySet<string>, id: string, replace: boolean): Set<string> {
  const next = new Set(replaceNewer);
  if (replace) next.add(id);
  else next.delete(id);
  return next;
}

/** Writes the answers through the stores, so open exercises update too; returns how many could not be saved. */
export async function restoreAnswers(items: RestoreItem[], known: (id: string) => Known | undefined): Promise<number> {
  for (const item of items) await writeRecord(known(item.id)!, item.incoming);
  return items.filter((i) => $saveStates.get()[i.id]?.state === 'failed').length;
}

export const ACTION_TEXT: Record<RestoreAction, string> = {
  add: 'Will be added',
  replace: 'Will replace the older answer on this device',
  'keep-device': 'This device has a newer answer, which will be kept',
  same: 'Already the same on this device',
};

export const backupMessage = (exercises: number) => `Backup downloaded with ${count(exercises, 'exercise', 'exercises')}. Keep the file somewhere private.`;

export const restoreLabel = (answers: number) => (answers === 0 ? 'Nothing to restore' : `Restore ${count(answers, 'answer', 'answers')}`);

export const restoredMessage = (answers: number, failed: number) =>
  failed
    ? `${answers - failed} of ${count(answers, 'answer', 'answers')} restored. ${failed} could not be saved on this device.`
    : `${count(answers, 'answer', 'answers')} restored.`;

/** `offlineCopy`: the site's pages kept for offline use were removed too. */
export function deletedMessage(failed: number, offlineCopy = false): string {
  const answers = failed ? `Most answers were deleted, but ${failed} could not be removed.` : 'Everything this site saved on this device has been deleted.';
  // Said, because it comes back: any page of the site saves it again.
  const copy = offlineCopy ? ' So has the copy of the site kept for reading offline; it is saved again when you next open a page here.' : '';
  return answers + copy;
}

/** Whether this browser will keep the answers when the device runs low on space, if it has said. */
export function keepingNote(persistence: 'unknown' | 'granted' | 'denied' | 'unsupported', persisted: boolean | null): string | null {
  if (persistence === 'granted' || persisted) return 'This browser has agreed to keep your answers even when the device runs low on space.';
  if (persistence === 'denied' || persisted === false) return 'This browser may clear stored answers if the device runs low on space. A backup file keeps them safe.';
  return null;
}
