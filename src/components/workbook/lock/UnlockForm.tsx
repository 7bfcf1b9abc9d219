// The passcode field shown where answers are locked: in each exercise and on
// My workbook. Unlocking here unlocks every page in this tab.
import { theLock } from '../../../workbook/store';
import { focusSoon } from '../focus';
import { refusal } from './messages';
import PasscodeForm from './PasscodeForm';
import { useLang } from '../../../i18n/widgets/words';
import { useWorkbookWords } from '../../../i18n/widgets/workbook';

interface Props {
  idPrefix: string;
  /** The heading that takes focus once unlocked, as this form goes away. */
  focusAfter: string;
  /** A sentence above the field, saying what is locked; by default, that unlocking opens every page in this tab. */
  intro?: string;
}

export default function UnlockForm({ idPrefix, focusAfter, intro }: Props) {
  const lang = useLang();
  const w = useWorkbookWords().unlock;
  async function unlock(passcode: string): Promise<string | undefined> {
    const result = await (await theLock()).unlock(passcode);
    if (!result.ok) return refusal(result, lang);
    focusSoon(focusAfter);
  }

  return (
    <PasscodeForm id={`${idPrefix}-passcode`} label={w.label} submit={w.submit} busy={w.busy} class="unlock" onPasscode={unlock}>
      <p>
        <strong>{w.strong}</strong> {intro ?? w.intro}
      </p>
    </PasscodeForm>
  );
}
