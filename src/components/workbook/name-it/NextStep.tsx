// Step 4: what I need now, and one thing to do in the next ten minutes;
// then the check-in is saved.
import { NEEDS } from '../../../workbook/name-it/words';
import { helpReasons } from '../../../workbook/name-it/safety';
import { editDraft, finish, goToStep, tickChoice } from '../../../workbook/name-it/checkin';
import { paths, withBase } from '../../../lib/urls';
import { Chips } from './Chips';
import { HelpNote } from './HelpNote';
import { StepNav, type StepProps } from './StepNav';
import { TextAnswer } from './TextAnswer';

const NEED_WORDS = NEEDS.map(([need]) => need);

export function NextStep({ idPrefix, handle, headingLevel, announce, go }: StepProps) {
  const draft = handle.data.draft;
  const next = `${idPrefix}-next`;

  function done() {
    // Only possible if the words were removed elsewhere, say in another tab.
    if (handle.current().draft.feelings.length === 0) return go((d) => goToStep(d, 1));
    go((d) => finish(d, new Date()));
    announce('Check-in saved.');
  }

  return (
    <>
      <fieldset class="field">
        <legend>What do I need now?</legend>
        <Chips name={`${idPrefix}-needs`} options={NEED_WORDS} chosen={draft.needs} onChange={(need, on) => handle.update((d) => tickChoice(d, 'needs', need, on))} />
        <label for={`${idPrefix}-need-other`}>Something else</label>
        <TextAnswer id={`${idPrefix}-need-other`} handle={handle} field="needOther" />
      </fieldset>
      {draft.needs.length > 0 && (
        <div class="field" role="group" aria-labelledby={`${idPrefix}-ideas`}>
          <p class="hint" id={`${idPrefix}-ideas`}>
            Ideas that fit. Choose one to use it:
          </p>
          <div class="nameit-chips">
            {NEEDS.filter(([need]) => draft.needs.includes(need)).map(([need, idea]) => (
              <button
                type="button"
                class="button secondary small"
                key={need}
                onClick={() => {
                  handle.update((d) => editDraft(d, { next: idea }));
                  document.getElementById(next)?.focus();
                }}
              >
                {idea}
              </button>
            ))}
          </div>
        </div>
      )}
      <div class="field">
        <label for={next}>One thing I will do in the next ten minutes</label>
        <TextAnswer id={next} handle={handle} field="next" />
      </div>
      <p>
        <a href={withBase('/exercises/social-portfolio/#right-now')}>More ideas for right now in my social portfolio</a>
        <br />
        <a href={withBase(paths.safetyPlan)}>My safety plan, for the hardest moments</a>
      </p>
      <HelpNote idPrefix={idPrefix} reasons={helpReasons(draft)} headingLevel={headingLevel} />
      <StepNav step={4} go={go} label="Finish check-in" onNext={done} />
    </>
  );
}
