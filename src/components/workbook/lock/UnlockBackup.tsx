// Asks for the passcode of a locked backup chosen for restoring. The file is
// opened here, in the browser; nothing is written until the usual check.
import { useState } from 'preact/hooks';

interface Props {
  text: string;
  onOpened(plainText: string): void;
  onCancel(): void;
}

export default function UnlockBackup({ text, onOpened, onCancel }: Props) {
  const [passcode, setPasscode] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    if (!passcode) return setError('Type the passcode first.');
    setBusy(true);
    setError('');
    const { openLockedBackup } = await import('../../../workbook/lock/backup');
    const opened = await openLockedBackup(text, passcode);
    setBusy(false);
    setPasscode('');
    if (opened.ok) onOpened(opened.text);
    else setError(opened.error);
  }

  return (
    <form class="unlock" onSubmit={submit} noValidate>
      <p>
        <strong>This backup is locked.</strong> Type the passcode it was locked with. Nothing is changed until you have seen what the backup holds.
      </p>
      <div class="field">
        <label for="backup-passcode">Passcode of the backup</label>
        <input id="backup-passcode" type="password" autocomplete="current-password" value={passcode} onInput={(e) => setPasscode(e.currentTarget.value)} />
      </div>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button" disabled={busy}>
          {busy ? 'Opening…' : 'Open the backup'}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
