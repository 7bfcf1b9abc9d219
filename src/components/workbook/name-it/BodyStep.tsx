// Step 2: how strong each feeling is, whether there is a craving or urge,
// where it sits in the body, and what set it off.
import { BODY_PLACES } from '../../../workbook/name-it/words';
import { helpReasons } from '../../../workbook/name-it/safety';
import { editDraft, rateFeeling, tickChoice } from '../../../workbook/name-it/checkin';
import { Chips } from './Chips';
import { HelpNote } from './HelpNote';
import { LevelScale } from './LevelScale';
import { StepNav, type StepProps } from './StepNav';
import { TextAnswer } from './TextAnswer';

export function BodyStep({ idPrefix, handle, headingLevel, go }: StepProps) {
  const draft = handle.data.draft;
  return (
    <>
      {draft.feelings.map((f, i) => (
        <LevelScale
          key={f.word}
          name={`${idPrefix}-level-${i}`}
          legend={`How strong is “${f.word}”?`}
          value={f.level}
          onChange={(level) => handle.update((d) => rateFeeling(d, f.word, level))}
        />
      ))}
      <LevelScale
        name={`${idPrefix}-craving`}
        legend="Is there a craving or urge? How strong?"
        hint="Leave it blank if not. 0 is fine too."
        value={draft.craving}
        onChange={(craving) => handle.update((d) => editDraft(d, { craving }))}
      />
      {/* Beside the ratings that raise it, not below the fields after them. */}
      <HelpNote idPrefix={idPrefix} reasons={helpReasons(draft)} headingLevel={headingLevel} />
      <fieldset class="field">
        <legend>Where do you feel it in your body?</legend>
        <Chips name={`${idPrefix}-body`} options={BODY_PLACES} chosen={draft.body} onChange={(place, on) => handle.update((d) => tickChoice(d, 'body', place, on))} />
        <label for={`${idPrefix}-body-other`}>Somewhere else</label>
        <TextAnswer id={`${idPrefix}-body-other`} handle={handle} field="bodyOther" />
      </fieldset>
      <div class="field">
        <label for={`${idPrefix}-trigger`}>What set it off?</label>
        <span class="hint" id={`${idPrefix}-trigger-hint`}>
          A place, a person, a time of day, a thought. A few words is plenty.
        </span>
        <TextAnswer id={`${idPrefix}-trigger`} handle={handle} field="trigger" aria-describedby={`${idPrefix}-trigger-hint`} />
      </div>
      <StepNav step={2} go={go} label="Next: say it" />
    </>
  );
}
