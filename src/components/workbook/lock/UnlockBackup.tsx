// Asks for the passcode of a locked backup chosen for restoring. The file is
// opened here, in the browser; nothing is written until the usual check.
import PasscodeForm from './PasscodeForm';

interface Props {
  text: string;
  onOpened(plainText: string): void;
  onCancel(): void;
}

export default function UnlockBackup({ text, onOpened, onCancel }: Props) {
  async function openIt(passcode: string): Promise<string | undefined> {
    const { openLockedBackup } = await import('../../../workbook/lock/backup');
    const opened = await openLockedBackup(text, passcode);
    if (!opened.ok) return opened.error;
    onOpened(opened.text);
  }

  return (
    <PasscodeForm
      id="backup-passcode"
      label="Passcode of the backup"
      submit="Open the backup"
      busy="Opening…"
      class="unlock"
      onPasscode={openIt}
      more={
        <button type="button" class="button secondary" onClick={onCancel}>
          Cancel
        </button>
      }
    >
      <p>
        <strong>This backup is locked.</strong> Type the passcode it was locked with. Nothing is changed until you have seen what the backup holds.
      </p>
    </PasscodeForm>
  );
}
