// A question asked in place before something hard to take back: clearing an
// exercise, deleting an entry, a step, a try, a ladder, a portfolio item,
// check-ins, an unreadable copy, or everything. The one way the site asks.
// Focus starts on going ahead, since the person has just asked for it; Escape
// keeps things as they are, as it would in a dialog.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { focusSoon } from './focus';
import { useFrameWords } from '../../i18n/widgets/frame';

// The same function on every render, so Preact calls it only when the button
// is first drawn: a later redraw must not pull focus back from "no".
const focusOnce = (button: HTMLButtonElement | null) => button?.focus();

interface Props {
  /** Names the question for screen readers. */
  label: string;
  yes: string;
  no: string;
  onYes: () => void;
  /** Also what Escape does. */
  onNo: () => void;
  /** Buttons sized for inside an exercise, rather than for a page. */
  small?: boolean;
  children: ComponentChildren;
}

export function Confirm({ label, yes, no, onYes, onNo, small, children }: Props) {
  const size = small ? ' small' : '';
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape from the buttons inside bubbles here
    <div
      class="confirm"
      role="group"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Used here, so it does not count towards Escape three times to leave the site.
        event.preventDefault();
        onNo();
      }}
    >
      <p>{children}</p>
      <div class="button-row">
        <button type="button" class={`button danger${size}`} onClick={onYes} ref={focusOnce}>
          {yes}
        </button>
        <button type="button" class={`button secondary${size}`} onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}

/** A question waiting for an answer, shown in place by `useQuestion().at(key)`. */
export interface Question {
  /** Which place on the page asks it: the answer appears there. */
  key: string;
  text: string;
  yes: string;
  /** Id of the button that asked: "keep" gives it focus back. */
  back: string;
  run(): void;
}

/**
 * One question at a time for a widget that deletes in several places: `ask`
 * where the button is pressed, `at(key)` where the question should appear,
 * right after that button.
 */
export function useQuestion() {
  const keepIt = useFrameWords().confirm.keepIt;
  const [question, setQuestion] = useState<Question | null>(null);
  return {
    ask: setQuestion,
    /** The key of the question being asked, or "". */
    asking: question?.key ?? '',
    at(key: string) {
      if (question?.key !== key) return null;
      const keep = () => (setQuestion(null), focusSoon(question.back));
      const go = () => (setQuestion(null), question.run());
      return (
        <Confirm label={question.text} yes={question.yes} no={keepIt} onYes={go} onNo={keep} small>
          {question.text}
        </Confirm>
      );
    },
  };
}
