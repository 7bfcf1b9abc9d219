// "Your next step": the lowest step not yet climbed, with a try to record
// and, once the last tries stayed low, the offer to mark it climbed.
import { FIRST_STEP_MAX, shownWhat, suggestClimbed, type Step } from '../../../workbook/kinds/ladder-logic';
import { Rungs } from './Chart';
import { stepMeta, suggestText } from './Step';
import type { LadderHandlers } from './useLadder';
import { useLadderWords } from '../../../i18n/widgets/ladder';
import { useLang } from '../../../i18n/widgets/words';

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
  const words = useLadderWords();
  const w = words.next;
  const lang = useLang();
  return (
    <section class="ladder-next" aria-labelledby={`${idPrefix}-next`}>
      <Rungs steps={steps} next={next} />
      <H id={`${idPrefix}-next`} tabIndex={-1}>
        {w.heading}
      </H>
      {!steps.some((s) => s.what.trim()) ? (
        <p>{w.empty(FIRST_STEP_MAX)}</p>
      ) : !next ? (
        <p>{w.allClimbed}</p>
      ) : (
        <>
          <p class="ladder-next-what">{shownWhat(next.what, words.starters)}</p>
          <p class="meta">{stepMeta(next, words, lang)}</p>
          {suggestClimbed(next) && (
            <p class="ladder-suggest">
              {suggestText(words)}{' '}
              <button type="button" class="button secondary small" onClick={() => on.climbNext(next.id)}>
                {w.markClimbed}
              </button>
            </p>
          )}
          <div class="button-row">
            <button type="button" class="button small" id={`${idPrefix}-next-try`} onClick={() => on.addTry(next.id)}>
              {w.recordTry}
            </button>
            <button type="button" class="button secondary small" onClick={() => on.goToStep(next.id)}>
              {w.open}
            </button>
          </div>
          {next.attempts.length === 0 && <p class="hint">{w.firstTryHint}</p>}
        </>
      )}
      {steps.length > 0 && <p class="meta">{w.climbed(climbed, steps.length)}</p>}
    </section>
  );
}
