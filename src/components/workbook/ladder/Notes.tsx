// Gentle guidance under the next step: a first step that is rated high, a
// big jump between two steps, a short ladder, steps not rated yet. Which
// notes show is decided by guidance() in ladder-logic.ts; the words are here.
import { FEW_STEPS, FIRST_STEP_MAX, guidance, type Note, type Step } from '../../../workbook/kinds/ladder-logic';
import type { LadderHandlers } from './useLadder';
import { useLadderWords } from '../../../i18n/widgets/ladder';

export function Notes({ steps, on }: { steps: Step[]; on: LadderHandlers }) {
  const w = useLadderWords().notes;
  const notes = guidance(steps);
  if (notes.length === 0) return null;
  const pos = (s: Step) => steps.indexOf(s) + 1;

  function note(n: Note) {
    switch (n.kind) {
      case 'first-high':
        return (
          <li>
            {w.firstHigh(n.lowest, FIRST_STEP_MAX)}{' '}
            <button type="button" class="link-button" onClick={on.addEasier}>
              {w.addEasier}
            </button>
          </li>
        );
      case 'jump': {
        const { low, high } = n.jump;
        return (
          <li>
            {w.jump(pos(low), low.rating!, pos(high), high.rating!)}{' '}
            <button type="button" class="link-button" onClick={() => on.addBetween(n.jump)}>
              {w.addBetween(pos(low), pos(high))}
            </button>
          </li>
        );
      }
      case 'few':
        return <li>{w.few(n.count, FEW_STEPS)}</li>;
      case 'unrated':
        return <li>{w.unrated(n.count)}</li>;
    }
  }

  return <ul class="ladder-notes">{notes.map(note)}</ul>;
}
