// Back up or move the workbook: download every saved answer as one file, or
// restore from one. Restoring never writes until the person has seen what
// would change and agreed.
import { useState } from 'preact/hooks';
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

  function download() {
    downloadText(backupFileName(), JSON.stringify(backupOf(saved), null, 2));
    announce(backupMessage(saved.length));
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
    setPlan(
      planRestore(text, known, (id) => {
        const k = known(id);
        return k ? readRecord(k) : undefined;
      }),
    );
  }

  async function restore() {
    const chosen = toRestore(plan, replaceNewer);
    const failed = await restoreAnswers(chosen, known);
    setPlan(null);
    refresh();
    announce(restoredMessage(chosen.length, failed));
  }

  return (
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
