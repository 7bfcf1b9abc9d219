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
import { useLang } from '../../../i18n/widgets/words';
import { useWorkbookWords } from '../../../i18n/widgets/workbook';

interface Props {
  ready: boolean;
  storageOk: boolean;
  saved: SavedEntry[];
  known(id: string): Known | undefined;
  announce(message: string): void;
  refresh(): void;
}

export function BackupPanel({ ready, storageOk, saved, known, announce, refresh }: Props) {
  const lang = useLang();
  const w = useWorkbookWords().backup;
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
    announce(backupMessage(saved.length, lang) + (sealed ? w.fileLocked : ''));
  }

  async function chooseFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setReplaceNewer(new Set());
    announce('');
    const text = await file.text().catch(() => null);
    if (text === null) return setPlan({ ok: false, error: w.cannotOpen });
    const { isLockedBackup } = await import('../../../workbook/lock/backup');
    if (isLockedBackup(text)) {
      setPlan(null);
      return setLockedFile(text);
    }
    setPlan(planRestore(text, known, onDevice, lang));
  }

  async function restore() {
    const chosen = toRestore(plan, replaceNewer);
    const failed = await restoreAnswers(chosen, known);
    setPlan(null);
    refresh();
    announce(restoredMessage(chosen.length, failed, lang));
  }

  const locked = lock === 'locked';

  return (
    <section aria-labelledby="backup-title" class="no-print">
      <h2 id="backup-title">{w.heading}</h2>
      <p>{w.intro}</p>
      {locked && <p class="meta">{w.lockedNote}</p>}
      {lock === 'unlocked' && (
        <>
          <p>{w.lockedToo}</p>
          <label class="check">
            <input type="checkbox" checked={plainCopy} onChange={(e) => setPlainCopy(e.currentTarget.checked)} />
            {w.plainCopy}
          </label>
          {plainCopy && (
            <p class="warning" role="alert">
              {w.plainWarning}
            </p>
          )}
        </>
      )}
      <div class="button-row">
        <button type="button" class="button" onClick={() => void download()} disabled={!ready || locked || saved.length === 0}>
          {lock === 'unlocked' && !plainCopy ? w.downloadLocked : w.download}
        </button>
        <label class="button secondary file-button">
          {w.restoreFrom}
          <input type="file" accept=".json,application/json" class="visually-hidden" onChange={chooseFile} disabled={!ready || locked || !storageOk} />
        </label>
      </div>
      {lockedFile && (
        <UnlockBackup
          text={lockedFile}
          onOpened={(text) => (setLockedFile(null), setPlan(planRestore(text, known, onDevice, lang)))}
          onCancel={() => setLockedFile(null)}
        />
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
