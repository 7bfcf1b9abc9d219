import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../src/workbook/safe-storage';
import { problemText } from '../../src/workbook/record';
import { $saveStates, $unreadable, lockReady, prepareExercise, probeStorage, readyExercise, switchStorage, theLock, type StorageChange } from '../../src/workbook/store';
import { worksheet, type WorksheetData } from '../../src/workbook/kinds/worksheet';
import { exerciseKey } from '../../src/workbook/keys';
import { quarantinedEntries } from '../../src/workbook/workbook';
import type { KindSpec } from '../../src/workbook/kinds/types';
import { FakeStorage } from './support/fake-storage';
import { sheet } from './support/defs';

let fake: FakeStorage;
type Listener = (e: StorageChange) => void;
let listeners: Listener[];

beforeEach(() => {
  fake = new FakeStorage();
  listeners = [];
  switchStorage(
    createSafeStorage(() => fake),
    {
      addEventListener: (_key, l) => listeners.push(l),
      removeEventListener: (_key, l) => (listeners = listeners.filter((x) => x !== l)),
    },
  );
});

const open = async () => {
  const store = await prepareExercise(sheet, worksheet);
  const unbind = store.$record.listen(() => {});
  return { store, unbind };
};
const setName = (name: string) => (d: WorksheetData) => ({ ...d, values: { ...d.values, name } });
const saved = () => JSON.parse(fake.items.get(exerciseKey(sheet.id)) ?? 'null');

describe('opening an exercise', () => {
  it('is immediate when nothing is saved, and waits for the schema when something is', async () => {
    const fresh = { ...worksheet };
    expect(readyExercise(sheet, fresh)).toBeDefined();
    switchStorage(createSafeStorage(() => fake));
    fake.items.set(exerciseKey(sheet.id), JSON.stringify({ v: 1, updatedAt: '2026-01-01T00:00:00.000Z', data: { values: {}, entries: [] } }));
    const other = { ...worksheet };
    expect(readyExercise(sheet, other)).toBeUndefined();
    expect(await prepareExercise(sheet, other)).toBeDefined();
  });
});

describe('saving', () => {
  it('writes one versioned record per exercise and says it is saved', async () => {
    const { store } = await open();
    store.update(setName('Ana'));
    expect(saved()).toMatchObject({ v: 1, data: { values: { name: 'Ana' } } });
    expect(Date.parse(saved().updatedAt)).not.toBeNaN();
    expect($saveStates.get()[sheet.id]?.state).toBe('saved');
  });

  it('reads the answers back in a new visit', async () => {
    (await open()).store.update(setName('Ana'));
    switchStorage(createSafeStorage(() => fake));
    const { store } = await open();
    expect((store.$record.get().data as WorksheetData).values.name).toBe('Ana');
  });

  it('clears, and undo puts the answers back', async () => {
    const { store } = await open();
    store.update(setName('Ana'));
    const previous = store.clear();
    expect(fake.items.has(exerciseKey(sheet.id))).toBe(false);
    expect($saveStates.get()[sheet.id]?.state).toBe('cleared');
    store.put(previous);
    expect(saved().data.values.name).toBe('Ana');
  });
});

describe('when storage is refused', () => {
  it('keeps working in memory and says answers are not saved', async () => {
    fake.broken = true;
    const { store } = await open();
    expect(probeStorage()).toEqual({ ok: false, reason: 'unavailable' });
    expect(() => store.update(setName('Ana'))).not.toThrow();
    expect((store.$record.get().data as WorksheetData).values.name).toBe('Ana');
    expect($saveStates.get()[sheet.id]).toEqual({ state: 'failed', reason: 'unavailable' });
  });

  it('copes with a browser where reading localStorage itself throws', async () => {
    switchStorage(
      createSafeStorage(() => {
        throw new Error('SecurityError');
      }),
    );
    const { store } = await open();
    store.update(setName('Ana'));
    expect((store.$record.get().data as WorksheetData).values.name).toBe('Ana');
    expect($saveStates.get()[sheet.id]).toEqual({ state: 'failed', reason: 'unavailable' });
  });
});

describe('when the device is full', () => {
  it('keeps the new answer in memory, says the device is full, and loses nothing saved', async () => {
    const { store } = await open();
    store.update(setName('Ana'));
    const before = fake.items.get(exerciseKey(sheet.id));
    fake.quota = before!.length + 40;
    store.update(setName('A much longer name that will not fit in the little space left'));
    expect((store.$record.get().data as WorksheetData).values.name).toMatch(/much longer/);
    expect($saveStates.get()[sheet.id]).toEqual({ state: 'failed', reason: 'full' });
    expect(fake.items.get(exerciseKey(sheet.id))).toBe(before);
  });

  it('does not reset the unsaved answer when another key changes', async () => {
    fake.quota = 10;
    const { store } = await open();
    store.update(setName('Ana'));
    for (const l of listeners) l({ key: 'reconnect:exercise:other', newValue: '{}' });
    expect((store.$record.get().data as WorksheetData).values.name).toBe('Ana');
  });
});

describe('an unreadable entry', () => {
  it.each([
    ['not JSON', '{"v":1,"updatedAt'],
    ['the wrong shape', JSON.stringify({ v: 1, updatedAt: '2026-01-01T00:00:00.000Z', data: { values: { mood: 'very' } } })],
    ['no envelope', JSON.stringify({ name: 'Ana' })],
    ['from a newer version', JSON.stringify({ v: 99, updatedAt: '2026-01-01T00:00:00.000Z', data: {} })],
  ])('(%s) is copied aside, the exercise starts empty, and the page is told', async (_, raw) => {
    fake.items.set(exerciseKey(sheet.id), raw);
    const { store } = await open();
    expect(store.$record.get()).toEqual(store.empty);
    expect($unreadable.get()[sheet.id]).toBeTruthy();
    const copies = quarantinedEntries();
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ id: sheet.id, raw });
  });

  it('is never copied twice, and a copy is never overwritten', async () => {
    fake.items.set(exerciseKey(sheet.id), 'garbage');
    await open();
    switchStorage(createSafeStorage(() => fake));
    await open();
    expect(quarantinedEntries()).toHaveLength(1);
  });

  it('is not overwritten when it could not be copied aside', async () => {
    fake.items.set(exerciseKey(sheet.id), 'garbage');
    fake.quota = 'garbage'.length + exerciseKey(sheet.id).length;
    const { store } = await open();
    store.update(setName('Ana'));
    expect(fake.items.get(exerciseKey(sheet.id))).toBe('garbage');
    expect($saveStates.get()[sheet.id]?.state).toBe('failed');
    expect((store.$record.get().data as WorksheetData).values.name).toBe('Ana');
  });
});

describe('older versions', () => {
  // Version 1 kept a single "note" string; version 2 splits it into lines.
  const notesV2: KindSpec<{ lines: string[] }> = {
    ...(worksheet as unknown as KindSpec<{ lines: string[] }>),
    version: 2,
    loadSchema: async () => () => v.object({ lines: v.array(v.string()) }),
    empty: () => ({ lines: [] }),
    migrations: { 1: (old: any) => ({ lines: String(old.note).split('\n') }) },
  };

  it('are migrated on reading, and nothing is lost', async () => {
    const old = { v: 1, updatedAt: '2026-03-01T10:00:00.000Z', data: { note: 'first\nsecond' } };
    fake.items.set(exerciseKey(sheet.id), JSON.stringify(old));
    const store = await prepareExercise(sheet, notesV2);
    store.$record.listen(() => {});
    expect(store.$record.get()).toEqual({ v: 2, updatedAt: old.updatedAt, data: { lines: ['first', 'second'] } });
    expect(quarantinedEntries()).toHaveLength(0);
  });
});

describe('other tabs', () => {
  it('an edit saved in another tab shows here', async () => {
    const { store } = await open();
    const other = { v: 1, updatedAt: new Date().toISOString(), data: { values: { name: 'From the other tab' }, entries: [] } };
    const raw = JSON.stringify(other);
    fake.items.set(exerciseKey(sheet.id), raw);
    for (const l of listeners) l({ key: exerciseKey(sheet.id), newValue: raw });
    expect((store.$record.get().data as WorksheetData).values.name).toBe('From the other tab');
  });

  it('clearing in another tab clears here', async () => {
    const { store } = await open();
    store.update(setName('Ana'));
    fake.items.delete(exerciseKey(sheet.id));
    for (const l of listeners) l({ key: exerciseKey(sheet.id), newValue: null });
    expect(store.$record.get()).toEqual(store.empty);
  });
});

describe('with the passcode lock on', () => {
  const tabKeys = () => {
    let value: string | null = null;
    return { get: () => value, set: (v: string) => void (value = v), remove: () => void (value = null) };
  };

  it('writes answers sealed, reads them back in the next visit of the same tab, and quarantines one that is damaged', async () => {
    const keys = tabKeys();
    switchStorage(
      createSafeStorage(() => fake),
      undefined,
      keys,
    );
    expect(await lockReady()).toBe('off');
    await (await theLock()).turnOn('blue kettle');
    const { store, unbind } = await open();
    store.update(setName('Ana from the Tuesday group'));
    await (await theLock()).flush();
    unbind();
    expect(fake.items.get(exerciseKey(sheet.id))).not.toContain('Ana');
    expect(saved()).toMatchObject({ v: 1, sealed: {} });

    // The next page in this tab: unlocked with the tab's key, answers as typed.
    switchStorage(
      createSafeStorage(() => fake),
      undefined,
      keys,
    );
    expect(await lockReady()).toBe('unlocked');
    expect((await open()).store.$record.get().data.values.name).toBe('Ana from the Tuesday group');

    // Damaged on the device: copied aside as unreadable, and said so; nothing thrown.
    const damaged = saved();
    damaged.sealed.ct = 'AAAA' + damaged.sealed.ct.slice(4);
    fake.items.set(exerciseKey(sheet.id), JSON.stringify(damaged));
    switchStorage(
      createSafeStorage(() => fake),
      undefined,
      keys,
    );
    await lockReady();
    const again = await open();
    expect(again.store.$record.get().data.values).toEqual({});
    expect(problemText($unreadable.get()[sheet.id]!)).toMatch(/could not be opened/);
    expect(quarantinedEntries().map((q) => JSON.parse(q.raw))).toEqual([damaged]);
  });
});
