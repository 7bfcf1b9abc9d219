// A step's tries: a chart and a table of distress at each try, oldest
// first, and the form for the try that is open.
import type { TryPatch } from '../../../workbook/kinds/ladder-actions';
import { attemptsByDate, type Attempt, type Step } from '../../../workbook/kinds/ladder-logic';
import { TriesChart } from './Chart';
import { orDash } from '../dash';
import { isDate } from '../../../workbook/dates';
import { Rating, Text } from './Inputs';
import type { Asked } from './Step';
import type { LadderHandlers } from './useLadder';

// Made once: a formatter per call is slow with many tries.
let formats: Intl.DateTimeFormat[] | undefined;

/** "22 Nov", with the year only when it is not this year. */
export function shortDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  formats ??= [{}, { year: 'numeric' } as const].map((o) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', ...o }));
  return formats[y === new Date().getFullYear() ? 0 : 1]!.format(new Date(y!, m! - 1, d));
}

/** What a step's body knows; it hands all of it on to its tries. */
export interface TriesProps {
  step: Step;
  /** The step's position, from 1. */
  n: number;
  /** Id of the try being edited, or "". */
  openTry: string;
  /** The step's prefix for element ids; a try's own ids add the try's id. */
  idPrefix: string;
  on: LadderHandlers;
  ask?: Asked;
}

export function Tries({ step, n, openTry, idPrefix, on, ask }: TriesProps) {
  const sorted = attemptsByDate(step.attempts);
  const editing = step.attempts.find((a) => a.id === openTry);
  return (
    <>
      {sorted.length > 0 && (
        <>
          <TriesChart tries={sorted} />
          <table class="ladder-table">
            <caption>Distress at each try of step {n}, from 0 to 100</caption>
            <thead>
              <tr>
                <th scope="col">Try</th>
                <th scope="col">Before</th>
                <th scope="col">Peak</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <button type="button" class="link-button" id={`${idPrefix}-${a.id}-open`} aria-expanded={a.id === openTry} onClick={() => on.openTry(a.id)}>
                      {shortDate(a.date)}
                    </button>
                  </th>
                  <td>{orDash(a.before)}</td>
                  <td>{orDash(a.peak)}</td>
                  <td>{orDash(a.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {editing && <TryForm stepId={step.id} a={editing} idPrefix={`${idPrefix}-${editing.id}`} on={on} ask={ask} />}
    </>
  );
}

interface FormProps {
  stepId: string;
  a: Attempt;
  /** The try's own prefix for element ids. */
  idPrefix: string;
  on: LadderHandlers;
  ask?: Asked;
}

function TryForm({ stepId, a, idPrefix, on, ask }: FormProps) {
  const set = (patch: TryPatch) => on.editTry(stepId, a.id, patch);
  return (
    <fieldset class="ladder-try">
      <legend>Try on {shortDate(a.date)}</legend>
      <div class="field">
        <label for={`${idPrefix}-date`}>Date of this try</label>
        <input
          id={`${idPrefix}-date`}
          type="date"
          value={a.date}
          // A cleared date box keeps the last date: every try needs one.
          onInput={(e) => {
            const date = (e.currentTarget as HTMLInputElement).value;
            if (isDate(date)) set({ date });
          }}
        />
      </div>
      <Text
        id={`${idPrefix}-feared`}
        label="What I feared would happen"
        hint="Write it before you start, if you can."
        long
        value={a.feared}
        set={(feared) => set({ feared })}
      />
      <fieldset class="ladder-trio">
        <legend>Distress, from 0 to 100</legend>
        <Rating id={`${idPrefix}-before`} label="Before" value={a.before} set={(before) => set({ before })} />
        <Rating id={`${idPrefix}-peak`} label="At the peak" value={a.peak} set={(peak) => set({ peak })} />
        <Rating id={`${idPrefix}-after`} label="After" value={a.after} set={(after) => set({ after })} />
      </fieldset>
      <Text
        id={`${idPrefix}-happened`}
        label="What actually happened"
        hint="Check it against what you feared. Did that happen? If something hard did, how did you cope?"
        long
        value={a.happened}
        set={(happened) => set({ happened })}
      />
      <Text
        id={`${idPrefix}-reflect`}
        label="Looking back"
        hint="What did you learn? The try counts even if your fear stayed high the whole time."
        long
        value={a.reflection}
        set={(reflection) => set({ reflection })}
      />
      <div class="button-row">
        <button type="button" class="button small" onClick={() => on.closeTry(stepId, a.id)}>
          Done with this try
        </button>
        <button type="button" id={`${idPrefix}-delete`} class="button danger small" onClick={() => on.deleteTry(stepId, a.id)}>
          Delete this try
        </button>
      </div>
      {ask?.key === `${idPrefix}-delete` && ask.node}
    </fieldset>
  );
}
