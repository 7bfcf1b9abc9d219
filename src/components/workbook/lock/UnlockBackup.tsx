// Asks for the passcode of a locked backup chosen for restoring. The file is
// opened here, in the browser; nothing is written until the usual check.
import PasscodeForm from './PasscodeForm';
import { useLang } from '../../../i18n/widgets/words';
import { useWorkbookWords } from '../../../i18n/widgets/workbook';

interface Props {
  text: string;
  onOpened(plainText: string): void;
  onCancel(): void;
}

export default function UnlockBackup({ text, onOpened, onCancel }: Props) {
  const lang = useLang();
  const w = useWorkbookWords().unlockBackup;
  async function openIt(passcode: string): Promise<string | undefined> {
    const { openLockedBackup } = await import('../../../workbook/lock/backup');
    const opened = await openLockedBackup(text, passcode, lang);
    if (!opened.ok) return opened.error;
    onOpened(opened.text);
  }

  return (
    <PasscodeForm
      id="backup-passcode"
      label={w.label}
      submit={w.submit}
      busy={w.busy}
      class="unlock"
      onPasscode={openIt}
      more={
        <button type="button" class="button secondary" onClick={onCancel}>
          {w.cancel}
        </button>
      }
    >
      <p>
        <strong>{w.strong}</strong> {w.more}
      </p>
    </PasscodeForm>
  );
}
