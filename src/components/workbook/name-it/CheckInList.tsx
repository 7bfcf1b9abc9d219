// The check-ins by date, newest first, each with its own Delete, and Delete
// all at the end. Every delete asks first, in place.
import { useState } from 'preact/hooks';
import type { ExerciseHandle } from '../useExercise';
import { checkInLines, type CheckIn, type NameItData } from '../../../workbook/kinds/name-it';
import { removeAllEntries, removeEntry } from '../../../workbook/name-it/checkin';
import { formatDate } from '../../../workbook/dates';
import { focusSoon } from '../focus';
import { Confirm } from '../Confirm';
import { useLang } from '../../../i18n/widgets/words';
import { useNameItWords } from '../../../i18n/widgets/name-it';

interface Props {
  idPrefix: string;
  handle: ExerciseHandle<NameItData>;
  /** Newest first. */
  entries: CheckIn[];
  /** Level of the history's heading; this list's sits one below. */
  headingLevel: 3 | 4;
  announce(message: string): void;
}

/** How many are listed until the person asks for all. */
const SHOWN = 10;

export function CheckInList({ idPrefix, handle, entries, headingLevel, announce }: Props) {
  const w = useNameItWords();
  const lang = useLang();
  const when = (c: CheckIn) => w.history.at(formatDate(c.date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, lang), c.time);
  const Sub = `h${headingLevel + 1}` as 'h4';
  /** The id of the check-in whose delete is being asked about, or 'all'. */
  const [confirming, setConfirming] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const deleteId = (what: string) => `${idPrefix}-delete-${what}`;

  /** After a delete, focus goes to the history, or to the check-in when the history is gone. */
  function deleted(message: string) {
    setConfirming(null);
    announce(message);
    focusSoon(handle.current().entries.length ? `${idPrefix}-history` : `${idPrefix}-step`);
  }

  /** Back to the Delete button that asked. */
  function keep() {
    focusSoon(deleteId(confirming!));
    setConfirming(null);
  }

  const confirm = (question: string, yes: string, onYes: () => void) => (
    <Confirm label={question} yes={yes} no={w.history.keep} onYes={onYes} onNo={keep} small>
      {question} {w.history.cannotUndo}
    </Confirm>
  );

  return (
    <>
      <Sub>{w.history.byDate}</Sub>
      <ol class="entry-list">
        {(all ? entries : entries.slice(0, SHOWN)).map((entry) => (
          <li class="entry" key={entry.id}>
            <p class="entry-date">
              <strong>{when(entry)}</strong>
            </p>
            <ul>
              {checkInLines(entry, w).map((line) => (
                <li>{line}</li>
              ))}
            </ul>
            {confirming === entry.id ? (
              confirm(w.history.deleteOne, w.history.deleteOneYes, () => {
                handle.update((d) => removeEntry(d, entry.id));
                deleted(w.history.deletedOne(when(entry)));
              })
            ) : (
              <button type="button" id={deleteId(entry.id)} class="button danger small no-print" onClick={() => setConfirming(entry.id)}>
                {w.history.delete}
                <span class="visually-hidden">{w.history.deleteWhich(when(entry))}</span>
              </button>
            )}
          </li>
        ))}
      </ol>
      {!all && entries.length > SHOWN && (
        <button type="button" class="button secondary small" onClick={() => setAll(true)}>
          {w.history.showAll(entries.length)}
        </button>
      )}
      <div class="no-print nameit-clear">
        {confirming === 'all' ? (
          confirm(w.history.deleteAllQuestion(entries.length), w.history.deleteAllYes, () => {
            handle.update(removeAllEntries);
            deleted(w.history.deletedAll);
          })
        ) : (
          <button type="button" id={deleteId('all')} class="button danger small" onClick={() => setConfirming('all')}>
            {w.history.deleteAll}
          </button>
        )}
      </div>
    </>
  );
}
