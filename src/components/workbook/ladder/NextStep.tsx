// "Your next step": the lowest step not yet climbed, with a try to record
// and, once the last tries stayed low, the offer to mark it climbed.
import { count } from '../../../lib/words';
import { FIRST_STEP_MAX, suggestClimbed, type Step } from '../../../workbook/kinds/ladder-logic';
import { Rungs } from './Chart';
import { stepMeta, SUGGEST_TEXT } from './Step';
import type { LadderHandlers } from './useLadder';

interface Props {
  idPrefix: string;
  headingLevel: 3 | 4;
  steps: Step[];
  next: Step | undefined;
  on: LadderHandlers;
}

export function NextStep({ idPrefix, headingLevel, steps, next, on }: Props) {
  const H = `h${headingLevel}` as const;
  const climbed = steps.filter((s) => s.climbedOn).length;
  return (
    <section class="ladder-next" aria-labelledby={`${idPrefix}-next`}>
      <Rungs steps={steps} next={next} />
      <H id={`${idPrefix}-next`} tabIndex={-1}>
        Your next step
      </H>
      {!steps.some((s) => s.what.trim()) ? (
        <p>Add a step below to start your ladder. A first step rated about {FIRST_STEP_MAX} or below is a good place to begin.</p>
      ) : !next ? (
        <p>You have climbed every step on this ladder. Well done. You could add a harder step, or start a new ladder.</p>
      ) : (
        <>
          <p class="ladder-next-what">{next.what}</p>
          <p class="meta">{stepMeta(next)}</p>
          {suggestClimbed(next) && (
            <p class="ladder-suggest">
              {SUGGEST_TEXT}{' '}
              <button type="button" class="button secondary small" onClick={() => on.climbNext(next.id)}>
                Mark it climbed
              </button>
            </p>
          )}
          <div class="button-row">
            <button type="button" class="button small" id={`${idPrefix}-next-try`} onClick={() => on.addTry(next.id)}>
              Record a try
            </button>
            <button type="button" class="button secondary small" onClick={() => on.goToStep(next.id)}>
              Open this step
            </button>
          </div>
          {next.attempts.length === 0 && (
            <p class="hint">
              Before you try it, note what you fear will happen. Afterwards, check that against what really happened. It counts even if your fear stays high.
            </p>
          )}
        </>
      )}
      {steps.length > 0 && (
        <p class="meta">
          Climbed {climbed} of {count(steps.length, 'step', 'steps')}.
        </p>
      )}
    </section>
  );
}
