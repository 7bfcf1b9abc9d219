// The ladder itself, easiest step first: one row per step, and a note with
// "Sort by rating" when the order made by hand differs from the ratings.
import { inRatingOrder, type Step } from '../../../workbook/kinds/ladder-logic';
import type { useQuestion } from '../Confirm';
import type { CalendarChoice } from '../AddToCalendar';
import { StepRow } from './Step';
import type { LadderHandlers } from './useLadder';

interface Props extends CalendarChoice {
  idPrefix: string;
  headingLevel: 3 | 4;
  steps: Step[];
  next: Step | undefined;
  /** Ids of the steps open on screen. */
  open: string[];
  /** Id of the try being edited, or "". */
  openTry: string;
  question: ReturnType<typeof useQuestion>;
  on: LadderHandlers;
}

export function StepList({ idPrefix, headingLevel, steps, next, open, openTry, question, on, hideDetails, setHideDetails }: Props) {
  const H = `h${headingLevel}` as const;
  // A question asked inside a row (removing the step, deleting a try) goes to that row only.
  const askedIn = (s: Step) => (question.asking.startsWith(`${idPrefix}-${s.id}-`) ? { key: question.asking, node: question.at(question.asking)! } : undefined);
  return (
    <>
      <H id={`${idPrefix}-steps`}>Your ladder, easiest step first</H>
      {!inRatingOrder(steps) && (
        <p class="ladder-note">
          The order is not the same as the ratings. That is fine if you chose it.{' '}
          <button type="button" class="link-button" onClick={on.sort}>
            Sort by rating
          </button>
        </p>
      )}
      {steps.length === 0 ? (
        <p class="meta">No steps yet. Add your first one below, or start from one of the ideas.</p>
      ) : (
        <ol class="ladder-steps" aria-labelledby={`${idPrefix}-steps`}>
          {steps.map((s, i) => (
            <StepRow
              key={s.id}
              step={s}
              n={i + 1}
              total={steps.length}
              open={open.includes(s.id)}
              openTry={s.attempts.some((a) => a.id === openTry) ? openTry : ''}
              isNext={s === next}
              idPrefix={idPrefix}
              on={on}
              ask={askedIn(s)}
              // Only an open step shows the choice: closed rows are not redrawn when it changes.
              hideDetails={hideDetails && open.includes(s.id)}
              setHideDetails={setHideDetails}
            />
          ))}
        </ol>
      )}
    </>
  );
}
