// Step 3: say it. The sentence made from the chosen words, a kind line, and
// room to put it in the person's own words.
import { helpReasons } from '../../../workbook/name-it/safety';
import { composeSentence } from '../../../workbook/name-it/sentence';
import { nextKindLine } from '../../../workbook/name-it/checkin';
import { HelpNote } from './HelpNote';
import { StepNav, type StepProps } from './StepNav';
import { TextAnswer } from './TextAnswer';
import { useNameItWords } from '../../../i18n/widgets/name-it';

export function SayStep({ idPrefix, handle, headingLevel, go }: StepProps) {
  const w = useNameItWords();
  const draft = handle.data.draft;
  return (
    <>
      <p class="nameit-sentence">
        {composeSentence(
          draft.feelings.map((f) => f.word),
          draft.craving,
          w,
        )}
      </p>
      <p class="hint">{w.say.aloud}</p>
      <p class="nameit-kind" aria-live="polite">
        {w.kindLines[draft.kindLine % w.kindLines.length]}
      </p>
      <button type="button" class="link-button" onClick={() => handle.update(nextKindLine)}>
        {w.say.anotherLine}
      </button>
      <div class="field">
        <label for={`${idPrefix}-written`}>{w.say.ownWords}</label>
        <TextAnswer id={`${idPrefix}-written`} handle={handle} field="written" long />
      </div>
      <HelpNote idPrefix={idPrefix} reasons={helpReasons(draft)} headingLevel={headingLevel} />
      <StepNav step={3} go={go} label={w.say.next} />
    </>
  );
}
