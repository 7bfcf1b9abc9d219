// Step 4: what I need now, and one thing to do in the next ten minutes;
// then the check-in is saved.
import { NEEDS, needIdea, needLabel } from '../../../workbook/name-it/words';
import { helpReasons } from '../../../workbook/name-it/safety';
import { editDraft, finish, goToStep, tickChoice } from '../../../workbook/name-it/checkin';
import { paths, withBase } from '../../../lib/urls';
import { localePath } from '../../../i18n/languages';
import { useLang } from '../../../i18n/widgets/words';
import { useNameItWords } from '../../../i18n/widgets/name-it';
import { Chips } from './Chips';
import { HelpNote } from './HelpNote';
import { StepNav, type StepProps } from './StepNav';
import { TextAnswer } from './TextAnswer';

export function NextStep({ idPrefix, handle, headingLevel, announce, go }: StepProps) {
  const w = useNameItWords();
  const lang = useLang();
  const draft = handle.data.draft;
  const next = `${idPrefix}-next`;

  function done() {
    // Only possible if the words were removed elsewhere, say in another tab.
    if (handle.current().draft.feelings.length === 0) return go((d) => goToStep(d, 1));
    go((d) => finish(d, new Date()));
    announce(w.next.saved);
  }

  return (
    <>
      <fieldset class="field">
        <legend>{w.next.need}</legend>
        <Chips
          name={`${idPrefix}-needs`}
          options={NEEDS}
          chosen={draft.needs}
          label={(need) => needLabel(w, need)}
          onChange={(need, on) => handle.update((d) => tickChoice(d, 'needs', need, on))}
        />
        <label for={`${idPrefix}-need-other`}>{w.next.elsewhere}</label>
        <TextAnswer id={`${idPrefix}-need-other`} handle={handle} field="needOther" />
      </fieldset>
      {draft.needs.length > 0 && (
        <div class="field" role="group" aria-labelledby={`${idPrefix}-ideas`}>
          <p class="hint" id={`${idPrefix}-ideas`}>
            {w.next.ideas}
          </p>
          <div class="nameit-chips">
            {NEEDS.filter((need) => draft.needs.includes(need)).map((need) => {
              // A suggestion in the page's language, written into the box like the person's own words.
              const idea = needIdea(w, need);
              return (
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
              );
            })}
          </div>
        </div>
      )}
      <div class="field">
        <label for={next}>{w.next.oneThing}</label>
        <TextAnswer id={next} handle={handle} field="next" />
      </div>
      <p>
        <a href={withBase(localePath(lang, '/exercises/social-portfolio/#right-now'))}>{w.next.portfolio}</a>
        <br />
        <a href={withBase(localePath(lang, paths.safetyPlan))}>{w.next.safetyPlan}</a>
      </p>
      <HelpNote idPrefix={idPrefix} reasons={helpReasons(draft)} headingLevel={headingLevel} />
      <StepNav step={4} go={go} label={w.next.finish} onNext={done} />
    </>
  );
}
