// Step 1: name it. Every word that fits, chosen from groups with plain names
// or typed; the list narrows as the person types.
import { useState } from 'preact/hooks';
import { MAX_FEELINGS } from '../../../workbook/kinds/name-it';
import { helpReasons } from '../../../workbook/name-it/safety';
import { addable, addFeeling, goToStep, isChosen, removeFeeling } from '../../../workbook/name-it/checkin';
import { findFeelings } from '../../../workbook/name-it/find';
import { feelingLabel, groupLabel } from '../../../workbook/name-it/words';
import { useNameItWords } from '../../../i18n/widgets/name-it';
import { FeelingFinder } from './FeelingFinder';
import { ChosenFeelings } from './ChosenFeelings';
import { Chips } from './Chips';
import { HelpNote } from './HelpNote';
import { StepNav, type StepProps } from './StepNav';

export function NameStep({ idPrefix, handle, headingLevel, announce, go }: StepProps) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const w = useNameItWords();
  const label = (word: string) => feelingLabel(w, word);
  const draft = handle.data.draft;
  const found = findFeelings(typed, undefined, label);
  const find = `${idPrefix}-find`;

  /** Adds what was typed (as the list's word when it is one); returns whether the word is now chosen. */
  function addTyped(): boolean {
    const word = found.listed ?? found.word;
    if (!word) return false;
    setTyped('');
    const why = addable(handle.current().draft, word);
    if (why === 'chosen') return (announce(w.name.alreadyChosen(label(word))), true);
    if (why === 'full') return (announce(w.name.full(MAX_FEELINGS)), false);
    handle.update((d) => addFeeling(d, word));
    announce(w.name.added(label(word)));
    setError('');
    return true;
  }

  function next() {
    const none = handle.current().draft.feelings.length === 0;
    // A word typed but not yet added counts, so it is not lost.
    const added = found.word !== '' && (found.listed !== undefined || none) && addTyped();
    if (!added && none) {
      setError(w.name.noneChosen);
      document.getElementById(find)?.focus();
      return;
    }
    go((d) => goToStep(d, 2));
  }

  return (
    <>
      <p class="hint">{w.name.intro}</p>
      <FeelingFinder id={find} typed={typed} found={found} error={error} onType={setTyped} onAdd={addTyped} />
      <ChosenFeelings
        idPrefix={idPrefix}
        feelings={draft.feelings}
        onRemove={(word) => {
          handle.update((d) => removeFeeling(d, word));
          announce(w.name.removed(label(word)));
          document.getElementById(find)?.focus();
        }}
      />
      {found.groups.map((g) => (
        <fieldset class="nameit-group" key={g.name}>
          <legend>{groupLabel(w, g.name)}</legend>
          <Chips
            name={`${idPrefix}-${g.name}`}
            options={g.words}
            chosen={g.words.filter((word) => isChosen(draft, word))}
            label={label}
            onChange={(word, on) => {
              handle.update((d) => (on ? addFeeling(d, word) : removeFeeling(d, word)));
              if (on) setError('');
            }}
          />
        </fieldset>
      ))}
      {found.word && found.groups.length === 0 && <p class="hint">{w.name.notListed(found.word)}</p>}
      <HelpNote idPrefix={idPrefix} reasons={helpReasons(draft)} headingLevel={headingLevel} />
      <StepNav step={1} go={go} label={w.name.next} onNext={next} />
    </>
  );
}
