// The optional passcode lock. While it is on, every answer is stored sealed
// (lock/sealing.ts) and this tab holds the key only once the reader unlocks,
// in sessionStorage, so moving between pages does not ask again.
//
// Turning the lock on or off changes one record at a time, each written and
// then read back before the next; the lock's own entry says which way the
// change was going. A record is always wholly sealed or wholly plain, so a
// change cut short loses nothing: the next unlock finishes it.
import { atom } from 'nanostores';
import { exerciseIdOf, LOCK_KEY } from '../keys';
import { isObject } from '../../lib/is-object';
import type { SafeStorage, WriteResult } from '../safe-storage';
import { exportKey, fitsLock, importKey, isSealed, keyFor, newLock, PBKDF2_ITERATIONS, type LockParams } from './crypto';
import { isSealedRaw, openRecord, parseJson, sealRecord } from './sealing';
import { DEFAULT_IDLE_MINUTES, IDLE_MINUTES, type IdleMinutes } from './settings';
import { makeLockedBackup, type LockedBackupFile } from './backup';
import type { WorkbookRecord } from '../record';

export { LOCK_KEY };

/** Which way a change of the lock was going: on, or off. */
type Direction = 'on' | 'off';

export interface LockMeta extends LockParams {
  v: 1;
  /** Lock again after this long without input; 15 when not chosen. */
  idleMinutes?: IdleMinutes;
  /** "on" once every record is sealed; while turning it on or off, the way it was going. */
  state: 'on' | 'turning-on' | 'turning-off';
}

/** "unknown" until this page has read the lock (and unlocked with the tab's key). */
export type LockStatus = 'unknown' | 'off' | 'locked' | 'unlocked';

export type LockResult =
  | { ok: true }
  | { ok: false; reason: 'wrong-passcode' | 'storage' | 'no-lock' | 'already-on' }
  /** Too many wrong tries in a row: the next may come after this many seconds. */
  | { ok: false; reason: 'wait'; seconds: number };

/** Wrong tries allowed in a row before each further try waits. */
export const FREE_TRIES = 5;
const TRIES_KEY = `${LOCK_KEY}:tries`;

/** Seconds to wait after this many wrong tries in a row: none for five, then 30 s, doubling, at most 15 minutes. */
export function waitAfter(wrongInARow: number): number {
  return wrongInARow < FREE_TRIES ? 0 : Math.min(30 * 2 ** (wrongInARow - FREE_TRIES), 15 * 60);
}

/** sessionStorage, or a fake in tests. */
export interface KeyStore {
  get(): string | null;
  set(value: string): void;
  remove(): void;
}

function readMeta(base: SafeStorage): LockMeta | undefined {
  const raw = base.get(LOCK_KEY);
  if (raw === null) return undefined;
  const m = parseJson(raw);
  if (isObject(m) && typeof m.salt === 'string' && Number.isInteger(m.iterations) && isSealed(m.check)) return m as unknown as LockMeta;
  // A damaged lock entry: treated as on, so nothing is ever written in clear.
  return { v: 1, state: 'on', salt: '', iterations: PBKDF2_ITERATIONS, check: { iv: '', ct: '' } };
}

const isRecordKey = (key: string) => exerciseIdOf(key) !== undefined;

/** Same record, whatever the key order or spacing of the JSON. */
function sameRecord(a: string, b: string): boolean {
  try {
    const x = JSON.parse(a) as Record<string, unknown>;
    const y = JSON.parse(b) as Record<string, unknown>;
    return x.v === y.v && x.updatedAt === y.updatedAt && JSON.stringify(x.data) === JSON.stringify(y.data);
  } catch {
    return a === b;
  }
}

export interface Lock {
  /** The storage the workbook uses: answers go through here, sealed when the lock is on. */
  storage: SafeStorage;
  $status: ReturnType<typeof atom<LockStatus>>;
  /** Reads the lock, and unlocks with this tab's key if it has one. */
  resume(): Promise<LockStatus>;
  turnOn(passcode: string): Promise<LockResult>;
  unlock(passcode: string): Promise<LockResult>;
  turnOff(passcode: string): Promise<LockResult>;
  lockNow(): Promise<void>;
  /** Opens a sealed value another tab wrote, for this tab's stores. */
  reveal(storageKey: string, raw: string | null): Promise<string | null>;
  /** Resolves once every answer typed so far has been sealed and written, and every change from another tab opened. */
  flush(): Promise<void>;
  /** A backup sealed with this tab's key; undefined unless unlocked. */
  lockedBackup(records: Record<string, WorkbookRecord>): Promise<LockedBackupFile | undefined>;
  idleMinutes(): IdleMinutes;
  setIdleMinutes(minutes: IdleMinutes): boolean;
  /** Told when a sealed answer could not be written (the device is full). */
  onWriteFailure(listener: (storageKey: string, result: WriteResult) => void): void;
}

export function createLock(base: SafeStorage, keys: KeyStore, iterations = PBKDF2_ITERATIONS): Lock {
  const $status = atom<LockStatus>('unknown');
  let key: CryptoKey | undefined;
  /** The opened text of each sealed answer, while unlocked. */
  const opened = new Map<string, string>();
  /** A number per key, so only the newest of several quick changes is written. */
  const versions = new Map<string, number>();
  const writing = new Set<Promise<void>>();
  let failed: (storageKey: string, result: WriteResult) => void = () => {};

  /** Waits for `job` in flush(), e.g. before locking or turning the lock off. */
  const track = (job: Promise<unknown>) => {
    const done = job.then(
      () => {},
      () => {},
    );
    writing.add(done);
    void done.finally(() => writing.delete(done));
  };
  // Only whether the lock's entry is there: this runs on every read and write of an answer.
  const lockOn = () => base.get(LOCK_KEY) !== null;

  const bump = (k: string) => {
    const n = (versions.get(k) ?? 0) + 1;
    versions.set(k, n);
    return n;
  };

  const storage: SafeStorage = {
    available: () => base.available(),
    keys: () => base.keys(),
    get(k) {
      if (!isRecordKey(k) || !lockOn()) return base.get(k);
      if (opened.has(k)) return opened.get(k)!;
      const raw = base.get(k);
      // Locked, a sealed answer is not there to read; unlocked, one that
      // would not open comes through as it is, to be copied aside as unreadable.
      return !key && isSealedRaw(raw) ? null : raw;
    },
    set(k, value) {
      if (!isRecordKey(k) || !lockOn()) return base.set(k, value);
      // Never in clear, and never over a sealed answer while locked.
      if (!key) return { ok: false, reason: 'error' };
      if (!base.available()) return { ok: false, reason: 'unavailable' };
      opened.set(k, value);
      const n = bump(k);
      const sealing = key;
      track(
        sealRecord(sealing, k, value).then((sealed) => {
          if (versions.get(k) !== n) return;
          const result = base.set(k, sealed);
          if (!result.ok) failed(k, result);
        }),
      );
      return { ok: true };
    },
    remove(k) {
      opened.delete(k);
      bump(k);
      return base.remove(k);
    },
  };

  const forget = () => {
    key = undefined;
    opened.clear();
    keys.remove();
  };

  const writeMeta = (meta: LockMeta) => base.set(LOCK_KEY, JSON.stringify(meta)).ok;

  /**
   * Seals every plain answer (turning on) or opens every sealed one (turning
   * off), one at a time: write, read back, check, then the next. False if
   * storage refused a write; that record is left as it was.
   */
  async function convert(to: Direction, k: CryptoKey): Promise<boolean> {
    for (const storageKey of base.keys().filter(isRecordKey)) {
      const raw = base.get(storageKey);
      if (raw === null) continue;
      const sealed = isSealedRaw(raw);
      if (to === 'on' && sealed) {
        const text = await openRecord(k, storageKey, raw);
        if (text !== undefined) opened.set(storageKey, text);
        continue;
      }
      if (to === 'off' && !sealed) continue;
      const next = to === 'on' ? await sealRecord(k, storageKey, raw) : await openRecord(k, storageKey, raw);
      // An answer that will not open stays sealed, to be reported as unreadable.
      if (next === undefined) continue;
      if (base.get(storageKey) !== raw) return convert(to, k); // another tab changed it: start again
      if (!base.set(storageKey, next).ok) return false;
      const back = base.get(storageKey);
      const check = to === 'on' && back !== null ? await openRecord(k, storageKey, back) : back;
      if (check === undefined || check === null || !sameRecord(check, to === 'on' ? raw : next)) {
        base.set(storageKey, raw);
        return false;
      }
      if (to === 'on') opened.set(storageKey, raw);
    }
    return true;
  }

  async function holdKey(k: CryptoKey) {
    key = k;
    keys.set(await exportKey(k));
  }

  /** Completes a change cut short, once the key is known. */
  async function finish(k: CryptoKey): Promise<LockResult> {
    const meta = readMeta(base);
    if (!meta) return { ok: true };
    if (meta.state === 'turning-off') {
      if (!(await convert('off', k))) return { ok: false, reason: 'storage' };
      base.remove(LOCK_KEY);
      forget();
      $status.set('off');
      return { ok: true };
    }
    if (!(await convert('on', k))) return { ok: false, reason: 'storage' };
    if (meta.state !== 'on' && !writeMeta({ ...meta, state: 'on' })) return { ok: false, reason: 'storage' };
    $status.set('unlocked');
    return { ok: true };
  }

  // Kept on the device, not in the tab, so a reload or a new tab does not reset the count.
  const tries = (): { wrong: number; at: number } => {
    const t = parseJson(base.get(TRIES_KEY) ?? '');
    return isObject(t) && Number.isInteger(t.wrong) && Number.isFinite(t.at) ? (t as { wrong: number; at: number }) : { wrong: 0, at: 0 };
  };

  /** The key for a passcode, counting wrong tries; or why there is none. */
  async function tryPasscode(meta: LockMeta, passcode: string, now = Date.now()): Promise<CryptoKey | LockResult> {
    const t = tries();
    const waitUntil = t.at + waitAfter(t.wrong) * 1000;
    if (now < waitUntil) return { ok: false, reason: 'wait', seconds: Math.ceil((waitUntil - now) / 1000) };
    const k = await keyFor(passcode, meta);
    if (k) base.remove(TRIES_KEY);
    else base.set(TRIES_KEY, JSON.stringify({ wrong: t.wrong + 1, at: now }));
    return k ?? { ok: false, reason: 'wrong-passcode' };
  }

  /** The key for a passcode, if the lock is on and the passcode is right. */
  async function passcodeKey(passcode: string): Promise<CryptoKey | LockResult> {
    const meta = readMeta(base);
    return meta ? tryPasscode(meta, passcode) : { ok: false, reason: 'no-lock' };
  }

  return {
    storage,
    $status,
    onWriteFailure(listener) {
      failed = listener;
    },
    async lockedBackup(records) {
      const meta = readMeta(base);
      if (!key || !meta) return undefined;
      return makeLockedBackup(key, { salt: meta.salt, iterations: meta.iterations, check: meta.check }, records);
    },
    idleMinutes() {
      const chosen = readMeta(base)?.idleMinutes;
      return chosen && IDLE_MINUTES.includes(chosen) ? chosen : DEFAULT_IDLE_MINUTES;
    },
    setIdleMinutes(minutes) {
      const meta = readMeta(base);
      return meta !== undefined && writeMeta({ ...meta, idleMinutes: minutes });
    },
    async flush() {
      while (writing.size) await Promise.all([...writing]);
    },
    async resume() {
      const meta = readMeta(base);
      if (!meta) {
        forget();
        $status.set('off');
        return 'off';
      }
      const saved = keys.get();
      const k = saved ? await importKey(saved) : undefined;
      if (k && (await fitsLock(k, meta))) {
        key = k;
        await finish(k);
      } else {
        forget();
        $status.set('locked');
      }
      return $status.get();
    },
    async turnOn(passcode) {
      if (readMeta(base)) return { ok: false, reason: 'already-on' };
      const made = await newLock(passcode, iterations);
      if (!writeMeta({ v: 1, state: 'turning-on', ...made.params })) return { ok: false, reason: 'storage' };
      await holdKey(made.key);
      const done = await finish(made.key);
      if (done.ok) return done;
      // Not enough room to seal everything: put back what was sealed, and the lock stays off.
      await convert('off', made.key);
      base.remove(LOCK_KEY);
      forget();
      $status.set('off');
      return done;
    },
    async unlock(passcode) {
      const k = await passcodeKey(passcode);
      if (!(k instanceof CryptoKey)) return k;
      await holdKey(k);
      return finish(k);
    },
    async turnOff(passcode) {
      const k = await passcodeKey(passcode);
      if (!(k instanceof CryptoKey)) return k;
      await this.flush();
      const meta = readMeta(base);
      if (!meta) return { ok: false, reason: 'no-lock' };
      if (!writeMeta({ ...meta, state: 'turning-off' })) return { ok: false, reason: 'storage' };
      await holdKey(k);
      return finish(k);
    },
    async lockNow() {
      await this.flush();
      if (!readMeta(base)) return;
      forget();
      $status.set('locked');
    },
    reveal(storageKey, raw) {
      const job = (async () => {
        // Removed, or written plain (the lock turned off elsewhere): read from storage again.
        if (raw === null || !isSealedRaw(raw)) {
          opened.delete(storageKey);
          return raw;
        }
        if (!key) return null;
        const text = await openRecord(key, storageKey, raw);
        if (text === undefined) opened.delete(storageKey);
        else opened.set(storageKey, text);
        return text ?? raw;
      })();
      track(job);
      return job;
    },
  };
}
