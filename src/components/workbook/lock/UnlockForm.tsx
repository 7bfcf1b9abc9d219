// The passcode field shown where answers are locked: in each exercise and on
// My workbook. Unlocking here unlocks every page in this tab.
import { theLock } from '../../../workbook/store';
import { focusSoon } from '../focus';
import { refusal } from './messages';
import PasscodeForm from './PasscodeForm';

interface Props {
  idPrefix: string;
  /** The heading that takes focus once unlocked, as this form goes away. */
  focusAfter: string;
  /** A sentence above the field, saying what is locked. */
  intro?: string;
}

export default function UnlockForm({
  idPrefix,
  focusAfter,
  intro = 'Your answers on this device are locked with a passcode. Unlocking here opens them on every page in this tab.',
}: Props) {
  async function unlock(passcode: string): Promise<string | undefined> {
    const result = await (await theLock()).unlock(passcode);
    if (!result.ok) return refusal(result);
    focusSoon(focusAfter);
  }

  return (
    <PasscodeForm id={`${idPrefix}-passcode`} label="Passcode" submit="Unlock" busy="Unlocking…" class="unlock" onPasscode={unlock}>
      <p>
        <strong>Unlock to see your answers.</strong> {intro}
      </p>
    </PasscodeForm>
  );
}
