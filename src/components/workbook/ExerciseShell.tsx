// Everything around an exercise's widget: the save status, what to do when
// saving fails or an old answer could not be read, and the tools (copy link,
// print, clear with undo). Every exercise island renders inside one.
import { printExercise } from './print-exercise';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ExerciseHandle } from './useExercise';
import type { WorkbookRecord } from '../../workbook/record';
import { isEmptyRecord, problemText } from '../../workbook/record';
import { Confirm } from './Confirm';
import { CopyLink } from './CopyLink';
import { focusSoon } from './focus';
import { useHashFocus } from './useHashFocus';
import { endFullWarning, warnWhenFull } from './full-field';
import { useOnDemand } from './useOnDemand';
import { showLoadFailed } from './load-failed';
import { useFrameWords } from '../../i18n/widgets/frame';

interface Props<T> {
  id: string;
  title: string;
  /** Absolute address of the exercise's own page. */
  link: string;
  /** Address of My workbook, where unreadable answers can be downloaded. */
  workbookHref: string;
  handle: ExerciseHandle<T>;
  children: ComponentChildren;
}

export function ExerciseShell<T>({ id, title, link, workbookHref, handle, children }: Props<T>) {
  const words = useFrameWords();
  const w = words.shell;
  const [confirming, setConfirming] = useState(false);
  const [undo, setUndo] = useState<WorkbookRecord<T> | null>(null);
  const { save, record } = handle;

  // A link to this exercise brings its heading into view and focus.
  useHashFocus(id);

  // Undo is offered until the next change.
  useEffect(() => {
    if (undo && !isEmptyRecord(record as WorkbookRecord)) setUndo(null);
  }, [record]);

  // Only needed when saving fails, so its code is fetched on that rare click.
  async function exportThis() {
    const [{ makeBackup, backupFileName }, { downloadText }] = await Promise.all([import('../../workbook/backup'), import('./download')]);
    downloadText(backupFileName(), JSON.stringify(makeBackup({ [id]: record as WorkbookRecord }), null, 2));
  }

  const printThis = () => printExercise(id);

  // The tools replace one another (Clear, its question, Undo), so focus moves
  // to the one that takes the place of the button just used, not to the page top.
  const focusTool = (tool: 'clear' | 'undo') => focusSoon(`${id}--${tool}`);

  function clear() {
    setUndo(handle.clear());
    setConfirming(false);
    focusTool('undo');
  }

  const hasAnswers = !isEmptyRecord(record as WorkbookRecord);

  return (
    <div class="exercise-body">
      {handle.unreadable && (
        <div class="warning" role="alert">
          <p>
            {w.unreadableBefore(problemText(handle.unreadable, words.problems))} <a href={workbookHref}>{w.workbook}</a>.
          </p>
        </div>
      )}
      {handle.locked && <Locked id={id} />}
      {/* Until saved answers have been read, typing would be lost or overwritten,
          so the fields wait (on the server render and for the moment after). */}
      <fieldset
        class="exercise-fields"
        disabled={!handle.ready}
        aria-busy={!handle.ready}
        onBeforeInput={(event) => warnWhenFull(event, words.fields.boxFull)}
        onFocusOut={endFullWarning}
      >
        {children}
      </fieldset>
      <noscript>
        <p class="meta">{w.noscript}</p>
      </noscript>
      <div class="exercise-tools">
        <p class={`save-status${save.state === 'failed' ? ' problem' : ''}`} role="status">
          {save.state === 'saved' && w.saved}
          {save.state === 'idle' && (handle.locked ? w.locked : hasAnswers ? w.saved : w.savesAsYouType)}
          {save.state === 'cleared' && !undo && w.cleared}
          {save.state === 'failed' && w.failed[save.reason]}
        </p>
        {save.state === 'failed' && hasAnswers && (
          <p>
            <button type="button" class="button small" onClick={exportThis}>
              {w.download(title)}
            </button>
          </p>
        )}
        {undo && (
          <p class="undo-row" role="status">
            {w.cleared}{' '}
            <button type="button" id={`${id}--undo`} class="button secondary small" onClick={() => (handle.put(undo), setUndo(null), focusTool('clear'))}>
              {w.undo}
            </button>
          </p>
        )}
        <div class="button-row">
          <CopyLink url={link} label={w.copyLink} />
          <button type="button" class="button secondary small" onClick={printThis}>
            {w.print}
          </button>
          {hasAnswers && !confirming && (
            <button type="button" id={`${id}--clear`} class="button danger small" onClick={() => setConfirming(true)}>
              {w.clear}
            </button>
          )}
        </div>
        {confirming && (
          <Confirm label={w.confirmLabel} yes={w.confirmYes} no={w.confirmNo} onYes={clear} onNo={() => (setConfirming(false), focusTool('clear'))} small>
            {w.confirmText}
          </Confirm>
        )}
      </div>
    </div>
  );
}

/** The unlock form, fetched only where the reader's lock is on and this tab has not opened it. */
function Locked({ id }: { id: string }) {
  const part = useOnDemand(() => import('./lock/UnlockForm'), true);
  useEffect(() => {
    if (part === false) showLoadFailed(document.getElementById(id)!);
  }, [part]);
  return part ? <part.default idPrefix={id} focusAfter={id} /> : null;
}
