// The history of check-ins and the patterns in it. Loaded only once there is
// a check-in to show, so a first check-in in a hard moment loads less.
import { useMemo, useState } from 'preact/hooks';
import type { ExerciseHandle } from '../useExercise';
import { checkInLines, type CheckIn, type NameItData } from '../../../workbook/kinds/name-it';
import { beforeAfter, lonelinessAndCraving, STRONG, topFeelings, weeks, type Change } from '../../../workbook/name-it/patterns';
import { removeAllEntries, removeEntry } from '../../../workbook/name-it/checkin';
import { formatDate, localDate } from '../../../workbook/dates';
import { WeekChart, weekLabel } from './WeekChart';
import { focusSoon } from '../focus';
import { Confirm } from '../Confirm';

interface Props {
  idPrefix: string;
  handle: ExerciseHandle<NameItData>;
  headingLevel: 3 | 4;
  announce(message: string): void;
}

const SHOWN = 10;
const times = (n: number, word = 'time') => `${n} ${word}${n === 1 ? '' : 's'}`;

const when = (c: CheckIn) =>
  `${formatDate(c.date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })} at ${c.time}`;

function changeText(c: Change, what: string) {
  const counts = [
    [c.lower, 'lower'],
    [c.same, 'the same'],
    [c.higher, 'higher'],
  ].flatMap(([n, word]) => (n ? [`${word} ${times(n as number)}`] : []));
  return `${what} averaged ${c.before} when named and ${c.after} a few minutes later, over ${times(c.pairs, 'rating')}. It was ${counts.join(', ')}.`;
}

export function History({ idPrefix: id, handle, headingLevel, announce }: Props) {
  const H = `h${headingLevel}` as 'h3';
  const Sub = `h${headingLevel + 1}` as 'h4';
  const [confirming, setConfirming] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  // Typing in the check-in re-renders this too; the patterns change only with the check-ins.
  const saved = handle.data.entries;
  const { entries, top, change, together, series } = useMemo(() => {
    const entries = [...saved].sort((a, b) => `${b.date}${b.time}`.localeCompare(`${a.date}${a.time}`));
    return {
      entries,
      top: topFeelings(entries),
      change: beforeAfter(entries),
      together: lonelinessAndCraving(entries),
      series: weeks(entries, localDate(new Date())),
    };
  }, [saved]);
  const charted = series.some((w) => w.loneliness !== null || w.craving !== null);
  // After a delete, focus goes to the history, or to the check-in when the history is gone.
  const refocus = (left: number) => focusSoon(left ? `${id}-history` : `${id}-step`);

  function remove(entry: CheckIn) {
    handle.update((d) => removeEntry(d, entry.id));
    setConfirming(null);
    announce(`Check-in from ${when(entry)} deleted.`);
    refocus(entries.length - 1);
  }

  function removeAll() {
    handle.update(removeAllEntries);
    announce('All check-ins deleted. A check-in you had started is kept.');
    refocus(0);
  }

  // Back to the Delete button that asked.
  const deleteId = (what: string) => `${id}-delete-${what}`;
  function keep() {
    focusSoon(deleteId(confirming!));
    setConfirming(null);
  }

  const confirm = (question: string, yes: string, onYes: () => void) => (
    <Confirm label={question} yes={yes} no="Keep" onYes={onYes} onNo={keep} small>
      {question} This cannot be undone.
    </Confirm>
  );

  return (
    <section class="nameit-history" aria-labelledby={`${id}-history`}>
      <H id={`${id}-history`} tabIndex={-1}>
        My check-ins ({entries.length})
      </H>

      <Sub>Feelings that come up most</Sub>
      <ol class="nameit-top">
        {top.map((t) => (
          <li key={t.word}>
            {t.word}: {times(t.count)}
          </li>
        ))}
      </ol>

      <Sub>Before and after naming</Sub>
      {change.feelings || change.craving ? (
        <>
          {change.feelings && <p>{changeText(change.feelings, 'Your feelings')}</p>}
          {change.craving && <p>{changeText(change.craving, 'The craving or urge')}</p>}
        </>
      ) : (
        <p>After a check-in, rate it again a few minutes later. Here you will see whether naming a feeling turned it down.</p>
      )}

      <Sub>Loneliness and a craving or urge</Sub>
      <p>
        {together.lonely && `When loneliness was strong (${STRONG} or more), the craving or urge averaged ${together.lonely.craving} out of 10 (${times(together.lonely.checkIns, 'check-in')}). `}
        {together.other && `${together.lonely ? 'At other times' : 'When loneliness was not named as strong'}, it averaged ${together.other.craving} out of 10 (${times(together.other.checkIns, 'check-in')}).`}
        {!together.lonely && !together.other && 'Rate a craving or urge in your check-ins, even when it is 0, to see how it moves with loneliness.'}
      </p>
      {charted && (
        <>
          <WeekChart weeks={series} />
          <details class="nameit-table">
            <summary>The chart as a table</summary>
            <table>
              <caption>Averages by week. Each counts only the check-ins that rated it.</caption>
              <thead>
                <tr>
                  <th scope="col">Week from</th>
                  <th scope="col">Check-ins</th>
                  <th scope="col">Loneliness</th>
                  <th scope="col">Craving or urge</th>
                </tr>
              </thead>
              <tbody>
                {series.map((w) => (
                  <tr key={w.start}>
                    <th scope="row">{weekLabel(w.start)}</th>
                    <td>{w.checkIns}</td>
                    <td>{w.loneliness ?? '–'}</td>
                    <td>{w.craving ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}

      <Sub>Check-ins by date</Sub>
      <ol class="entry-list">
        {(all ? entries : entries.slice(0, SHOWN)).map((entry) => (
          <li class="entry" key={entry.id}>
            <p class="entry-date">
              <strong>{when(entry)}</strong>
            </p>
            <ul>
              {checkInLines(entry).map((line) => (
                <li>{line}</li>
              ))}
            </ul>
            {confirming === entry.id ? (
              confirm('Delete this check-in?', 'Yes, delete it', () => remove(entry))
            ) : (
              <button type="button" id={deleteId(entry.id)} class="button danger small no-print" onClick={() => setConfirming(entry.id)}>
                Delete<span class="visually-hidden"> check-in from {when(entry)}</span>
              </button>
            )}
          </li>
        ))}
      </ol>
      {!all && entries.length > SHOWN && (
        <button type="button" class="button secondary small" onClick={() => setAll(true)}>
          Show all {entries.length} check-ins
        </button>
      )}
      <div class="no-print nameit-clear">
        {confirming === 'all' ? (
          confirm(`Delete all ${times(entries.length, 'check-in')}?`, 'Yes, delete all', removeAll)
        ) : (
          <button type="button" id={deleteId('all')} class="button danger small" onClick={() => setConfirming('all')}>
            Delete all check-ins
          </button>
        )}
      </div>
    </section>
  );
}
