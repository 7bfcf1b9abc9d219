// An in-memory Storage that can be told to fail like real browsers do.
import type { StorageLike } from '../../../src/workbook/safe-storage';

export class FakeStorage implements StorageLike {
  items = new Map<string, string>();
  /** Total characters allowed (keys + values), like a browser quota. */
  quota = Infinity;
  /** Every call throws, as in a browser with storage switched off. */
  broken = false;

  get length() {
    this.check();
    return this.items.size;
  }
  key(i: number) {
    this.check();
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    this.check();
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.check();
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) {
      const err = new Error('The quota has been exceeded.');
      err.name = 'QuotaExceededError';
      throw err;
    }
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.check();
    this.items.delete(key);
  }
  private check() {
    if (this.broken) {
      const err = new Error('Access is denied for this document.');
      err.name = 'SecurityError';
      throw err;
    }
  }
}
