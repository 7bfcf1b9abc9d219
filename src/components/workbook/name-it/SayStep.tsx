// Step 3: say it. The sentence made from the chosen words, a kind line, and
// room to put it in the person's own words.
import { KIND_LINES } from '../../../workbook/name-it/words';
import { helpReasons } from '../../../workbook/name-it/safety';
import { composeSentence } from '../../../workbook/name-it/sentence';
import { nextKindLine } from '../../../workbook/name-it/checkin';
import { HelpNote } from './HelpNote';
import { StepNav, type StepProps } from './StepNav';
import { TextAnswer } from './TextAnswer';

export function SayStep({ idPrefix, handle, headingLevel, go }: StepProps) {
  const draft = handle.data.draft;
  return (
    <>
      <p class="nameit-sentence">
        {composeSentence(
          draft.feelings.map((f) => f.word),
          draft.craving,
        )}
      </p>
      <p class="hint">Read it aloud, or say it slowly in your head. Then breathe out.</p>
      <p class="nameit-kind" aria-live="polite">
        {KIND_LINES[draft.kindLine % KIND_LINES.length]}
      </p>
      <button type="button" class="link-button" onClick={() => handle.update(nextKindLine)}>
        Show another kind line
      </button>
      <div class="field">
        <label for={`${idPrefix}-written`}>Or write it in your own words</label>
        <TextAnswer id={`${idPrefix}-written`} handle={handle} field="written" long />
      </div>
      <HelpNote idPrefix={idPrefix} reasons={helpReasons(draft)} headingLevel={headingLevel} />
      <StepNav step={3} go={go} label="Next: one small step" />
    </>
  );
}
