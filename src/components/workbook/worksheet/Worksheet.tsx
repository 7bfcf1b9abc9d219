// The generic worksheet: the exercise's fields, answered once ("single"), or
// as dated entries in a log. A half-written log entry is saved like any answer.
import { useState } from 'preact/hooks';
import type { ExerciseDef } from '../../../workbook/kinds/types';
import { formatValue, hasAnyAnswer, isAnswered, type FieldValue, type LogEntry, type Values, type WorksheetData } from '../../../workbook/kinds/worksheet';
import { isDate, localDate } from '../../../workbook/dates';
import type { ExerciseHandle } from '../useExercise';
import { Field } from './Fields';
import { usePrefill } from './prefill';
import { WalletCard } from './WalletCard';
import { printExercise } from '../print-exercise';
import { useFrameWords } from '../../../i18n/widgets/frame';
import { useQuestion } from '../Confirm';
import { focusSoon } from '../focus';
import { useOnDemand } from '../useOnDemand';

interface Props {
  def: ExerciseDef;
  handle: ExerciseHandle<WorksheetData>;
  /** Level for the log's own headings: one below the exercise's heading. */
  headingLevel: 3 | 4;
}

export function Worksheet({ def, handle, headingLevel }: Props) {
  const [message, setMessage] = useState('');
  const { data } = handle;
  // Each change merges into the latest saved values, so two quick changes
  // before a re-render cannot undo each other.
  const setField = (id: string, value: FieldValue) => handle.update((d) => ({ ...d, values: { ...d.values, [id]: value } }));
  const fields = (values: Values, prefix: string) =>
    def.fields.map((field) => (
      <Field key={field.id} field={field} idPrefix={prefix} value={values[field.id]} onChange={(value) => setField(field.id, value)} announce={setMessage} />
    ));

  const live = (
    <p class="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );

  return (
    <>
      {def.practice && <Practice def={def} headingLevel={headingLevel} />}
      {def.mode === 'single' ? (
        <Single def={def} values={data.values} fields={fields} live={live} />
      ) : (
        <Log def={def} handle={handle} headingLevel={headingLevel} fields={fields} live={live} setMessage={setMessage} />
      )}
    </>
  );
}

/**
 * A worksheet's guided practice, loaded only where there is one. Nothing
 * stands in for it while it loads: a blank print-out never loads it, and the
 * exercise's introduction already says how to practise on paper.
 */
function Practice({ def, headingLevel }: { def: ExerciseDef; headingLevel: 3 | 4 }) {
  const part = useOnDemand(() => import('./BreathingTimer'), true);
  if (part) return <part.default idPrefix={def.id} headingLevel={headingLevel} />;
  return part === false ? (
    <p class="warning" role="alert">
      The breathing timer could not load. Check your connection, then reload the page.
    </p>
  ) : null;
}

interface SingleProps {
  def: ExerciseDef;
  values: Values;
  fields(values: Values, prefix: string): preact.JSX.Element[];
  live: preact.JSX.Element;
}

function Single({ def, values, fields, live }: SingleProps) {
  // A field the reader has never touched shows its starting rows; the first
  // change saves them as the reader's own.
  const prefill = usePrefill(def);
  const shown = { ...prefill, ...values };
  return (
    // A plan kept as a card also prints whole on one sheet: see .one-sheet.
    <div class={def.card ? 'worksheet one-sheet' : 'worksheet'}>
      {fields(shown, def.id)}
      {live}
      {def.card && (
        <>
          <p class="no-print">
            <button type="button" class="button secondary small" onClick={() => printExercise(def.id, 'print-card')}>
              Print a wallet-sized card
            </button>
          </p>
          <WalletCard def={def} values={shown} />
        </>
      )}
    </div>
  );
}

interface LogProps extends Props {
  fields(values: Values, prefix: string): preact.JSX.Element[];
  live: preact.JSX.Element;
  setMessage(m: string): void;
}

function Log({ def, handle, headingLevel, fields, live, setMessage }: LogProps) {
  const H = `h${headingLevel}` as 'h3' | 'h4';
  const words = useFrameWords();
  const w = words.log;
  const { data } = handle;
  const [date, setDate] = useState(() => localDate());
  const [error, setError] = useState('');
  // Newest date first; on the same date, the entry saved last comes first.
  const entries = [...data.entries].reverse().sort((a, b) => b.date.localeCompare(a.date));

  function addEntry(e: Event) {
    e.preventDefault();
    if (!hasAnyAnswer(data.values)) {
      setError(w.needsAnswer);
      return;
    }
    if (!isDate(date)) {
      setError(w.needsDate);
      return;
    }
    setError('');
    handle.update((d) => ({ values: {}, entries: [...d.entries, { id: crypto.randomUUID(), date, values: d.values }] }));
    setMessage(w.saved(date));
  }

  const question = useQuestion();
  const deleteId = (entry: LogEntry) => `${def.id}-${entry.id}-delete`;
  const removeEntry = (entry: LogEntry) =>
    question.ask({
      key: entry.id,
      text: w.deleteQuestion(entry.date),
      yes: w.deleteYes,
      back: deleteId(entry),
      run() {
        handle.update((d) => ({ ...d, entries: d.entries.filter((x) => x.id !== entry.id) }));
        setMessage(w.deleted(entry.date));
        focusSoon(`${def.id}-past`);
      },
    });

  return (
    <div class="worksheet log">
      <form class="log-new" onSubmit={addEntry} aria-label={w.newEntryLabel(def.title)} noValidate>
        <H class="log-heading" id={`${def.id}-new`}>
          {w.newEntry}
        </H>
        <div class="field">
          <label for={`${def.id}-date`}>{w.date}</label>
          <input id={`${def.id}-date`} type="date" value={date} onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)} />
        </div>
        {fields(data.values, def.id)}
        {error && (
          <p class="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="button">
          {w.save}
        </button>
      </form>
      {live}
      <section class="log-entries" aria-label={w.pastLabel(def.title)}>
        <H class="log-heading" id={`${def.id}-past`} tabIndex={-1}>
          {w.past(entries.length)}
        </H>
        {entries.length === 0 ? (
          <p class="meta">{w.none}</p>
        ) : (
          <ol class="entry-list">
            {entries.map((entry) => (
              <li class="entry" key={entry.id}>
                <p class="entry-date">
                  <strong>{entry.date}</strong>
                </p>
                <dl>
                  {def.fields
                    .filter((f) => isAnswered(entry.values[f.id]))
                    .map((f) => (
                      <>
                        <dt>{f.label}</dt>
                        <dd>{formatValue(f, entry.values[f.id], words)}</dd>
                      </>
                    ))}
                </dl>
                <button type="button" id={deleteId(entry)} class="button danger small no-print" onClick={() => removeEntry(entry)}>
                  {w.deleteEntry(entry.date)}
                </button>
                {question.at(entry.id)}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
