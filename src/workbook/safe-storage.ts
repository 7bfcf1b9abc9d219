// localStorage that never throws. Private modes, disabled storage, a full disk
// and browsers that throw on mere access all become a result the UI can explain.

export type WriteFailure = 'unavailable' | 'full' | 'error';
export type WriteResult = { ok: true } | { ok: false; reason: WriteFailure };

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export interface SafeStorage {
  /** False when the browser refuses storage altogether. */
  available(): boolean;
  get(key: string): string | null;
  set(key: string, value: string): WriteResult;
  remove(key: string): WriteResult;
  keys(): string[];
}

function isQuotaError(err: unknown): boolean {
  if (!(err instanceof Error) && !(typeof DOMException !== 'undefined' && err instanceof DOMException)) return false;
  const e = err as { name?: string; code?: number };
  // Names differ between browsers; 22 and 1014 are the legacy codes.
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

/** Wraps a storage, found lazily: merely reading window.localStorage can throw. */
export function createSafeStorage(find: () => StorageLike | undefined): SafeStorage {
  let storage: StorageLike | undefined;
  let looked = false;
  const backing = (): StorageLike | undefined => {
    if (!looked) {
      looked = true;
      try {
        storage = find();
      } catch {
        storage = undefined;
      }
    }
    return storage;
  };

  return {
    available: () => backing() !== undefined,
    get(key) {
      try {
        return backing()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      const s = backing();
      if (!s) return { ok: false, reason: 'unavailable' };
      try {
        s.setItem(key, value);
        return { ok: true };
      } catch (err) {
        return { ok: false, reason: isQuotaError(err) ? 'full' : 'unavailable' };
      }
    },
    remove(key) {
      const s = backing();
      if (!s) return { ok: false, reason: 'unavailable' };
      try {
        s.removeItem(key);
        return { ok: true };
      } catch {
        return { ok: false, reason: 'error' };
      }
    },
    keys() {
      const s = backing();
      if (!s) return [];
      try {
        const out: string[] = [];
        for (let i = 0; i < s.length; i++) {
          const k = s.key(i);
          if (k !== null) out.push(k);
        }
        return out;
      } catch {
        return [];
      }
    },
  };
}

/** The browser's localStorage, or none on the server and where it is refused. */
export const browserStorage = createSafeStorage(() => (typeof window === 'undefined' ? undefined : window.localStorage));
