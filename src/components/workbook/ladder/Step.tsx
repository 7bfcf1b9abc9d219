// One rung of the ladder: a line that opens into the step's details and its
// tries (Tries.tsx). Rows re-render only when their own step changes, so a
// ladder of 60 steps stays quick to type in.
import type { JSX } from 'preact';
import { count } from '../../../lib/words';
import type { StepText } from '../../../workbook/kinds/ladder-actions';
import { LOW_DISTRESS, MAX_ATTEMPTS, peakTrend, suggestClimbed, type Step } from '../../../workbook/kinds/ladder-logic';
import { Pure } from './Pure';
import { Rating, Text } from './Inputs';
import { Tries, shortDate, type TriesProps } from './Tries';
import type { LadderHandlers } from './useLadder';
import { AddToCalendarField, type CalendarChoice } from '../AddToCalendar';
import { isDate } from '../../../workbook/dates';

/** A question asked in a row (removing it, deleting a try), keyed by the button that asked. */
export type Asked = { key: string; node: JSX.Element };

interface Props extends CalendarChoice {
  step: Step;
  /** Position, from 1. */
  n: number;
  total: number;
  open: boolean;
  /** Id of this step's try being edited, or "". */
  openTry: string;
  isNext: boolean;
  /** Prefix for element ids; the row's own ids add the step's id to it. */
  idPrefix: string;
  /** The ladder's handlers: one object for the island's life, so an unchanged row is not redrawn. */
  on: LadderHandlers;
  ask?: Asked;
}

/** How the peak moved from the first try to the latest, in words a screen reader reads well. */
export const trendText = ([first, last]: [number, number]) =>
  first === last ? `peak steady at ${last}` : `peak ${last < first ? 'down' : 'up'} from ${first} to ${last}`;

/** The short line under a step's name: rating, tries, how the peak moved, climbed. */
export function stepMeta(step: Step): string {
  const trend = peakTrend(step);
  return [
    step.rating === null ? 'Not rated yet' : `Expected distress ${step.rating}`,
    step.on && !step.climbedOn && `Planned for ${shortDate(step.on)}`,
    step.attempts.length > 0 && count(step.attempts.length, 'try', 'tries'),
    trend && trendText(trend),
    step.climbedOn && 'Climbed ✓',
  ]
    .filter(Boolean)
    .join(' · ');
}

export const SUGGEST_TEXT = `Your last two tries peaked at ${LOW_DISTRESS} or less. If this step feels manageable now, you could mark it climbed and move up.`;

export class StepRow extends Pure<Props> {
  render({ step, n, total, open, isNext, idPrefix, on, openTry, ask, hideDetails, setHideDetails }: Props) {
    const own = `${idPrefix}-${step.id}`;
    const what = step.what.trim();
    return (
      <li class={`rung${step.climbedOn ? ' climbed' : ''}${isNext ? ' next' : ''}`}>
        <div class="rung-head">
          <button
            type="button"
            class="rung-toggle"
            id={`${own}-toggle`}
            aria-expanded={open}
            aria-controls={`${own}-body`}
            onClick={() => (open ? on.closeStep(step.id) : on.openStep(step.id))}
          >
            <span class="rung-n">Step {n}:</span> {what || 'new step, not written yet'}
          </button>
          <span class="row-buttons">
            <button
              type="button"
              id={`${own}-up`}
              class="button secondary small"
              disabled={n === 1}
              aria-label={`Move step ${n} up`}
              onClick={() => on.move(step.id, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              id={`${own}-down`}
              class="button secondary small"
              disabled={n === total}
              aria-label={`Move step ${n} down`}
              onClick={() => on.move(step.id, 1)}
            >
              ↓
            </button>
          </span>
        </div>
        <p class="rung-meta">
          {stepMeta(step)}
          {isNext && <strong> · Your next step</strong>}
        </p>
        {open && <StepBody step={step} n={n} openTry={openTry} idPrefix={own} on={on} ask={ask} hideDetails={hideDetails} setHideDetails={setHideDetails} />}
      </li>
    );
  }
}

function StepBody({ step, n, openTry, idPrefix, on, ask, hideDetails, setHideDetails }: TriesProps & CalendarChoice) {
  const set = (patch: StepText) => on.edit(step.id, patch);
  const trend = peakTrend(step);
  return (
    <div class="rung-body" id={`${idPrefix}-body`}>
      <Text id={`${idPrefix}-what`} label="What you will do" value={step.what} set={(what) => set({ what })} />
      <Rating
        id={`${idPrefix}-rating`}
        label="Expected distress, 0 to 100"
        hint="0 is calm, 100 the most anxious you can imagine. The step finds its place on the ladder when you press Enter or close it."
        value={step.rating}
        set={(r) => on.rate(step.id, r)}
        onEnter={() => on.place(step.id)}
      />
      <div class="ladder-grid">
        <Text id={`${idPrefix}-where`} label="Where (optional)" value={step.where} set={(where) => set({ where })} />
        <Text id={`${idPrefix}-when`} label="When (optional)" value={step.when} set={(when) => set({ when })} />
        <Text id={`${idPrefix}-long`} label="For how long (optional)" value={step.howLong} set={(howLong) => set({ howLong })} />
      </div>
      <div class="field ladder-date">
        <label for={`${idPrefix}-on`}>Day you plan to try it (optional)</label>
        <input
          id={`${idPrefix}-on`}
          type="date"
          value={step.on}
          // Only a whole date, or none: a year past 9999 could not be saved.
          onInput={(e) => {
            const date = (e.currentTarget as HTMLInputElement).value;
            if (date === '' || isDate(date)) set({ on: date });
          }}
        />
      </div>
      {step.on && (
        <AddToCalendarField
          id={`${idPrefix}-calendar`}
          name={`step ${n}${step.what.trim() ? `, ${step.what.trim()}` : ''}`}
          adds="the step"
          fileName="step.ics"
          make={(c) => c.stepCalendar(step, { hideDetails })}
          announce={on.say}
          calendar={{ hideDetails, setHideDetails }}
        />
      )}
      <Text
        id={`${idPrefix}-safety`}
        label="Safety behaviours to drop (optional)"
        hint="Things you do to feel less exposed, like holding your phone the whole time. Try this step without them."
        value={step.safety}
        set={(safety) => set({ safety })}
      />
      <label class="check">
        <input type="checkbox" checked={!!step.climbedOn} onChange={(e) => on.climbed(step.id, (e.currentTarget as HTMLInputElement).checked)} />I have climbed this step:
        it feels manageable now
      </label>
      {suggestClimbed(step) && <p class="ladder-suggest">{SUGGEST_TEXT}</p>}

      {trend && (
        <p>
          {trend[1] < trend[0]
            ? `Your distress at the peak came down from ${trend[0]} on your first try to ${trend[1]} on your latest.`
            : `Your distress at the peak was ${trend[0]} on your first try and ${trend[1]} on your latest. Fear often stays high for a while, and each try still counts: what you learn about what really happens is what matters.`}
        </p>
      )}
      <Tries step={step} n={n} openTry={openTry} idPrefix={idPrefix} on={on} ask={ask} />
      <div class="button-row">
        <button type="button" class="button small" id={`${idPrefix}-try`} disabled={step.attempts.length >= MAX_ATTEMPTS} onClick={() => on.addTry(step.id)}>
          Record a try
        </button>
        <button type="button" class="button secondary small" onClick={() => on.closeStep(step.id)}>
          Close step {n}
        </button>
        <button type="button" id={`${idPrefix}-remove`} class="button danger small" onClick={() => on.remove(step.id)}>
          Remove step {n}
        </button>
      </div>
      {ask?.key === `${idPrefix}-remove` && ask.node}
    </div>
  );
}
