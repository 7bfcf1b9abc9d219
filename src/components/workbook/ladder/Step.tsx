// One rung of the ladder: a line that opens into the step's details and its
// tries (Tries.tsx). Rows re-render only when their own step changes, so a
// ladder of 60 steps stays quick to type in.
import type { JSX } from 'preact';
import type { StepText } from '../../../workbook/kinds/ladder-actions';
import { LOW_DISTRESS, MAX_ATTEMPTS, peakTrend, shownWhat, suggestClimbed, type Step } from '../../../workbook/kinds/ladder-logic';
import { Pure } from './Pure';
import { Rating, Text } from './Inputs';
import { Tries, shortDate, type TriesProps } from './Tries';
import type { LadderHandlers } from './useLadder';
import { AddToCalendarField, type CalendarChoice } from '../AddToCalendar';
import { isDate } from '../../../workbook/dates';
import { ladderWordsIn, useLadderWords, type LadderWords } from '../../../i18n/widgets/ladder';
import { LangContext } from '../../../i18n/widgets/words';
import type { Lang } from '../../../i18n/languages';

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

/** The short line under a step's name: rating, tries, how the peak moved, climbed. */
export function stepMeta(step: Step, words: LadderWords, lang: Lang): string {
  const w = words.meta;
  const trend = peakTrend(step);
  return [
    step.rating === null ? w.notRated : w.expected(step.rating),
    step.on && !step.climbedOn && w.plannedFor(shortDate(step.on, lang)),
    step.attempts.length > 0 && w.tries(step.attempts.length),
    trend && w.trend(...trend),
    step.climbedOn && w.climbed,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Offered once a step's last tries stayed low. */
export const suggestText = (words: LadderWords) => words.suggest(LOW_DISTRESS);

export class StepRow extends Pure<Props> {
  // The page's language, from the island (a class reads it this way, not with a hook).
  static contextType = LangContext;

  render({ step, n, total, open, isNext, idPrefix, on, openTry, ask, hideDetails, setHideDetails }: Props) {
    const lang = this.context as Lang;
    const words = ladderWordsIn(lang);
    const w = words.step;
    const own = `${idPrefix}-${step.id}`;
    const what = shownWhat(step.what.trim(), words.starters);
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
            <span class="rung-n">{w.n(n)}</span> {what || w.unwritten}
          </button>
          <span class="row-buttons">
            <button type="button" id={`${own}-up`} class="button secondary small" disabled={n === 1} aria-label={w.moveUp(n)} onClick={() => on.move(step.id, -1)}>
              ↑
            </button>
            <button type="button" id={`${own}-down`} class="button secondary small" disabled={n === total} aria-label={w.moveDown(n)} onClick={() => on.move(step.id, 1)}>
              ↓
            </button>
          </span>
        </div>
        <p class="rung-meta">
          {stepMeta(step, words, lang)}
          {isNext && <strong> · {w.isNext}</strong>}
        </p>
        {open && <StepBody step={step} n={n} openTry={openTry} idPrefix={own} on={on} ask={ask} hideDetails={hideDetails} setHideDetails={setHideDetails} />}
      </li>
    );
  }
}

function StepBody({ step, n, openTry, idPrefix, on, ask, hideDetails, setHideDetails }: TriesProps & CalendarChoice) {
  const set = (patch: StepText) => on.edit(step.id, patch);
  const trend = peakTrend(step);
  const words = useLadderWords();
  const w = words.step;
  // An idea from the guides shows in the page's language; it is saved in English until changed.
  const shown = shownWhat(step.what, words.starters);
  return (
    <div class="rung-body" id={`${idPrefix}-body`}>
      <Text id={`${idPrefix}-what`} label={w.whatLabel} value={shown} set={(what) => set({ what })} />
      <Rating
        id={`${idPrefix}-rating`}
        label={w.ratingLabel}
        hint={w.ratingHint}
        value={step.rating}
        set={(r) => on.rate(step.id, r)}
        onEnter={() => on.place(step.id)}
      />
      <div class="ladder-grid">
        <Text id={`${idPrefix}-where`} label={w.where} value={step.where} set={(where) => set({ where })} />
        <Text id={`${idPrefix}-when`} label={w.when} value={step.when} set={(when) => set({ when })} />
        <Text id={`${idPrefix}-long`} label={w.howLong} value={step.howLong} set={(howLong) => set({ howLong })} />
      </div>
      <div class="field ladder-date">
        <label for={`${idPrefix}-on`}>{w.day}</label>
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
          name={w.calendarName(n, shown.trim())}
          adds={w.calendarAdds}
          fileName={w.calendarFile}
          make={(c) => c.stepCalendar({ ...step, what: shown }, { hideDetails })}
          announce={on.say}
          calendar={{ hideDetails, setHideDetails }}
        />
      )}
      <Text id={`${idPrefix}-safety`} label={w.safetyLabel} hint={w.safetyHint} value={step.safety} set={(safety) => set({ safety })} />
      <label class="check">
        <input type="checkbox" checked={!!step.climbedOn} onChange={(e) => on.climbed(step.id, (e.currentTarget as HTMLInputElement).checked)} />
        {w.climbedCheck}
      </label>
      {suggestClimbed(step) && <p class="ladder-suggest">{suggestText(words)}</p>}

      {trend && <p>{trend[1] < trend[0] ? w.trendDown(...trend) : w.trendNotDown(...trend)}</p>}
      <Tries step={step} n={n} openTry={openTry} idPrefix={idPrefix} on={on} ask={ask} />
      <div class="button-row">
        <button type="button" class="button small" id={`${idPrefix}-try`} disabled={step.attempts.length >= MAX_ATTEMPTS} onClick={() => on.addTry(step.id)}>
          {w.recordTry}
        </button>
        <button type="button" class="button secondary small" onClick={() => on.closeStep(step.id)}>
          {w.close(n)}
        </button>
        <button type="button" id={`${idPrefix}-remove`} class="button danger small" onClick={() => on.remove(step.id)}>
          {w.remove(n)}
        </button>
      </div>
      {ask?.key === `${idPrefix}-remove` && ask.node}
    </div>
  );
}
