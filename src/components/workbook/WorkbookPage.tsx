// My workbook: everything saved on this device, with backup, restore, print,
// unreadable copies and deleting everything. Restoring never writes until the
// person has seen what would change and agreed.
import { useEffect, useState } from 'preact/hooks';
import { useAtom } from './useAtom';
import { Confirm, useQuestion } from './Confirm';
import { focusSoon } from './focus';
import type { ExerciseDef } from '../../workbook/kinds/types';
import { hasKind, kindSpec } from '../../workbook/kinds';
import { loadSchema } from '../../workbook/record';
import { backupFileName, planRestore, type Known, type RestoreItem, type RestorePlan } from '../../workbook/backup';
import { backupOf, deleteEverything, deleteQuarantined, quarantinedEntries, readRecord, savedEntries, writeRecord, type QuarantinedEntry, type SavedEntry } from '../../workbook/workbook';
import { $persistence, $saveStates, probeStorage } from '../../workbook/store';
import { AnswerSummary, formatWhen } from './AnswerSummary';
import { downloadText } from './download';

export interface WorkbookExercise extends ExerciseDef {
  href: string;
}

interface Props {
  exercises: WorkbookExercise[];
  exercisesHref: string;
}

const ACTION_TEXT: Record<RestoreItem['action'], string> = {
  add: 'Will be added',
  replace: 'Will replace the older answer on this device',
  'keep-device': 'This device has a newer answer, which will be kept',
  same: 'Already the same on this device',
};

export default function WorkbookPage({ exercises: all, exercisesHref }: Props) {
  // Only kinds this build of the site can read.
  const exercises = all.filter((e) => hasKind(e.kind));
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const known = (id: string): Known | undefined => {
    const def = byId.get(id);
    return def ? { def, spec: kindSpec(def.kind) } : undefined;
  };

  const [ready, setReady] = useState(false);
  const [saved, setSaved] = useState<SavedEntry[]>([]);
  const [quarantined, setQuarantined] = useState<QuarantinedEntry[]>([]);
  const [storageOk, setStorageOk] = useState(true);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [message, setMessage] = useState('');
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  const [overrides, setOverrides] = useState<Set<string>>(new Set());
  const [confirmDelete, setConfirmDelete] = useState(false);
  const persistence = useAtom($persistence);
  const saveStates = useAtom($saveStates);

  const refresh = () => {
    setSaved(savedEntries(known));
    setQuarantined(quarantinedEntries());
  };

  useEffect(() => {
    const kinds = new Set(exercises.map((e) => kindSpec(e.kind)));
    Promise.all([...kinds].map(loadSchema)).then(() => {
      setStorageOk(probeStorage().ok);
      refresh();
      setReady(true);
    });
    navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(null));
    const onStorage = () => refresh();
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);

  // Writes made on this page (restore, delete) show at once.
  useEffect(() => {
    if (ready) refresh();
  }, [saveStates]);

  function download() {
    downloadText(backupFileName(), JSON.stringify(backupOf(saved), null, 2));
    setMessage(`Backup downloaded with ${saved.length} exercise${saved.length === 1 ? '' : 's'}. Keep the file somewhere private.`);
  }

  async function chooseFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setOverrides(new Set());
    setMessage('');
    const text = await file.text().catch(() => null);
    if (text === null) {
      setPlan({ ok: false, error: 'That file could not be opened. Nothing was changed.' });
      return;
    }
    setPlan(planRestore(text, known, (id) => {
      const k = known(id);
      return k ? readRecord(k) : undefined;
    }));
  }

  async function restore() {
    if (!plan?.ok) return;
    const chosen = plan.items.filter((i) => i.action === 'add' || i.action === 'replace' || (i.action === 'keep-device' && overrides.has(i.id)));
    for (const item of chosen) await writeRecord(known(item.id)!, item.incoming);
    setPlan(null);
    refresh();
    const failed = chosen.filter((i) => $saveStates.get()[i.id]?.state === 'failed').length;
    setMessage(
      failed
        ? `${chosen.length - failed} of ${chosen.length} answers restored. ${failed} could not be saved on this device.`
        : `${chosen.length} answer${chosen.length === 1 ? '' : 's'} restored.`,
    );
  }

  function deleteAll() {
    const failed = deleteEverything();
    setConfirmDelete(false);
    refresh();
    setMessage(failed ? `Most answers were deleted, but ${failed} could not be removed.` : 'Everything this site saved on this device has been deleted.');
  }

  function downloadQuarantined(q: QuarantinedEntry) {
    downloadText(`reconnect-unreadable-${q.id}-${q.at.slice(0, 10)}.txt`, q.raw, 'text/plain');
  }

  const question = useQuestion();
  const copyId = (q: QuarantinedEntry) => `delete-copy-${q.key}`;
  const removeQuarantined = (q: QuarantinedEntry) =>
    question.ask({
      key: q.key,
      text: 'Delete this unreadable copy? Download it first if you might want it.',
      yes: 'Yes, delete it',
      back: copyId(q),
      run() {
        deleteQuarantined(q.key);
        refresh();
        // The list's heading while copies remain; the page itself after the last.
        focusSoon(quarantinedEntries().length ? 'unreadable-title' : 'main');
      },
    });

  const toRestore = plan?.ok ? plan.items.filter((i) => i.action === 'add' || i.action === 'replace' || (i.action === 'keep-device' && overrides.has(i.id))).length : 0;
  const summaryItems = saved.map((s) => ({ known: known(s.id)!, record: s.record }));

  return (
    <div class="workbook">
      <p role="status" class="workbook-message">
        {message}
      </p>
      {!storageOk && (
        <p class="warning">This browser is not letting the site store anything, so nothing can be saved or restored here. Private browsing or a storage setting may be the reason.</p>
      )}

      <section aria-labelledby="saved-title" class="no-print">
        <h2 id="saved-title">Your saved exercises</h2>
        {!ready ? (
          <p>Reading your saved answers…</p>
        ) : saved.length === 0 ? (
          <p>
            Nothing is saved on this device yet. Start with an <a href={exercisesHref}>exercise</a>; your answers will be listed here.
          </p>
        ) : (
          <ul class="saved-list">
            {saved.map((s) => {
              const k = known(s.id)!;
              const progress = k.spec.progress(s.record.data, k.def);
              return (
                <li key={s.id}>
                  <a href={byId.get(s.id)!.href}>{k.def.title}</a>
                  <span class="meta">
                    {' '}
                    · {progress === 'done' ? 'Done' : 'Started'} · last changed {formatWhen(s.record.updatedAt)}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {persistence === 'granted' || persisted ? (
          <p class="meta">This browser has agreed to keep your answers even when the device runs low on space.</p>
        ) : persistence === 'denied' || persisted === false ? (
          <p class="meta">This browser may clear stored answers if the device runs low on space. A backup file keeps them safe.</p>
        ) : null}
      </section>

      <section aria-labelledby="backup-title" class="no-print">
        <h2 id="backup-title">Back up or move your workbook</h2>
        <p>A backup is one file with all your answers. Open it in "Restore" on another browser or device to carry on there.</p>
        <div class="button-row">
          <button type="button" class="button" onClick={download} disabled={!ready || saved.length === 0}>
            Download a backup
          </button>
          <label class="button secondary file-button">
            Restore from a backup
            <input type="file" accept=".json,application/json" class="visually-hidden" onChange={chooseFile} disabled={!ready || !storageOk} />
          </label>
        </div>
        {plan && !plan.ok && (
          <p class="error-text" role="alert">
            {plan.error}
          </p>
        )}
        {plan?.ok && (
          <div class="restore-plan" role="region" aria-labelledby="restore-title">
            <h3 id="restore-title">Check before restoring</h3>
            {plan.exportedAt && <p class="meta">Backup made {formatWhen(plan.exportedAt)}.</p>}
            {plan.items.length > 0 && (
              <ul>
                {plan.items.map((item) => (
                  <li key={item.id}>
                    <strong>{item.title}</strong>: {ACTION_TEXT[item.action]}
                    {item.action === 'keep-device' && (
                      <label class="check">
                        <input
                          type="checkbox"
                          checked={overrides.has(item.id)}
                          onChange={(e) => {
                            const next = new Set(overrides);
                            if ((e.currentTarget as HTMLInputElement).checked) next.add(item.id);
                            else next.delete(item.id);
                            setOverrides(next);
                          }}
                        />
                        Replace it with the older answer from the backup anyway
                      </label>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {plan.rejected.length > 0 && (
              <>
                <p>Left out:</p>
                <ul>
                  {plan.rejected.map((r) => (
                    <li key={r.id}>
                      <strong>{r.id}</strong>: {r.reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div class="button-row">
              <button type="button" class="button" onClick={restore} disabled={toRestore === 0}>
                {toRestore === 0 ? 'Nothing to restore' : `Restore ${toRestore} answer${toRestore === 1 ? '' : 's'}`}
              </button>
              <button type="button" class="button secondary" onClick={() => setPlan(null)}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="print-title">
        <h2 id="print-title" class="no-print">
          Print my answers
        </h2>
        <p class="no-print">A tidy copy of everything you have written, to keep or to bring to a session.</p>
        <button type="button" class="button secondary no-print" onClick={() => print()} disabled={saved.length === 0}>
          Print my answers
        </button>
        <div class="print-only">
          <h2>My answers</h2>
          <AnswerSummary items={summaryItems} headingLevel={3} />
        </div>
      </section>

      {quarantined.length > 0 && (
        <section aria-labelledby="unreadable-title" class="no-print">
          <h2 id="unreadable-title" tabIndex={-1}>
            Answers that could not be read
          </h2>
          <p>These were saved earlier but could not be read, so each was copied aside untouched. You can download the text.</p>
          <ul>
            {quarantined.map((q) => (
              <li key={q.key}>
                {byId.get(q.id)?.title ?? q.id} <span class="meta">(set aside {formatWhen(q.at)})</span>
                <div class="button-row">
                  <button type="button" class="button secondary small" onClick={() => downloadQuarantined(q)}>
                    Download
                  </button>
                  <button type="button" id={copyId(q)} class="button danger small" onClick={() => removeQuarantined(q)}>
                    Delete this copy
                  </button>
                </div>
                {question.at(q.key)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="delete-title" class="no-print">
        <h2 id="delete-title">Delete everything on this device</h2>
        <p>Removes every answer, backup copy and setting this site has stored in this browser. It cannot be undone.</p>
        {!confirmDelete ? (
          <button type="button" id="delete-everything" class="button danger" onClick={() => setConfirmDelete(true)} disabled={!ready}>
            Delete everything on this device
          </button>
        ) : (
          <Confirm
            label="Confirm deleting everything"
            yes="Yes, delete everything"
            no="Keep my answers"
            onYes={deleteAll}
            onNo={() => (setConfirmDelete(false), focusSoon('delete-everything'))}
          >
            Delete all your answers on this device? Download a backup first if you may want them.
          </Confirm>
        )}
      </section>
    </div>
  );
}
