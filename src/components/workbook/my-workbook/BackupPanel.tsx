// Back up or move the workbook: download every saved answer as one file, or
// restore from one. Restoring never writes until the person has seen what
// would change and agreed.
import { useState } from 'preact/hooks';
import { useAtom } from '../useAtom';
import { $lock, theLock } from '../../../workbook/store';
import UnlockBackup from '../lock/UnlockBackup';
import { backupFileName, planRestore, type Known, type RestorePlan } from '../../../workbook/backup';
import { backupOf, readRecord, type SavedEntry } from '../../../workbook/workbook';
import { backupMessage, choosing, restoreAnswers, restoredMessage, toRestore } from '../../../workbook/my-workbook';
import { downloadText } from '../download';
import { RestoreCheck } from './RestoreCheck';

interface Props {
  ready: boolean;
  storageOk: boolean;
  saved: SavedEntry[];
  known(id: string): Known | undefined;
  announce(message: string): void;
  refresh(): void;
}

export function BackupPanel({ ready, storageOk, saved, known, announce, refresh }: Props) {
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  /** Answers newer on the device that the person chose to replace anyway. */
  const [replaceNewer, setReplaceNewer] = useState<ReadonlySet<string>>(new Set());
  const lock = useAtom($lock);
  /** With the lock on, a backup is locked too, unless the reader asks for a plain copy. */
  const [plainCopy, setPlainCopy] = useState(false);
  /** A chosen backup that is locked, waiting for its passcode. */
  const [lockedFile, setLockedFile] = useState<string | null>(null);
  const onDevice = (id: string) => {
    const k = known(id);
    return k ? readRecord(k) : undefined;
  };

  async function download() {
    const plain = backupOf(saved);
    const sealed = lock === 'unlocked' && !plainCopy ? await (await theLock()).lockedBackup(plain.entries) : undefined;
    downloadText(backupFileName(), JSON.stringify(sealed ?? plain, null, 2));
    announce(backupMessage(saved.length) + (sealed ? ' The file is locked with your passcode.' : ''));
  }

  async function chooseFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setReplaceNewer(new Set());
    announce('');
    const text = await file.text().catch(() => null);
    if (text === null) return setPlan({ ok: false, error: 'That file could not be opened. Nothing was changed.' });
    const { isLockedBackup } = await import('../../../workbook/lock/backup');
    if (isLockedBackup(text)) {
      setPlan(null);
      return setLockedFile(text);
    }
    setPlan(planRestore(text, known, onDevice));
  }

  async function restore() {
    const chosen = toRestore(plan, replaceNewer);
    const failed = await restoreAnswers(chosen, known);
    setPlan(null);
    refresh();
    announce(restoredMessage(chosen.length, failed));
  }

  const locked = lock === 'locked';

  return (
    <section aria-labelledby="backup-title" class="no-print">
      <h2 id="backup-title">Back up or move your workbook</h2>
      <p>A backup is one file with all your answers. Open it in "Restore" on another browser or device to carry on there.</p>
      {locked && <p class="meta">Unlock your answers above to back them up or restore a backup.</p>}
      {lock === 'unlocked' && (
        <>
          <p>Your backup is locked with your passcode too: it opens only with it, on any device.</p>
          <label class="check">
            <input type="checkbox" checked={plainCopy} onChange={(e) => setPlainCopy(e.currentTarget.checked)} />
            Download a plain copy instead
          </label>
          {plainCopy && (
            <p class="warning" role="alert">
              A plain copy is not locked: anyone who opens the file can read every answer in it. Keep it somewhere only you can reach.
            </p>
          )}
        </>
      )}
      <div class="button-row">
        <button type="button" class="button" onClick={() => void download()} disabled={!ready || locked || saved.length === 0}>
          {lock === 'unlocked' && !plainCopy ? 'Download a locked backup' : 'Download a backup'}
        </button>
        <label class="button secondary file-button">
          Restore from a backup
          <input type="file" accept=".json,application/json" class="visually-hidden" onChange={chooseFile} disabled={!ready || locked || !storageOk} />
        </label>
      </div>
      {lockedFile && (
        <UnlockBackup text={lockedFile} onOpened={(text) => (setLockedFile(null), setPlan(planRestore(text, known, onDevice)))} onCancel={() => setLockedFile(null)} />
      )}
      {plan && !plan.ok && (
        <p class="error-text" role="alert">
          {plan.error}
        </p>
      )}
      {plan?.ok && (
        <RestoreCheck
          plan={plan}
          replaceNewer={replaceNewer}
          toRestore={toRestore(plan, replaceNewer).length}
          onChoose={(id, replace) => setReplaceNewer(choosing(replaceNewer, id, replace))}
          onRestore={restore}
          onCancel={() => setPlan(null)}
        />
      )}
    </section>
  );
}
