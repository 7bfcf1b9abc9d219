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
import { useLadderWords } from '../../../i18n/widgets/ladder';
import { useLang } from '../../../i18n/widgets/words';
import type { Lang } from '../../../i18n/languages';

// Made once per language: a formatter per call is slow with many tries.
const formats: Partial<Record<Lang, Intl.DateTimeFormat[]>> = {};

/**
 * "22 Nov", with the year only when it is not this year, in the page's
 * language: an English page keeps the browser's own way of writing dates.
 */
export function shortDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  const locale = lang === 'en' ? undefined : lang;
  const made = (formats[lang] ??= [{}, { year: 'numeric' } as const].map((o) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...o })));
  return made[y === new Date().getFullYear() ? 0 : 1]!.format(new Date(y!, m! - 1, d));
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
  const w = useLadderWords().tries;
  const lang = useLang();
  return (
    <>
      {sorted.length > 0 && (
        <>
          <TriesChart tries={sorted} />
          <table class="ladder-table">
            <caption>{w.caption(n)}</caption>
            <thead>
              <tr>
                <th scope="col">{w.try}</th>
                <th scope="col">{w.before}</th>
                <th scope="col">{w.peak}</th>
                <th scope="col">{w.after}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <button type="button" class="link-button" id={`${idPrefix}-${a.id}-open`} aria-expanded={a.id === openTry} onClick={() => on.openTry(a.id)}>
                      {shortDate(a.date, lang)}
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
  const w = useLadderWords().tries;
  const lang = useLang();
  return (
    <fieldset class="ladder-try">
      <legend>{w.legend(shortDate(a.date, lang))}</legend>
      <div class="field">
        <label for={`${idPrefix}-date`}>{w.date}</label>
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
      <Text id={`${idPrefix}-feared`} label={w.fearedLabel} hint={w.fearedHint} long value={a.feared} set={(feared) => set({ feared })} />
      <fieldset class="ladder-trio">
        <legend>{w.trio}</legend>
        <Rating id={`${idPrefix}-before`} label={w.before} value={a.before} set={(before) => set({ before })} />
        <Rating id={`${idPrefix}-peak`} label={w.atPeak} value={a.peak} set={(peak) => set({ peak })} />
        <Rating id={`${idPrefix}-after`} label={w.after} value={a.after} set={(after) => set({ after })} />
      </fieldset>
      <Text id={`${idPrefix}-happened`} label={w.happenedLabel} hint={w.happenedHint} long value={a.happened} set={(happened) => set({ happened })} />
      <Text id={`${idPrefix}-reflect`} label={w.reflectLabel} hint={w.reflectHint} long value={a.reflection} set={(reflection) => set({ reflection })} />
      <div class="button-row">
        <button type="button" class="button small" onClick={() => on.closeTry(stepId, a.id)}>
          {w.done}
        </button>
        <button type="button" id={`${idPrefix}-delete`} class="button danger small" onClick={() => on.deleteTry(stepId, a.id)}>
          {w.delete}
        </button>
      </div>
      {ask?.key === `${idPrefix}-delete` && ask.node}
    </fieldset>
  );
}
