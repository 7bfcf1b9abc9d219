// Puts the lock under the workbook store, in the browser: this tab's key in
// sessionStorage, the idle watch, and the header's "Lock now". Loaded only
// where the lock is on, or is being turned on.
import { exerciseIdOf, LOCK_EVENTS, SESSION_KEY } from '../keys';
import type { SafeStorage, WriteResult } from '../safe-storage';
import { createLock, type KeyStore, type Lock, type LockStatus } from './lock';
import { watchIdle } from './idle';

function safely<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

// sessionStorage ends with the tab, and is never shared with other tabs or
// kept on disk for later.
const sessionKeys: KeyStore = {
  get: () => safely(() => sessionStorage.getItem(SESSION_KEY)) ?? null,
  set: (v) => void safely(() => sessionStorage.setItem(SESSION_KEY, v)),
  remove: () => void safely(() => sessionStorage.removeItem(SESSION_KEY)),
};

interface Hooks {
  report(storageKey: string, result: WriteResult): void;
  locked(): void;
  status(status: LockStatus): void;
}

export function attachLock(base: SafeStorage, keys: KeyStore | undefined, hooks: Hooks): Lock {
  const lock = createLock(base, keys ?? sessionKeys);
  lock.onWriteFailure(hooks.report);
  lock.$status.listen((status) => {
    if (status === 'locked') hooks.locked();
    hooks.status(status);
    if (typeof window !== 'undefined') dispatchEvent(new Event(LOCK_EVENTS.changed));
  });
  if (typeof window !== 'undefined') {
    watchIdle(lock);
    // Another tab changed a sealed answer: open it now, so every reader of
    // storage on this page (My workbook, a plan, a backup) sees the new one.
    addEventListener('storage', (e) => {
      if (e.key && exerciseIdOf(e.key)) void lock.reveal(e.key, e.newValue);
    });
    // The header's "Lock now": save what was just typed, then lock.
    addEventListener(LOCK_EVENTS.lockNow, (e) => {
      e.preventDefault();
      void lock.lockNow();
    });
  }
  return lock;
}
