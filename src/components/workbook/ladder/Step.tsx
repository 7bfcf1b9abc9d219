// One rung of the ladder: a line that opens into the step's details, its
// tries (chart and table) and the form for a try. Rows re-render only when
// their own step changes, so a ladder of 60 steps stays quick to type in.
import { attemptsByDate, LOW_DISTRESS, MAX_ATTEMPTS, peakTrend, suggestClimbed, type Attempt, type Step } from '../../../workbook/kinds/ladder-logic';
import { TriesChart } from './Chart';
import { Pure } from './Pure';
import { Rating, Text } from './Inputs';

/** What a row can ask the ladder to do; one stable object, so rows can skip re-rendering. */
export interface Actions {
  toggle(id: string): void;
  move(index: number, by: -1 | 1): void;
  edit(id: string, patch: Partial<Step>): void;
  rate(id: string, rating: number | null): void;
  place(id: string): void;
  climbed(id: string, on: boolean): void;
  remove(id: string): void;
  addTry(id: string): void;
  openTry(id: string): void;
  editTry(stepId: string, id: string, patch: Partial<Attempt>): void;
  closeTry(stepId: string, id: string): void;
  deleteTry(stepId: string, id: string): void;
}

interface Props {
  step: Step;
  /** Position, from 1. */
  n: number;
  total: number;
  open: boolean;
  /** Id of this step's try being edited, or "". */
  openTry: string;
  isNext: boolean;
  /** Prefix for element ids. */
  p: string;
  act: Actions;
  /** A question asked in this row (removing it, deleting a try), keyed by the button that asked. */
  ask?: { key: string; node: preact.JSX.Element };
}

// Made once: a formatter per call is slow with many tries.
let formats: Intl.DateTimeFormat[] | undefined;

/** "22 Nov", with the year only when it is not this year. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  formats ??= [{}, { year: 'numeric' } as const].map((o) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', ...o }));
  return formats[y === new Date().getFullYear() ? 0 : 1]!.format(new Date(y!, m! - 1, d));
}

const tries = (n: number) => `${n} ${n === 1 ? 'try' : 'tries'}`;

/** How the peak moved from the first try to the latest, in words a screen reader reads well. */
export const trendText = ([first, last]: [number, number]) =>
  first === last ? `peak steady at ${last}` : `peak ${last < first ? 'down' : 'up'} from ${first} to ${last}`;

/** The short line under a step's name: rating, tries, how the peak moved, climbed. */
export function stepMeta(step: Step): string {
  const trend = peakTrend(step);
  return [
    step.rating === null ? 'Not rated yet' : `Expected distress ${step.rating}`,
    step.attempts.length > 0 && tries(step.attempts.length),
    trend && trendText(trend),
    step.climbedOn && 'Climbed ✓',
  ]
    .filter(Boolean)
    .join(' · ');
}

export const SUGGEST_TEXT = `Your last two tries peaked at ${LOW_DISTRESS} or less. If this step feels manageable now, you could mark it climbed and move up.`;

export class StepRow extends Pure<Props> {
  render({ step, n, total, open, isNext, p, act }: Props) {
    const id = `${p}-${step.id}`;
    const what = step.what.trim();
    return (
      <li class={`rung${step.climbedOn ? ' climbed' : ''}${isNext ? ' next' : ''}`}>
        <div class="rung-head">
          <button type="button" class="rung-toggle" id={`${id}-toggle`} aria-expanded={open} aria-controls={`${id}-body`} onClick={() => act.toggle(step.id)}>
            <span class="rung-n">Step {n}:</span> {what || 'new step, not written yet'}
          </button>
          <span class="row-buttons">
            <button type="button" id={`${id}-up`} class="button secondary small" disabled={n === 1} aria-label={`Move step ${n} up`} onClick={() => act.move(n - 1, -1)}>
              ↑
            </button>
            <button type="button" id={`${id}-down`} class="button secondary small" disabled={n === total} aria-label={`Move step ${n} down`} onClick={() => act.move(n - 1, 1)}>
              ↓
            </button>
          </span>
        </div>
        <p class="rung-meta">
          {stepMeta(step)}
          {isNext && <strong> · Your next step</strong>}
        </p>
        {open && <StepBody {...this.props} id={id} />}
      </li>
    );
  }
}

function StepBody({ step, n, openTry, act, id, ask }: Props & { id: string }) {
  const set = (patch: Partial<Step>) => act.edit(step.id, patch);
  const sorted = attemptsByDate(step.attempts);
  const editing = step.attempts.find((a) => a.id === openTry);
  const trend = peakTrend(step);
  return (
    <div class="rung-body" id={`${id}-body`}>
      <Text id={`${id}-what`} label="What you will do" value={step.what} set={(what) => set({ what })} />
      <Rating
        id={`${id}-rating`}
        label="Expected distress, 0 to 100"
        hint="0 is calm, 100 the most anxious you can imagine. The step finds its place on the ladder when you press Enter or close it."
        value={step.rating}
        set={(r) => act.rate(step.id, r)}
        onEnter={() => act.place(step.id)}
      />
      <div class="ladder-grid">
        <Text id={`${id}-where`} label="Where (optional)" value={step.where} set={(where) => set({ where })} />
        <Text id={`${id}-when`} label="When (optional)" value={step.when} set={(when) => set({ when })} />
        <Text id={`${id}-long`} label="For how long (optional)" value={step.howLong} set={(howLong) => set({ howLong })} />
      </div>
      <Text
        id={`${id}-safety`}
        label="Safety behaviours to drop (optional)"
        hint="Things you do to feel less exposed, like holding your phone the whole time. Try this step without them."
        value={step.safety}
        set={(safety) => set({ safety })}
      />
      <label class="check">
        <input type="checkbox" checked={!!step.climbedOn} onChange={(e) => act.climbed(step.id, (e.currentTarget as HTMLInputElement).checked)} />
        I have climbed this step: it feels manageable now
      </label>
      {suggestClimbed(step) && <p class="ladder-suggest">{SUGGEST_TEXT}</p>}

      {trend && (
        <p>
          {trend[1] < trend[0]
            ? `Your distress at the peak came down from ${trend[0]} on your first try to ${trend[1]} on your latest.`
            : `Your distress at the peak was ${trend[0]} on your first try and ${trend[1]} on your latest. Ups and downs are normal; go at your own pace.`}
        </p>
      )}
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
                    <button type="button" class="link-button" id={`${tryId(id, a)}-open`} aria-expanded={a.id === openTry} onClick={() => act.openTry(a.id)}>
                      {formatDate(a.date)}
                    </button>
                  </th>
                  <td>{a.before ?? '–'}</td>
                  <td>{a.peak ?? '–'}</td>
                  <td>{a.after ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {editing && <TryForm step={step} a={editing} id={tryId(id, editing)} act={act} ask={ask} />}
      <div class="button-row">
        <button type="button" class="button small" id={`${id}-try`} disabled={step.attempts.length >= MAX_ATTEMPTS} onClick={() => act.addTry(step.id)}>
          Record a try
        </button>
        <button type="button" class="button secondary small" onClick={() => act.toggle(step.id)}>
          Close step {n}
        </button>
        <button type="button" id={`${id}-remove`} class="button danger small" onClick={() => act.remove(step.id)}>
          Remove step {n}
        </button>
      </div>
      {ask?.key === `${id}-remove` && ask.node}
    </div>
  );
}

const tryId = (stepId: string, a: Attempt) => `${stepId}-${a.id}`;

function TryForm({ step, a, id, act, ask }: { step: Step; a: Attempt; id: string; act: Actions; ask: Props['ask'] }) {
  const set = (patch: Partial<Attempt>) => act.editTry(step.id, a.id, patch);
  return (
    <fieldset class="ladder-try">
      <legend>Try on {formatDate(a.date)}</legend>
      <div class="field">
        <label for={`${id}-date`}>Date of this try</label>
        <input
          id={`${id}-date`}
          type="date"
          value={a.date}
          // A cleared date box keeps the last date: every try needs one.
          onInput={(e) => {
            const date = (e.currentTarget as HTMLInputElement).value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(date)) set({ date });
          }}
        />
      </div>
      <Text id={`${id}-feared`} label="What I feared would happen" hint="Write it before you start, if you can." long value={a.feared} set={(feared) => set({ feared })} />
      <fieldset class="ladder-trio">
        <legend>Distress, from 0 to 100</legend>
        <Rating id={`${id}-before`} label="Before" value={a.before} set={(before) => set({ before })} />
        <Rating id={`${id}-peak`} label="At the peak" value={a.peak} set={(peak) => set({ peak })} />
        <Rating id={`${id}-after`} label="After" value={a.after} set={(after) => set({ after })} />
      </fieldset>
      <Text id={`${id}-happened`} label="What actually happened" long value={a.happened} set={(happened) => set({ happened })} />
      <Text
        id={`${id}-reflect`}
        label="Looking back"
        hint="What was easier than you thought? What was hard? What would you change next time?"
        long
        value={a.reflection}
        set={(reflection) => set({ reflection })}
      />
      <div class="button-row">
        <button type="button" class="button small" onClick={() => act.closeTry(step.id, a.id)}>
          Done with this try
        </button>
        <button type="button" id={`${id}-delete`} class="button danger small" onClick={() => act.deleteTry(step.id, a.id)}>
          Delete this try
        </button>
      </div>
      {ask?.key === `${id}-delete` && ask.node}
    </fieldset>
  );
}
