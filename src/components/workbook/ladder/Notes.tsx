// Gentle guidance under the next step: a first step that is rated high, a
// big jump between two steps, a short ladder, steps not rated yet. Which
// notes show is decided by guidance() in ladder-logic.ts; the words are here.
import { choose, count } from '../../../lib/words';
import { FEW_STEPS, FIRST_STEP_MAX, guidance, type Note, type Step } from '../../../workbook/kinds/ladder-logic';
import type { LadderHandlers } from './useLadder';

export function Notes({ steps, on }: { steps: Step[]; on: LadderHandlers }) {
  const notes = guidance(steps);
  if (notes.length === 0) return null;
  const pos = (s: Step) => steps.indexOf(s) + 1;

  function note(n: Note) {
    switch (n.kind) {
      case 'first-high':
        return (
          <li>
            Your easiest step is rated {n.lowest}. A first step at about {FIRST_STEP_MAX} or below is gentler to begin with.{' '}
            <button type="button" class="link-button" onClick={on.addEasier}>
              Add an easier step
            </button>
          </li>
        );
      case 'jump': {
        const { low, high } = n.jump;
        return (
          <li>
            Big jump from step {pos(low)} ({low.rating}) to step {pos(high)} ({high.rating}). A step in between could make it easier.{' '}
            <button type="button" class="link-button" onClick={() => on.addBetween(n.jump)}>
              Add a step between steps {pos(low)} and {pos(high)}
            </button>
          </li>
        );
      }
      case 'few':
        return (
          <li>
            You have {count(n.count, 'step', 'steps')} so far. A ladder of {FEW_STEPS} or more small steps, from easy to hard, is easier to climb.
          </li>
        );
      case 'unrated':
        return <li>{choose(n.count, 'One step has', `${n.count} steps have`)} no rating yet. Give each one a number so it finds its place.</li>;
    }
  }

  return <ul class="ladder-notes">{notes.map(note)}</ul>;
}
