// What every step of the check-in is given, and the Back and Next buttons
// under it.
import type { ExerciseHandle } from '../useExercise';
import type { NameItData } from '../../../workbook/kinds/name-it';
import { goToStep, type Step } from '../../../workbook/name-it/checkin';
import { useNameItWords } from '../../../i18n/widgets/name-it';

export interface StepProps {
  idPrefix: string;
  handle: ExerciseHandle<NameItData>;
  /** Level of the step's heading. */
  headingLevel: 3 | 4;
  announce(message: string): void;
  /** A change the person asked for that shows another step or view: its heading takes focus. */
  go(change: (data: NameItData) => NameItData): void;
}

interface Props {
  step: Step;
  go: StepProps['go'];
  label: string;
  /** What Next does, when it does more than go on to the next step. */
  onNext?(): void;
}

export function StepNav({ step, go, label, onNext = () => go((d) => goToStep(d, (step + 1) as Step)) }: Props) {
  const w = useNameItWords();
  return (
    <div class="button-row nameit-nav">
      {step > 1 && (
        <button type="button" class="button secondary" onClick={() => go((d) => goToStep(d, (step - 1) as Step))}>
          {w.steps.back}
        </button>
      )}
      <button type="button" class="button" onClick={onNext}>
        {label}
      </button>
    </div>
  );
}
