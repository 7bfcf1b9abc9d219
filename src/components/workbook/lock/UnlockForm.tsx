// The passcode field shown where answers are locked: in each exercise and on
// My workbook. Unlocking here unlocks every page in this tab.
import { useState } from 'preact/hooks';
import { theLock } from '../../../workbook/store';
import { refusal } from './messages';

interface Props {
  idPrefix: string;
  /** A sentence above the field, saying what is locked. */
  intro?: string;
}

export default function UnlockForm({
  idPrefix,
  intro = 'Your answers on this device are locked with a passcode. Unlocking here opens them on every page in this tab.',
}: Props) {
  const [passcode, setPasscode] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = `${idPrefix}-passcode`;

  async function submit(e: Event) {
    e.preventDefault();
    if (!passcode) return setError('Type your passcode first.');
    setBusy(true);
    setError('');
    const result = await (await theLock()).unlock(passcode);
    setBusy(false);
    setPasscode('');
    if (!result.ok) setError(refusal(result));
  }

  return (
    <form class="unlock" onSubmit={submit} noValidate>
      <p>
        <strong>Unlock to see your answers.</strong> {intro}
      </p>
      <div class="field">
        <label for={id}>Passcode</label>
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
      <button type="submit" class="button" disabled={busy}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </button>
    </form>
  );
}
