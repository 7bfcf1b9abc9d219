// The ladder itself, easiest step first: one row per step, and a note with
// "Sort by rating" when the order made by hand differs from the ratings.
import { inRatingOrder, type Step } from '../../../workbook/kinds/ladder-logic';
import type { useQuestion } from '../Confirm';
import type { CalendarChoice } from '../AddToCalendar';
import { StepRow } from './Step';
import type { LadderHandlers } from './useLadder';
import { useLadderWords } from '../../../i18n/widgets/ladder';

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
  const w = useLadderWords().list;
  // A question asked inside a row (removing the step, deleting a try) goes to that row only.
  const askedIn = (s: Step) => (question.asking.startsWith(`${idPrefix}-${s.id}-`) ? { key: question.asking, node: question.at(question.asking)! } : undefined);
  return (
    <>
      <H id={`${idPrefix}-steps`}>{w.heading}</H>
      {!inRatingOrder(steps) && (
        <p class="ladder-note">
          {w.order}{' '}
          <button type="button" class="link-button" onClick={on.sort}>
            {w.sort}
          </button>
        </p>
      )}
      {steps.length === 0 ? (
        <p class="meta">{w.none}</p>
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
