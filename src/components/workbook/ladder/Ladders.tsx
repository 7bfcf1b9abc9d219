// Which ladder is on screen and what it is for: the picker (once there are
// two ladders or more) and the goal, and at the end of the widget the
// buttons for a new ladder, deleting this one and printing a blank one.
import type { JSX } from 'preact';
import type { Ladder, LadderData } from '../../../workbook/kinds/ladder-logic';
import { printExercise } from '../print-exercise';
import { Text } from './Inputs';
import type { LadderHandlers } from './useLadder';
import { useLadderWords } from '../../../i18n/widgets/ladder';

interface PickerProps {
  idPrefix: string;
  data: LadderData;
  ladder: Ladder;
  on: LadderHandlers;
}

export function LadderPicker({ idPrefix, data, ladder, on }: PickerProps) {
  const w = useLadderWords().ladders;
  return (
    <>
      {data.ladders.length > 1 && (
        <div class="field">
          <label for={`${idPrefix}-pick`}>{w.pick}</label>
          <select id={`${idPrefix}-pick`} value={ladder.id} onChange={(e) => on.showLadder((e.currentTarget as HTMLSelectElement).value)}>
            {data.ladders.map((l, i) => (
              <option value={l.id} key={l.id}>
                {l.goal.trim() || w.unnamed(i + 1)}
              </option>
            ))}
          </select>
        </div>
      )}
      <Text id={`${idPrefix}-goal`} label={w.goalLabel} hint={w.goalHint} value={ladder.goal} set={on.setGoal} />
    </>
  );
}

interface ToolsProps {
  idPrefix: string;
  /** How many ladders there are. */
  ladders: number;
  on: LadderHandlers;
  /** The question asked before deleting this ladder, when it is asked. */
  asked: JSX.Element | null;
}

export function LadderTools({ idPrefix, ladders, on, asked }: ToolsProps) {
  const w = useLadderWords().ladders;
  return (
    <>
      <div class="button-row ladder-tools">
        <button type="button" class="button secondary small" onClick={on.addLadder}>
          {w.newLadder}
        </button>
        {ladders > 1 && (
          <button type="button" id={`${idPrefix}-delete-ladder`} class="button danger small" onClick={on.removeLadder}>
            {w.deleteLadder}
          </button>
        )}
        <button type="button" class="button secondary small" onClick={() => printExercise(idPrefix, 'ladder-blank-print')}>
          {w.printBlank}
        </button>
      </div>
      {asked}
    </>
  );
}
