import { beforeEach, describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../src/workbook/safe-storage';
import { prepareExercise, switchStorage } from '../../src/workbook/store';
import { loadSchema } from '../../src/workbook/record';
import { worksheet, type WorksheetData } from '../../src/workbook/kinds/worksheet';
import { planRestore, BACKUP_FORMAT, type Known } from '../../src/workbook/backup';
import { backupOf, deleteEverything, readRecord, savedEntries, writeRecord } from '../../src/workbook/workbook';
import { FakeStorage } from './support/fake-storage';
import { journal, sheet } from './support/defs';
import { createLock } from '../../src/workbook/lock/lock';
import { isLockedBackup, openLockedBackup } from '../../src/workbook/lock/backup';

let fake: FakeStorage;
const known = (id: string): Known | undefined =>
  id === sheet.id ? { def: sheet, spec: worksheet as never } : id === journal.id ? { def: journal, spec: worksheet as never } : undefined;
const onDevice = (id: string) => {
  const k = known(id);
  return k ? readRecord(k) : undefined;
};

beforeEach(async () => {
  await loadSchema(worksheet);
  fake = new FakeStorage();
  switchStorage(createSafeStorage(() => fake));
});

async function fillSome() {
  const s = await prepareExercise(sheet, worksheet);
  s.update((d) => ({ ...d, values: { name: 'Ana <b>bold</b>', mood: 7, people: ['Sam', 'Ria'], when: 'Evening' } }));
  const j = await prepareExercise(journal, worksheet);
  j.update((d) => ({ ...d, entries: [{ id: 'e1', date: '2026-11-20', values: { story: 'A walk with Sam' } }] }));
}

const record = (updatedAt: string, name: string) => ({ v: 1, updatedAt, data: { values: { name }, entries: [] } });
const file = (entries: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: '2026-11-21T10:00:00.000Z', entries, ...extra });

describe('backup and restore', () => {
  it('round-trips: export, delete everything, restore, and the answers are identical', async () => {
    await fillSome();
    const before = savedEntries(known);
    const text = JSON.stringify(backupOf(before));
    expect(deleteEverything()).toBe(0);
    expect(savedEntries(known)).toEqual([]);

    const plan = planRestore(text, known, onDevice);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.items.map((i) => i.action)).toEqual(['add', 'add']);
    for (const item of plan.items) await writeRecord(known(item.id)!, item.incoming);
    expect(savedEntries(known)).toEqual(before);
  });

  it('keeps markup as plain text', async () => {
    await fillSome();
    const plan = planRestore(JSON.stringify(backupOf(savedEntries(known))), known, () => undefined);
    if (!plan.ok) throw new Error(plan.error);
    const sheetItem = plan.items.find((i) => i.id === sheet.id)!;
    expect((sheetItem.incoming.data as WorksheetData).values.name).toBe('Ana <b>bold</b>');
  });

  it('never plans to overwrite a newer answer on the device', async () => {
    await writeRecord(known(sheet.id)!, record('2026-11-22T09:00:00.000Z', 'newer on device'));
    const plan = planRestore(file({ [sheet.id]: record('2026-11-01T09:00:00.000Z', 'older in file') }), known, onDevice);
    expect(plan.ok && plan.items[0]!.action).toBe('keep-device');
  });

  it('plans to replace an older answer, and notices identical ones', async () => {
    await writeRecord(known(sheet.id)!, record('2026-11-01T09:00:00.000Z', 'older on device'));
    await writeRecord(known(journal.id)!, record('2026-11-01T09:00:00.000Z', 'same'));
    const plan = planRestore(
      file({ [sheet.id]: record('2026-11-20T09:00:00.000Z', 'newer in file'), [journal.id]: record('2026-11-21T09:00:00.000Z', 'same') }),
      known,
      onDevice,
    );
    expect(plan.ok && plan.items.map((i) => i.action)).toEqual(['replace', 'same']);
  });
});

describe('restore rejects bad files and changes nothing', () => {
  const cases: [string, string, RegExp][] = [
    ['not JSON', 'hello', /could not be read/],
    ['an HTML page', '<html><script>alert(1)</script></html>', /could not be read/],
    ['another format', JSON.stringify({ format: 'other', entries: {} }), /not a workbook backup from this site/],
    ['a JSON array', '[1,2,3]', /not a workbook backup from this site/],
    ['a newer backup version', file({}, { version: 9 }), /newer version/],
    ['no entries', file({}), /holds no answers/],
    ['more than 5 MB', 'x'.repeat(5 * 1024 * 1024 + 1), /too large/],
  ];
  it.each(cases)('%s', async (_, text, message) => {
    await fillSome();
    const before = new Map(fake.items);
    const plan = planRestore(text, known, onDevice);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.error).toMatch(message);
    expect(fake.items).toEqual(before);
  });

  it('leaves out unknown exercises, wrong types and huge strings, saying why', async () => {
    const huge = 'a'.repeat(3 * 1024 * 1024);
    const plan = planRestore(
      file({
        'no-such-exercise': record('2026-11-01T09:00:00.000Z', 'x'),
        [sheet.id]: { v: 1, updatedAt: '2026-11-01T09:00:00.000Z', data: { values: { mood: 'seven' }, entries: [] } },
        [journal.id]: record('2026-11-01T09:00:00.000Z', huge),
      }),
      known,
      onDevice,
    );
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.items).toEqual([]);
    expect(plan.rejected.map((r) => r.id)).toEqual(['no-such-exercise', sheet.id, journal.id]);
    expect(plan.rejected[0]!.reason).toMatch(/no exercise with that name/);
    expect(plan.rejected[1]!.reason).toMatch(/not in the expected shape/);
    expect(fake.items.size).toBe(0);
  });
});

describe('a backup of a locked workbook', () => {
  it('is sealed with the passcode, and restores on another device only with it', async () => {
    await fillSome();
    const records = Object.fromEntries(savedEntries(known).map((e) => [e.id, e.record]));
    const lock = createLock(
      createSafeStorage(() => fake),
      { get: () => null, set() {}, remove() {} },
      1_000,
    );
    await lock.resume();
    await lock.turnOn('blue kettle');
    const text = JSON.stringify(await lock.lockedBackup(records));
    expect(text).not.toMatch(/Ana|Sam|Ria|Evening/);
    expect(isLockedBackup(text)).toBe(true);
    // Read as a plain backup, it is from a newer version: never half-read.
    expect(planRestore(text, known, onDevice)).toMatchObject({ ok: false, error: expect.stringContaining('newer version') });

    // Another device, with nothing on it.
    fake = new FakeStorage();
    switchStorage(createSafeStorage(() => fake));
    expect(await openLockedBackup(text, 'red kettle')).toMatchObject({ ok: false, error: expect.stringContaining('not the passcode') });
    const opened = await openLockedBackup(text, 'blue kettle');
    if (!opened.ok) throw new Error(opened.error);
    const plan = planRestore(opened.text, known, onDevice);
    if (!plan.ok) throw new Error(plan.error);
    // The file lists answers newest first; the two here may share a millisecond.
    expect(plan.items.map((i) => [i.id, i.action]).sort()).toEqual([
      [journal.id, 'add'],
      [sheet.id, 'add'],
    ]);
    for (const item of plan.items) await writeRecord(known(item.id)!, item.incoming);
    expect(savedEntries(known).map((e) => e.record)).toEqual(expect.arrayContaining(Object.values(records)));
  });
});
