// The lock over the workbook's storage: answers sealed and opened again, a
// wrong passcode, damage, a full device, and a change of the lock cut short
// at every single write, then recovered on the next visit with nothing lost.
import { describe, expect, it } from 'vitest';
import { createSafeStorage, type SafeStorage } from '../../src/workbook/safe-storage';
import { exerciseKey } from '../../src/workbook/keys';
import { createLock, LOCK_KEY, waitAfter, type KeyStore } from '../../src/workbook/lock/lock';
import { FakeStorage } from './support/fake-storage';

const FAST = 1_000;
const PASSCODE = 'blue kettle 42';

const answer = (text: string, at = '2026-12-01T10:00:00.000Z') => JSON.stringify({ v: 1, updatedAt: at, data: { values: { fear: text } } });
const ANSWERS = {
  [exerciseKey('exposure-ladder')]: answer('asking my sister to coffee'),
  [exerciseKey('safety-plan')]: answer('call Dana before the party'),
  [exerciseKey('careful-letter')]: answer('I am sorry about the wedding'),
};
const TYPED = ['asking my sister', 'Dana', 'wedding'];

function device() {
  const disk = new FakeStorage();
  for (const [k, v] of Object.entries(ANSWERS)) disk.setItem(k, v);
  disk.setItem('reconnect:meta:persist', 'granted');
  return disk;
}

function tab(_disk?: FakeStorage): KeyStore & { value: string | null } {
  return {
    value: null,
    get() {
      return this.value;
    },
    set(v) {
      this.value = v;
    },
    remove() {
      this.value = null;
    },
  };
}

/** One page load over the device's storage, in a tab with these keys. */
const visit = (disk: FakeStorage, keys: KeyStore = tab()) =>
  createLock(
    createSafeStorage(() => disk),
    keys,
    FAST,
  );

/** A device whose answers are locked, in a tab that holds the key. */
async function lockedDevice(disk = device(), keys = tab()) {
  const lock = visit(disk, keys);
  await lock.resume();
  expect(await lock.turnOn(PASSCODE)).toEqual({ ok: true });
  return { disk, keys, lock };
}

const clearText = (disk: FakeStorage) => [...disk.items.values()].filter((v) => TYPED.some((t) => v.includes(t)));

describe('the lock', () => {
  it('seals every answer on the device, and reads them back unlocked', async () => {
    const disk = device();
    const lock = visit(disk);
    expect(await lock.resume()).toBe('off');
    expect(await lock.turnOn(PASSCODE)).toEqual({ ok: true });
    expect(lock.$status.get()).toBe('unlocked');
    expect(clearText(disk)).toEqual([]);
    // Keys, versions and times stay readable; only the data is sealed.
    const stored = JSON.parse(disk.getItem(exerciseKey('safety-plan'))!);
    expect(stored).toMatchObject({ v: 1, updatedAt: '2026-12-01T10:00:00.000Z', sealed: { iv: expect.any(String) } });
    for (const [k, v] of Object.entries(ANSWERS)) expect(JSON.parse(lock.storage.get(k)!)).toEqual(JSON.parse(v));
  });

  it('writes new answers sealed, and the next visit opens them with the passcode', async () => {
    const { disk, lock: first } = await lockedDevice();
    first.storage.set(exerciseKey('exposure-ladder'), answer('phone my old friend Kemi', '2026-12-02T10:00:00.000Z'));
    await first.flush();
    expect(clearText(disk)).toEqual([]);
    expect([...disk.items.values()].some((v) => v.includes('Kemi'))).toBe(false);

    const next = visit(disk);
    expect(await next.resume()).toBe('locked');
    // Locked: the answer is not there to read, and nothing can be written over it.
    expect(next.storage.get(exerciseKey('exposure-ladder'))).toBeNull();
    expect(next.storage.set(exerciseKey('exposure-ladder'), answer('typed while locked')).ok).toBe(false);
    expect(await next.unlock('wrong passcode')).toEqual({ ok: false, reason: 'wrong-passcode' });
    expect(next.$status.get()).toBe('locked');
    expect(await next.unlock(PASSCODE)).toEqual({ ok: true });
    expect(next.storage.get(exerciseKey('exposure-ladder'))).toContain('Kemi');
  });

  it('stays unlocked from page to page in one tab, and locks again when told', async () => {
    const { disk, keys } = await lockedDevice();
    const page2 = visit(disk, keys);
    expect(await page2.resume()).toBe('unlocked');
    await page2.lockNow();
    expect(keys.value).toBeNull();
    expect(page2.storage.get(exerciseKey('safety-plan'))).toBeNull();
    const page3 = visit(disk, keys);
    expect(await page3.resume()).toBe('locked');
  });

  it('reads what another tab wrote, once opened, and forgets what it removed', async () => {
    const { disk, lock } = await lockedDevice();
    const other = visit(disk);
    await other.resume();
    await other.unlock(PASSCODE);
    const k = exerciseKey('safety-plan');
    other.storage.set(k, answer('call Kemi instead'));
    await other.flush();
    expect(await lock.reveal(k, disk.getItem(k))).toContain('Kemi');
    expect(lock.storage.get(k)).toContain('Kemi');
    disk.removeItem(k);
    await lock.reveal(k, null);
    expect(lock.storage.get(k)).toBeNull();
  });

  it('keeps only the newest of several quick changes', async () => {
    const { disk, lock } = await lockedDevice();
    for (const word of ['K', 'Ke', 'Kem', 'Kemi']) lock.storage.set(exerciseKey('exposure-ladder'), answer(word));
    await lock.flush();
    const again = visit(disk);
    await again.resume();
    await again.unlock(PASSCODE);
    expect(JSON.parse(again.storage.get(exerciseKey('exposure-ladder'))!).data.values.fear).toBe('Kemi');
  });

  it('passes a damaged sealed answer on as it is, for the store to copy aside as unreadable', async () => {
    const { disk } = await lockedDevice();
    const k = exerciseKey('careful-letter');
    const stored = JSON.parse(disk.getItem(k)!);
    stored.sealed.ct = stored.sealed.ct.replace(/^./, (c: string) => (c === 'A' ? 'B' : 'A'));
    disk.setItem(k, JSON.stringify(stored));
    const next = visit(disk);
    await next.resume();
    expect(await next.unlock(PASSCODE)).toEqual({ ok: true });
    expect(next.storage.get(k)).toBe(JSON.stringify(stored));
    expect(next.storage.get(exerciseKey('safety-plan'))).toContain('Dana');
  });

  it('after five wrong tries in a row, makes each further try wait longer, even in a new tab', async () => {
    expect([0, 4, 5, 6, 7, 30].map(waitAfter)).toEqual([0, 0, 30, 60, 120, 900]);
    const { disk, lock } = await lockedDevice();
    await lock.lockNow();
    for (let i = 0; i < 5; i++) expect(await lock.unlock(`guess ${i}`)).toEqual({ ok: false, reason: 'wrong-passcode' });
    const other = visit(disk);
    await other.resume();
    const waiting = await other.unlock(PASSCODE);
    expect(waiting).toMatchObject({ ok: false, reason: 'wait' });
    expect((waiting as { seconds: number }).seconds).toBeGreaterThan(25);
    expect(other.$status.get()).toBe('locked');
  });

  it('turns off with the passcode, leaving every answer plain as before', async () => {
    const { disk, lock } = await lockedDevice();
    expect(await lock.turnOff('not it')).toEqual({ ok: false, reason: 'wrong-passcode' });
    expect(await lock.turnOff(PASSCODE)).toEqual({ ok: true });
    expect(lock.$status.get()).toBe('off');
    expect(disk.getItem(LOCK_KEY)).toBeNull();
    for (const [k, v] of Object.entries(ANSWERS)) expect(JSON.parse(disk.getItem(k)!)).toEqual(JSON.parse(v));
  });

  it('stays off, with every answer as it was, when the device is too full to seal them', async () => {
    const disk = device();
    disk.quota = [...disk.items].reduce((n, [k, v]) => n + k.length + v.length, 0) + 320;
    const lock = visit(disk);
    await lock.resume();
    expect(await lock.turnOn(PASSCODE)).toEqual({ ok: false, reason: 'storage' });
    expect(lock.$status.get()).toBe('off');
    expect(disk.getItem(LOCK_KEY)).toBeNull();
    for (const [k, v] of Object.entries(ANSWERS)) expect(JSON.parse(disk.getItem(k)!)).toEqual(JSON.parse(v));
  });
});

/** Storage that dies (as a closed tab would) after a number of writes. */
function crashAfter(disk: FakeStorage, writes: number): SafeStorage {
  const safe = createSafeStorage(() => disk);
  let left = writes;
  const die = () => {
    if (left-- <= 0) throw new Error('the tab was closed');
  };
  return {
    ...safe,
    set: (k, v) => (die(), safe.set(k, v)),
    remove: (k) => (die(), safe.remove(k)),
  };
}

describe('a change of the lock cut short', () => {
  // Writes: the lock entry, each answer, the entry again: 5 for turning on.
  for (let writes = 0; writes <= 5; writes++) {
    for (const closed of [false, true]) {
      it(`turning on, after ${writes} writes, ${closed ? 'tab closed' : 'page reloaded'}: the next visit finishes with nothing lost`, async () => {
        const disk = device();
        const keys = tab();
        const lock = createLock(crashAfter(disk, writes), keys, FAST);
        await lock.resume();
        await lock.turnOn(PASSCODE).catch(() => {});
        if (closed) keys.remove();

        const next = visit(disk, keys);
        const status = await next.resume();
        if (status === 'locked') expect(await next.unlock(PASSCODE)).toEqual({ ok: true });
        const lockedOrOff = next.$status.get();
        if (disk.getItem(LOCK_KEY) === null) {
          // Cut short before the lock was recorded: it is simply off.
          expect(lockedOrOff).toBe('off');
        } else {
          expect(lockedOrOff).toBe('unlocked');
          expect(JSON.parse(disk.getItem(LOCK_KEY)!).state).toBe('on');
          expect(clearText(disk)).toEqual([]);
        }
        for (const [k, v] of Object.entries(ANSWERS)) expect(JSON.parse(next.storage.get(k)!)).toEqual(JSON.parse(v));
      });
    }
  }

  // Writes: the lock entry, each answer, then removing the entry: 5 for turning off.
  for (let writes = 0; writes <= 5; writes++) {
    it(`turning off, after ${writes} writes: the next visit finishes with nothing lost`, async () => {
      const { disk, keys } = await lockedDevice();
      const lock = createLock(crashAfter(disk, writes), keys, FAST);
      await lock.resume();
      await lock.turnOff(PASSCODE).catch(() => {});
      keys.remove();

      const next = visit(disk, keys);
      if ((await next.resume()) === 'locked') expect(await next.unlock(PASSCODE)).toEqual({ ok: true });
      const meta = disk.getItem(LOCK_KEY);
      // Finished off, or still on when cut short before the change began.
      expect(meta === null ? 'off' : JSON.parse(meta).state).toMatch(/^(off|on)$/);
      for (const [k, v] of Object.entries(ANSWERS)) expect(JSON.parse(next.storage.get(k)!)).toEqual(JSON.parse(v));
    });
  }
});
