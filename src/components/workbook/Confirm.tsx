// A question asked in place before something hard to take back: clearing an
// exercise, deleting check-ins, deleting everything. Focus starts on going
// ahead, since the person has just asked for it; Escape keeps things as they
// are, as it would in a dialog.
import type { ComponentChildren } from 'preact';

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
