// What the My workbook page works out, apart from how it shows it: which
// exercises it can read, loading what is saved, which answers a restore will
// write, and what it tells the person afterwards.
import type { ExerciseDef } from './kinds/types';
import { hasKind, kindSpec } from './kinds';
import { loadSchema } from './record';
import { $saveStates, lockReady } from './store';
import type { Known, RestoreAction, RestoreItem, RestorePlan } from './backup';
import { quarantinedEntries, savedEntries, writeRecord, type QuarantinedEntry, type SavedEntry } from './workbook';
import type { Lang } from '../i18n/languages';
import { workbookWordsIn } from '../i18n/widgets/workbook';

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

/** What a restore will do with each answer, in the page's language. */
export const actionText = (action: RestoreAction, lang: Lang = 'en') => workbookWordsIn(lang).restore.actions[action];

export const backupMessage = (exercises: number, lang: Lang = 'en') => workbookWordsIn(lang).backup.downloaded(exercises);

export const restoreLabel = (answers: number, lang: Lang = 'en') => workbookWordsIn(lang).restore.label(answers);

export const restoredMessage = (answers: number, failed: number, lang: Lang = 'en') => workbookWordsIn(lang).restore.restored(answers, failed);

/** `offlineCopy`: the site's pages kept for offline use were removed too. */
export function deletedMessage(failed: number, offlineCopy = false, lang: Lang = 'en'): string {
  const w = workbookWordsIn(lang).delete;
  const answers = failed ? w.some(failed) : w.all;
  // Said, because it comes back: any page of the site saves it again.
  const copy = offlineCopy ? w.offline : '';
  return answers + copy;
}

/** Whether this browser will keep the answers when the device runs low on space, if it has said. */
export function keepingNote(persistence: 'unknown' | 'granted' | 'denied' | 'unsupported', persisted: boolean | null, lang: Lang = 'en'): string | null {
  const w = workbookWordsIn(lang).keeping;
  if (persistence === 'granted' || persisted) return w.granted;
  if (persistence === 'denied' || persisted === false) return w.denied;
  return null;
}
