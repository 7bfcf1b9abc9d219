// The workbook store: one persistent nanostore per exercise, on a storage
// engine that never throws. @nanostores/persistent alone loses the new value
// when a write fails and throws on a corrupt entry; here a failed write keeps
// the answer in memory and says so, and an unreadable entry is copied aside.
import { atom, map, type WritableAtom } from 'nanostores';
import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentEvent,
  type PersistentEvents,
  type PersistentListener,
} from '@nanostores/persistent';
import { browserStorage, type SafeStorage, type WriteFailure, type WriteResult } from './safe-storage';
import { exerciseIdOf, exerciseKey, LOCK_KEY, parseQuarantineKey, quarantineKey, PERSIST_KEY, PREFIX } from './keys';
import type { Lock, LockStatus } from './lock/lock';
import { decodeRecord, emptyRecord, encodeRecord, isEmptyRecord, loadSchema, schemaLoaded, type Problem, type WorkbookRecord } from './record';
import type { ExerciseDef, KindSpec } from './kinds/types';

export type SaveState = { state: 'idle' } | { state: 'saved'; at: string } | { state: 'cleared' } | { state: 'failed'; reason: WriteFailure };

/** Save state per exercise id, for the status line in each exercise. */
export const $saveStates = map<Record<string, SaveState>>({});
/** Exercises whose saved entry could not be read this visit, with the reason. */
export const $unreadable = map<Record<string, Problem>>({});
/** Whether the browser agreed to keep this site's storage when space runs low. */
export const $persistence = atom<'unknown' | 'granted' | 'denied' | 'unsupported'>('unknown');

let storage: SafeStorage = browserStorage;
/** The storage under the lock; the same as `storage` while the lock's code is not loaded. */
let base: SafeStorage = browserStorage;
let lock: Lock | undefined;
/** Where this tab keeps its key: sessionStorage, unless a test gives another. */
let keyStore: import('./lock/lock').KeyStore | undefined;

/**
 * Whether answers can be read here: "off" (no lock), "unlocked" (this tab has
 * the key) or "locked". "unknown" until the page has looked.
 */
export const $lock = atom<LockStatus>('unknown');
// Keys whose current content must not be overwritten: an unreadable entry that
// could not be copied aside.
const protectedKeys = new Set<string>();
const failedKeys = new Set<string>();
const stores = new Map<string, ExerciseStore<unknown>>();
const kindOfKey = new Map<string, KindSpec<unknown>>();

function report(key: string, result: WriteResult, cleared = false) {
  const id = exerciseIdOf(key);
  if (!id) return;
  if (result.ok) {
    failedKeys.delete(key);
    $saveStates.setKey(id, cleared ? { state: 'cleared' } : { state: 'saved', at: new Date().toISOString() });
    if (!cleared) askToPersist();
  } else {
    failedKeys.add(key);
    $saveStates.setKey(id, { state: 'failed', reason: result.reason });
  }
}

// persistent reads and writes `engine[key]`; this object turns those into
// SafeStorage calls, so nothing it does can throw.
const engine = new Proxy({} as Record<string, string>, {
  get: (_, key) => (typeof key === 'string' ? (storage.get(key) ?? undefined) : undefined),
  has: (_, key) => typeof key === 'string' && storage.get(key) !== null,
  set(_, key, value) {
    if (typeof key !== 'string') return true;
    if (protectedKeys.has(key)) report(key, { ok: false, reason: 'error' });
    else report(key, storage.set(key, String(value)));
    return true;
  },
  deleteProperty(_, key) {
    if (typeof key !== 'string') return true;
    if (protectedKeys.has(key)) report(key, { ok: false, reason: 'error' });
    else report(key, storage.remove(key), true);
    return true;
  },
});

/**
 * A change to storage as the window reports it: `key` is null when another tab
 * cleared all storage, `newValue` is null when it removed the key.
 */
export interface StorageChange {
  key: string | null;
  newValue: string | null;
}
/** Where other tabs' changes come from: the window, or a fake in tests. */
export interface ChangeSource {
  addEventListener(key: string, listener: (e: StorageChange) => void, restore: () => void): void;
  removeEventListener(key: string, listener: (e: StorageChange) => void, restore: () => void): void;
}

const noEvents: ChangeSource = { addEventListener() {}, removeEventListener() {} };
// The library's window source passes the window's storage events on as they are.
let eventSource: ChangeSource = typeof window === 'undefined' ? noEvents : windowPersistentEvents;

// Other tabs' changes arrive through the storage event. After a failed write
// the answer exists only in memory, so the events that would reset it to what
// is on disk (another key changing, or pageshow) are ignored for that key.
const guardedListeners = new Map<PersistentListener, (e: StorageChange) => void>();
const guardedRestores = new Map<() => void, () => void>();
const events: PersistentEvents = {
  addEventListener(key, listener, restore) {
    // Both may need to decode a new value, so the schema is fetched first.
    const ready = (then: () => void) => {
      const kind = kindOfKey.get(key);
      if (!kind || schemaLoaded(kind)) then();
      else loadSchema(kind).then(then, () => {});
    };
    const onStorage = (e: StorageChange) => {
      if (e.key !== key && failedKeys.has(key)) return;
      // The library's listener handles null key and newValue (it resets the
      // answer to empty); only its type declaration leaves them out.
      if (!lock || e.key !== key) return ready(() => listener(e as PersistentEvent));
      // Another tab wrote this answer: the lock opens it (lock/attach.ts, for
      // every answer), then it is read here as opened.
      ready(() => void answersSettled().then(() => listener({ key, newValue: storage.get(key) } as PersistentEvent)));
    };
    const onPageShow = () => {
      if (!failedKeys.has(key)) ready(restore);
    };
    guardedListeners.set(listener, onStorage);
    guardedRestores.set(restore, onPageShow);
    eventSource.addEventListener(key, onStorage, onPageShow);
  },
  removeEventListener(key, listener, restore) {
    const onStorage = guardedListeners.get(listener);
    const onPageShow = guardedRestores.get(restore);
    if (onStorage && onPageShow) eventSource.removeEventListener(key, onStorage, onPageShow);
    guardedListeners.delete(listener);
    guardedRestores.delete(restore);
  },
};

setPersistentEngine(engine, events);

/** Copies an unreadable entry aside, unless the same text is already there. */
function quarantine(id: string, raw: string): boolean {
  const existing = storage
    .keys()
    .filter((k) => parseQuarantineKey(k)?.id === id)
    .some((k) => storage.get(k) === raw);
  if (existing) return true;
  return storage.set(quarantineKey(id, new Date()), raw).ok;
}

export interface ExerciseStore<T> {
  readonly def: ExerciseDef;
  readonly spec: KindSpec<T>;
  readonly $record: WritableAtom<WorkbookRecord<T>>;
  readonly empty: WorkbookRecord<T>;
  /** Applies a change to the answers and saves them with the current time. */
  update(change: (data: T) => T): void;
  /** Removes the saved answers; returns them so the person can undo. */
  clear(): WorkbookRecord<T>;
  /** Puts back a whole record, e.g. after undo or from a backup. */
  put(record: WorkbookRecord<T>): void;
}

/**
 * The store of an exercise, once it can be made: at once when nothing is
 * saved yet, otherwise after the kind's schema has loaded to check the answer.
 */
export function readyExercise<T>(def: ExerciseDef, spec: KindSpec<T>): ExerciseStore<T> | undefined {
  const existing = stores.get(def.id);
  if (existing) return existing as ExerciseStore<T>;
  if (schemaLoaded(spec) || storage.get(exerciseKey(def.id)) === null) return exerciseStore(def, spec);
  return undefined;
}

export async function prepareExercise<T>(def: ExerciseDef, spec: KindSpec<T>): Promise<ExerciseStore<T>> {
  await loadSchema(spec);
  return exerciseStore(def, spec);
}

function exerciseStore<T>(def: ExerciseDef, spec: KindSpec<T>): ExerciseStore<T> {
  const existing = stores.get(def.id);
  if (existing) return existing as ExerciseStore<T>;

  const key = exerciseKey(def.id);
  kindOfKey.set(key, spec);
  const empty = emptyRecord(spec, def);
  const $record = persistentAtom<WorkbookRecord<T>>(key, empty, {
    // An empty record is no record: clearing removes the key.
    encode: (r) => (isEmptyRecord(r) ? undefined : encodeRecord(r)) as string,
    decode(raw) {
      const result = decodeRecord(raw, spec, def);
      if (result.ok) {
        protectedKeys.delete(key);
        $unreadable.setKey(def.id, undefined as never);
        return result.record;
      }
      if (!quarantine(def.id, raw)) protectedKeys.add(key);
      $unreadable.setKey(def.id, result.problem);
      return empty;
    },
  });

  const store: ExerciseStore<T> = {
    def,
    spec,
    $record,
    empty,
    update(change) {
      const current = $record.get();
      $record.set({ v: spec.version, updatedAt: new Date().toISOString(), data: change(current.data) });
    },
    clear() {
      const previous = $record.get();
      $record.set(empty);
      return previous;
    },
    put(record) {
      $record.set(record);
    },
  };
  stores.set(def.id, store);
  return store;
}

let probed: WriteResult | undefined;

/**
 * Tries a real write once per page, so an exercise can say "not saved" before
 * the person types anything rather than after.
 */
export function probeStorage(): WriteResult {
  if (!probed) {
    const key = `${PREFIX}:meta:probe`;
    probed = storage.set(key, '1');
    if (probed.ok) storage.remove(key);
  }
  return probed;
}

let askedToPersist = false;

function askToPersist() {
  if (askedToPersist || typeof navigator === 'undefined') return;
  askedToPersist = true;
  const remembered = storage.get(PERSIST_KEY);
  if (remembered === 'granted' || remembered === 'denied') {
    $persistence.set(remembered);
    return;
  }
  if (!navigator.storage?.persist) {
    $persistence.set('unsupported');
    return;
  }
  navigator.storage.persist().then(
    (granted) => {
      const answer = granted ? 'granted' : 'denied';
      storage.set(PERSIST_KEY, answer);
      $persistence.set(answer);
    },
    () => $persistence.set('unsupported'),
  );
}

/** The storage (and other-tab events) the stores use; tests swap in fakes. */
export function switchStorage(next: SafeStorage, source: ChangeSource = noEvents, keys?: import('./lock/lock').KeyStore) {
  storage = next;
  base = next;
  lock = undefined;
  keyStore = keys;
  $lock.set('unknown');
  eventSource = source;
  probed = undefined;
  askedToPersist = false;
  protectedKeys.clear();
  failedKeys.clear();
  stores.clear();
  kindOfKey.clear();
  $saveStates.set({});
  $unreadable.set({});
  $persistence.set('unknown');
}

export function currentStorage(): SafeStorage {
  return storage;
}

/**
 * The lock, its code loaded on first need: on a page where the lock is on,
 * or to turn it on. Where it has never been on, no page loads it.
 */
export async function theLock(): Promise<Lock> {
  if (lock) return lock;
  const { attachLock } = await import('./lock/attach');
  if (lock) return lock;
  lock = attachLock(base, keyStore, {
    report,
    // Locked again: every open answer is dropped from memory; islands show
    // the unlock form, and make their stores afresh once unlocked.
    locked: () => stores.clear(),
    status: (s) => $lock.set(s),
  });
  storage = lock.storage;
  return lock;
}

// Another tab turned the lock on or off, or cleared everything: look again.
if (typeof window !== 'undefined') {
  addEventListener('storage', (e) => {
    if (e.key !== LOCK_KEY && e.key !== null) return;
    if (lock) void lock.resume();
    else if (e.newValue !== null) void theLock().then((l) => l.resume());
  });
}

/** Resolves once changes from other tabs are readable here (sealed ones opened first). */
export async function answersSettled(): Promise<void> {
  if (!lock) return;
  // After every listener of the storage event under way, the lock's included.
  await new Promise((resolve) => setTimeout(resolve));
  await lock.flush();
}

/** Reads the lock again, after everything was deleted (its entry too). */
export function lookAgainAtLock() {
  if (lock) void lock.resume();
}

/** Reads the lock once per page; resolves when answers may be read (or are locked). */
export async function lockReady(): Promise<LockStatus> {
  const now = $lock.get();
  if (now !== 'unknown') return now;
  if (!lock && base.get(LOCK_KEY) === null) {
    $lock.set('off');
    return 'off';
  }
  return (await theLock()).resume();
}

/** The open store for an exercise, if an island on this page made one. */
export function openStore(id: string): ExerciseStore<unknown> | undefined {
  return stores.get(id);
}
