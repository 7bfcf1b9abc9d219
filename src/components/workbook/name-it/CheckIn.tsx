// The check-in itself, one step at a time so a person in a hard moment meets
// one question at once: name it, how strong, say it, next small step. Then the
// finished check-in stays on screen for a re-rate a few minutes later. Every
// step and answer lives in the saved data, so a reload changes nothing.
import { useEffect, useRef } from 'preact/hooks';
import type { NameItData } from '../../../workbook/kinds/name-it';
import { NameStep } from './NameStep';
import { BodyStep } from './BodyStep';
import { SayStep } from './SayStep';
import { NextStep } from './NextStep';
import type { StepProps } from './StepNav';
import { useNameItWords } from '../../../i18n/widgets/name-it';

interface Props extends Omit<StepProps, 'go'> {
  /**
   * Set when the person moves to another step or view, so the one that
   * appears takes focus; a page load never moves focus. Shared with the
   * island, since finishing and starting again swap whole views.
   */
  moved: { current: boolean };
}

const STEPS = [NameStep, BodyStep, SayStep, NextStep] as const;

export function CheckIn({ moved, ...props }: Props) {
  const { idPrefix, handle, headingLevel } = props;
  const H = `h${headingLevel}` as 'h3';
  const w = useNameItWords();
  const step = handle.data.draft.step;
  const View = STEPS[step - 1]!;
  const title = w.steps.titles[step - 1]!;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [step]);

  const go = (change: (data: NameItData) => NameItData) => {
    moved.current = true;
    handle.update(change);
  };

  return (
    <div class="nameit-step">
      <H id={`${idPrefix}-step`} tabIndex={-1} ref={heading}>
        {w.steps.heading(step, title)}
      </H>
      <View {...props} go={go} />
    </div>
  );
}
