// Step 1: name it. Every word that fits, chosen from groups with plain names
// or typed; the list narrows as the person types.
import { useState } from 'preact/hooks';
import { MAX_FEELINGS } from '../../../workbook/kinds/name-it';
import { helpReasons } from '../../../workbook/name-it/safety';
import { addable, addFeeling, goToStep, isChosen, removeFeeling } from '../../../workbook/name-it/checkin';
import { findFeelings } from '../../../workbook/name-it/find';
import { FeelingFinder } from './FeelingFinder';
import { ChosenFeelings } from './ChosenFeelings';
import { Chips } from './Chips';
import { HelpNote } from './HelpNote';
import { StepNav, type StepProps } from './StepNav';

const NONE_CHOSEN = 'Choose or type at least one word. “Something I can’t name yet” counts too.';

export function NameStep({ idPrefix, handle, headingLevel, announce, go }: StepProps) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const draft = handle.data.draft;
  const found = findFeelings(typed);
  const find = `${idPrefix}-find`;

  /** Adds what was typed (as the list's word when it is one); returns whether the word is now chosen. */
  function addTyped(): boolean {
    const word = found.listed ?? found.word;
    if (!word) return false;
    setTyped('');
    const why = addable(handle.current().draft, word);
    if (why === 'chosen') return (announce(`“${word}” is already chosen.`), true);
    if (why === 'full') return (announce(`That is ${MAX_FEELINGS} words already. Remove one to add another.`), false);
    handle.update((d) => addFeeling(d, word));
    announce(`Added “${word}”.`);
    setError('');
    return true;
  }

  function next() {
    const none = handle.current().draft.feelings.length === 0;
    // A word typed but not yet added counts, so it is not lost.
    const added = found.word !== '' && (found.listed !== undefined || none) && addTyped();
    if (!added && none) {
      setError(NONE_CHOSEN);
      document.getElementById(find)?.focus();
      return;
    }
    go((d) => goToStep(d, 2));
  }

  return (
    <>
      <p class="hint">Choose every word that fits, or type your own. Close is good enough.</p>
      <FeelingFinder id={find} typed={typed} found={found} error={error} onType={setTyped} onAdd={addTyped} />
      <ChosenFeelings
        idPrefix={idPrefix}
        feelings={draft.feelings}
        onRemove={(word) => {
          handle.update((d) => removeFeeling(d, word));
          announce(`Removed “${word}”.`);
          document.getElementById(find)?.focus();
        }}
      />
      {found.groups.map((g) => (
        <fieldset class="nameit-group" key={g.name}>
          <legend>{g.name}</legend>
          <Chips
            name={`${idPrefix}-${g.name}`}
            options={g.words}
            chosen={g.words.filter((w) => isChosen(draft, w))}
            onChange={(word, on) => {
              handle.update((d) => (on ? addFeeling(d, word) : removeFeeling(d, word)));
              if (on) setError('');
            }}
          />
        </fieldset>
      ))}
      {found.word && found.groups.length === 0 && <p class="hint">No word in the list has “{found.word}” in it. Add it as your own word.</p>}
      <HelpNote idPrefix={idPrefix} reasons={helpReasons(draft)} headingLevel={headingLevel} />
      <StepNav step={1} go={go} label="Next: how strong" onNext={next} />
    </>
  );
}
