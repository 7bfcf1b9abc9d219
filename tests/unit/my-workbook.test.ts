// What My workbook works out before it shows anything: which exercises it can
// read, what is saved, which answers a restore will write, and what it says.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../src/workbook/safe-storage';
import { switchStorage } from '../../src/workbook/store';
import { exerciseKey, quarantineKey } from '../../src/workbook/keys';
import { planRestore, BACKUP_FORMAT, type RestorePlan } from '../../src/workbook/backup';
import { readRecord } from '../../src/workbook/workbook';
import {
  backupMessage,
  choosing,
  deletedMessage,
  keepingNote,
  knownExercises,
  loadWorkbook,
  restoreAnswers,
  restoredMessage,
  restoreLabel,
  toRestore,
} from '../../src/workbook/my-workbook';
import { worksheet } from '../../src/workbook/kinds/worksheet';
import { FakeStorage } from './support/fake-storage';
import { journal, sheet } from './support/defs';

let fake: FakeStorage;
beforeEach(() => {
  fake = new FakeStorage();
  switchStorage(createSafeStorage(() => fake));
});

const retired = { ...sheet, id: 'old-widget', title: 'A retired widget', kind: 'no-longer-built' };
const site = () => knownExercises([sheet, retired, journal]);
const record = (updatedAt: string, name: string) => ({ v: 1, updatedAt, data: { values: { name }, entries: [] } });
const store = (id: string, updatedAt: string, name: string) => fake.items.set(exerciseKey(id), JSON.stringify(record(updatedAt, name)));

describe('the exercises My workbook can read', () => {
  it('leaves out a kind this build of the site does not have', () => {
    const { exercises, byId, known } = site();
    expect(exercises.map((e) => e.title)).toEqual(['A test worksheet', 'A test journal']);
    expect(byId.has('old-widget')).toBe(false);
    expect(known('old-widget')).toBeUndefined();
    expect(known(sheet.id)).toEqual({ def: sheet, spec: worksheet });
  });
});

describe('loading what is saved', () => {
  it('reads answers from an earlier visit once the schemas have loaded, newest first, with copies set aside', async () => {
    store(sheet.id, '2026-11-01T09:00:00.000Z', 'Ana');
    store(journal.id, '2026-11-20T09:00:00.000Z', 'Sam');
    store('old-widget', '2026-11-21T09:00:00.000Z', 'kept, but not listed');
    fake.items.set(quarantineKey(sheet.id, new Date('2026-11-02T10:00:00.000Z')), '{"v":1,"data": broken');

    const { saved, quarantined } = await loadWorkbook(site());
    expect(saved.map((s) => s.id)).toEqual([journal.id, sheet.id]);
    expect(saved[1]!.record.data).toEqual({ values: { name: 'Ana' }, entries: [] });
    expect(quarantined).toEqual([expect.objectContaining({ id: sheet.id, raw: '{"v":1,"data": broken' })]);
  });

  it('lists nothing on a device with nothing saved', async () => {
    expect(await loadWorkbook(site())).toEqual({ saved: [], quarantined: [] });
  });
});

describe('restoring', () => {
  const file = JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: '2026-11-21T10:00:00.000Z',
    entries: { [sheet.id]: record('2026-11-01T09:00:00.000Z', 'older in file'), [journal.id]: record('2026-11-20T09:00:00.000Z', 'new here') },
  });
  async function plan(): Promise<RestorePlan> {
    await loadWorkbook(site());
    store(sheet.id, '2026-11-22T09:00:00.000Z', 'newer on device');
    const { known } = site();
    return planRestore(file, known, (id) => readRecord(known(id)!));
  }
  const names = async () => {
    const { known } = site();
    return [sheet.id, journal.id].map((id) => (readRecord(known(id)!)?.data as { values: { name: string } } | undefined)?.values.name);
  };

  it('writes the new answers and keeps a newer one on the device, unless the person chooses to replace it', async () => {
    const p = await plan();
    expect(toRestore(p, new Set()).map((i) => i.id)).toEqual([journal.id]);
    const replacing = choosing(new Set(), sheet.id, true);
    expect(toRestore(p, replacing).map((i) => i.id)).toEqual([sheet.id, journal.id]);
    expect(toRestore(p, choosing(replacing, sheet.id, false)).map((i) => i.id)).toEqual([journal.id]);

    expect(await restoreAnswers(toRestore(p, new Set()), site().known)).toBe(0);
    expect(await names()).toEqual(['newer on device', 'new here']);
  });

  it('writes nothing for a file that is not a backup, or before one is chosen', () => {
    expect(toRestore({ ok: false, error: 'not a backup' }, new Set([sheet.id]))).toEqual([]);
    expect(toRestore(null, new Set())).toEqual([]);
  });

  it('counts the answers that could not be saved on a full device', async () => {
    const p = await plan();
    // Room for no more than a few words.
    fake.quota = 50;
    expect(await restoreAnswers(toRestore(p, new Set([sheet.id])), site().known)).toBe(2);
    expect(await names()).toEqual(['newer on device', undefined]);
  });
});

describe('what My workbook says', () => {
  it('counts exercises and answers with the word for one or for several', () => {
    expect(backupMessage(1)).toBe('Backup downloaded with 1 exercise. Keep the file somewhere private.');
    expect(backupMessage(3)).toBe('Backup downloaded with 3 exercises. Keep the file somewhere private.');
    expect(restoreLabel(0)).toBe('Nothing to restore');
    expect(restoreLabel(1)).toBe('Restore 1 answer');
    expect(restoreLabel(2)).toBe('Restore 2 answers');
    expect(restoredMessage(1, 0)).toBe('1 answer restored.');
    expect(restoredMessage(4, 0)).toBe('4 answers restored.');
  });

  it('says how many answers could not be saved or removed', () => {
    expect(restoredMessage(3, 1)).toBe('2 of 3 answers restored. 1 could not be saved on this device.');
    expect(deletedMessage(0)).toBe('Everything this site saved on this device has been deleted.');
    expect(deletedMessage(2)).toBe('Most answers were deleted, but 2 could not be removed.');
    expect(deletedMessage(0, true)).toBe(
      'Everything this site saved on this device has been deleted. So has the copy of the site kept for reading offline; it is saved again when you next open a page here.',
    );
  });

  it('says whether the browser will keep the answers when space runs low, once it has said', () => {
    expect(keepingNote('granted', null)).toMatch(/has agreed to keep your answers/);
    expect(keepingNote('unknown', true)).toMatch(/has agreed to keep your answers/);
    expect(keepingNote('denied', null)).toMatch(/may clear stored answers.*A backup file keeps them safe/);
    expect(keepingNote('unsupported', false)).toMatch(/may clear stored answers/);
    expect(keepingNote('unknown', null)).toBeNull();
    expect(keepingNote('unsupported', null)).toBeNull();
  });
});
