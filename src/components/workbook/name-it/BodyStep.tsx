// Step 2: how strong each feeling is, whether there is a craving or urge,
// where it sits in the body, and what set it off.
import { BODY_PLACES, bodyLabel, feelingLabel } from '../../../workbook/name-it/words';
import { useNameItWords } from '../../../i18n/widgets/name-it';
import { helpReasons } from '../../../workbook/name-it/safety';
import { editDraft, rateFeeling, tickChoice } from '../../../workbook/name-it/checkin';
import { Chips } from './Chips';
import { HelpNote } from './HelpNote';
import { LevelScale } from './LevelScale';
import { StepNav, type StepProps } from './StepNav';
import { TextAnswer } from './TextAnswer';

export function BodyStep({ idPrefix, handle, headingLevel, go }: StepProps) {
  const w = useNameItWords();
  const draft = handle.data.draft;
  return (
    <>
      {draft.feelings.map((f, i) => (
        <LevelScale
          key={f.word}
          name={`${idPrefix}-level-${i}`}
          legend={w.strength.howStrong(feelingLabel(w, f.word))}
          value={f.level}
          onChange={(level) => handle.update((d) => rateFeeling(d, f.word, level))}
        />
      ))}
      <LevelScale
        name={`${idPrefix}-craving`}
        legend={w.strength.craving}
        hint={w.strength.cravingHint}
        value={draft.craving}
        onChange={(craving) => handle.update((d) => editDraft(d, { craving }))}
      />
      {/* Beside the ratings that raise it, not below the fields after them. */}
      <HelpNote idPrefix={idPrefix} reasons={helpReasons(draft)} headingLevel={headingLevel} />
      <fieldset class="field">
        <legend>{w.strength.where}</legend>
        <Chips
          name={`${idPrefix}-body`}
          options={BODY_PLACES}
          chosen={draft.body}
          label={(place) => bodyLabel(w, place)}
          onChange={(place, on) => handle.update((d) => tickChoice(d, 'body', place, on))}
        />
        <label for={`${idPrefix}-body-other`}>{w.strength.elsewhere}</label>
        <TextAnswer id={`${idPrefix}-body-other`} handle={handle} field="bodyOther" />
      </fieldset>
      <div class="field">
        <label for={`${idPrefix}-trigger`}>{w.strength.trigger}</label>
        <span class="hint" id={`${idPrefix}-trigger-hint`}>
          {w.strength.triggerHint}
        </span>
        <TextAnswer id={`${idPrefix}-trigger`} handle={handle} field="trigger" aria-describedby={`${idPrefix}-trigger-hint`} />
      </div>
      <StepNav step={2} go={go} label={w.strength.next} />
    </>
  );
}
