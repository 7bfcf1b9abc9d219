// The exposure ladder builder: a goal, steps rated 0–100 and kept in order,
// "your next step" at the top, gentle guidance, tries with a chart, and a
// paper version. This file is the frame: it lays out the views and hands
// them the handlers of useLadder.ts, which apply the changes of
// ladder-actions.ts through the exercise handle as the person types. Only
// what is open on screen lives in component state.
// How ordering works is explained at the top of ladder-logic.ts.
import { useEffect, useState } from 'preact/hooks';
import type { WidgetProps } from '../island';
import { activeLadder, nextStep, type LadderData } from '../../../workbook/kinds/ladder-logic';
import { AddStep, Ideas } from './AddStep';
import { LadderPicker, LadderTools } from './Ladders';
import { NextStep } from './NextStep';
import { Notes } from './Notes';
import { BlankSheet, PrintView } from './Print';
import { StepList } from './StepList';
import { useLadder } from './useLadder';

/** True once the browser is idle after the first paint. */
function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const show = () => setIdle(true);
    const id = window.requestIdleCallback?.(show, { timeout: 2000 }) ?? setTimeout(show, 500);
    return () => (window.cancelIdleCallback ?? clearTimeout)(id);
  }, []);
  return idle;
}

export function Ladder({ def, handle, headingLevel }: WidgetProps<LadderData>) {
  const idPrefix = def.id;
  const { data } = handle;
  const ladder = activeLadder(data);
  const { steps } = ladder;
  const next = nextStep(steps);
  const { on, open, openTry, msg, error, question } = useLadder(idPrefix, handle);
  // Whether "Add to calendar" hides a step's details: one choice for the ladder, not saved.
  const [hideDetails, setHideDetails] = useState(false);
  // The paper version is most of the ladder's markup and is not seen on
  // screen, so it is drawn once the page is idle rather than at first paint.
  const paper = useIdle();

  return (
    <div class={`ladder${data.ladders.some((l) => l.steps.length) ? ' has-steps' : ''}`}>
      <div class="ladder-screen">
        <LadderPicker idPrefix={idPrefix} data={data} ladder={ladder} on={on} />
        <NextStep idPrefix={idPrefix} headingLevel={headingLevel} steps={steps} next={next} on={on} />
        <Notes steps={steps} on={on} />
        <StepList
          idPrefix={idPrefix}
          headingLevel={headingLevel}
          steps={steps}
          next={next}
          open={open}
          openTry={openTry}
          question={question}
          on={on}
          hideDetails={hideDetails}
          setHideDetails={setHideDetails}
        />
        <AddStep idPrefix={idPrefix} headingLevel={headingLevel} draft={ladder.draft} error={error} on={on} />
        <Ideas idPrefix={idPrefix} steps={steps} on={on} />
        <LadderTools idPrefix={idPrefix} ladders={data.ladders.length} on={on} asked={question.at(`${idPrefix}-delete-ladder`)} />
        <p class="visually-hidden" role="status" aria-live="polite">
          {msg}
        </p>
      </div>
      {paper && <PrintView data={data} />}
      <BlankSheet />
    </div>
  );
}
