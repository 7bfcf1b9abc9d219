// The storage keys are a contract: people's saved answers live under them.
// Never rename; add a new key and migrate instead.

export const PREFIX = 'reconnect';
const EXERCISE = `${PREFIX}:exercise:`;
const QUARANTINE = `${PREFIX}:quarantine:`;
export const PERSIST_KEY = `${PREFIX}:meta:persist`;
/** The passcode lock's salt and check value, present while the lock is on. */
export const LOCK_KEY = `${PREFIX}:meta:lock`;
/** In sessionStorage only: this tab's key while the lock is open. */
export const SESSION_KEY = `${PREFIX}:lock:key`;
/** In sessionStorage only: when this tab last had input, for locking again after a while. */
export const ACTIVE_KEY = `${PREFIX}:lock:active`;

export const exerciseKey = (id: string) => `${EXERCISE}${id}`;

/** Exercise id of an answer key, or undefined for any other key. */
export function exerciseIdOf(key: string): string | undefined {
  return key.startsWith(EXERCISE) ? key.slice(EXERCISE.length) : undefined;
}

/** A quarantine key is unique per exercise and moment, so a copy is never overwritten. */
export const quarantineKey = (id: string, at: Date) => `${QUARANTINE}${id}:${at.toISOString()}`;

export function parseQuarantineKey(key: string): { id: string; at: string } | undefined {
  if (!key.startsWith(QUARANTINE)) return undefined;
  const rest = key.slice(QUARANTINE.length);
  const split = rest.indexOf(':');
  if (split < 1) return undefined;
  return { id: rest.slice(0, split), at: rest.slice(split + 1) };
}

export const isOurKey = (key: string) => key.startsWith(`${PREFIX}:`);

/** Window events between the header's "Lock now" and the workbook store. */
export const LOCK_EVENTS = {
  /** Asks the page to lock; a page with a store cancels it and locks after saving. */
  lockNow: `${PREFIX}:lock-now`,
  /** The lock changed in this tab (locked, unlocked, on or off). */
  changed: `${PREFIX}:lock-changed`,
} as const;
