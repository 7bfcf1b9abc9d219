// One passcode field with its button: to unlock, to open a locked backup, to
// turn the lock off. The form says what went wrong and keeps the reader
// where they were; the passcode is cleared after every try.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useWorkbookWords } from '../../../i18n/widgets/workbook';

interface Props {
  id: string;
  label: string;
  /** What the button says, and says while the passcode is being checked. */
  submit: string;
  busy: string;
  danger?: boolean;
  class?: string;
  /** Resolves to what went wrong, or undefined when the passcode was accepted. */
  onPasscode(passcode: string): Promise<string | undefined>;
  /** Above the field: what the passcode is for. */
  children: ComponentChildren;
  /** Beside the button, such as Cancel. */
  more?: ComponentChildren;
}

export default function PasscodeForm({ id, label, submit, busy, danger, class: className, onPasscode, children, more }: Props) {
  const w = useWorkbookWords().passcode;
  const [passcode, setPasscode] = useState('');
  const [error, setError] = useState('');
  const [checking, setChecking] = useState(false);

  async function send(e: Event) {
    e.preventDefault();
    if (!passcode) return setError(w.typeFirst);
    setChecking(true);
    setError('');
    const problem = await onPasscode(passcode);
    setChecking(false);
    setPasscode('');
    if (problem) setError(problem);
  }

  return (
    <form class={className} onSubmit={send} noValidate>
      {children}
      <div class="field">
        <label for={id}>{label}</label>
        <input
          id={id}
          type="password"
          autocomplete="current-password"
          value={passcode}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => setPasscode(e.currentTarget.value)}
        />
      </div>
      {error && (
        <p class="error-text" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class={danger ? 'button danger' : 'button'} disabled={checking}>
          {checking ? busy : submit}
        </button>
        {more}
      </div>
    </form>
  );
}
