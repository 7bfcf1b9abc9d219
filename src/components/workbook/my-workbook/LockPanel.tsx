// My workbook's lock settings: set a passcode, lock now, unlock, turn it off.
import { useEffect, useState } from 'preact/hooks';
import { useAtom } from '../useAtom';
import { focusSoon } from '../focus';
import { useOnDemand } from '../useOnDemand';
import { $lock, theLock } from '../../../workbook/store';
import { DEFAULT_IDLE_MINUTES, IDLE_MINUTES, MIN_PASSCODE_LENGTH, type IdleMinutes } from '../../../workbook/lock/settings';
import { useLang } from '../../../i18n/widgets/words';
import { useWorkbookWords } from '../../../i18n/widgets/workbook';
import PasscodeForm from '../lock/PasscodeForm';
import { refusal } from '../lock/messages';

interface Props {
  announce(message: string): void;
  refresh(): void;
  helpHref: string;
}

export function LockPanel({ announce, refresh, helpHref }: Props) {
  const status = useAtom($lock);
  const [form, setForm] = useState<'none' | 'on' | 'off'>('none');
  const w = useWorkbookWords().lock;

  const done = (message: string) => {
    setForm('none');
    refresh();
    announce(message);
    focusSoon('lock-title');
  };

  return (
    <section aria-labelledby="lock-title" class="lock-panel no-print">
      <h2 id="lock-title" tabIndex={-1}>
        {w.heading}
      </h2>
      {status === 'unknown' && <p class="meta">{w.checking}</p>}
      {status === 'off' &&
        (form === 'on' ? (
          <TurnOn onDone={() => done(w.turnedOn)} onCancel={() => setForm('none')} />
        ) : (
          <>
            <p>
              {w.offIntro} <a href={helpHref}>{w.helpLink}</a>.
            </p>
            <button type="button" class="button" onClick={() => setForm('on')}>
              {w.setPasscode}
            </button>
          </>
        ))}
      {status === 'locked' && <Unlock />}
      {status === 'unlocked' &&
        (form === 'off' ? (
          <TurnOff onDone={() => done(w.turnedOff)} onCancel={() => setForm('none')} />
        ) : (
          <>
            <p>{w.unlockedIntro}</p>
            <IdleChoice announce={announce} />
            <div class="button-row">
              <button
                type="button"
                class="button"
                onClick={() =>
                  void theLock()
                    .then((l) => l.lockNow())
                    .then(() => done(w.lockedNow))
                }
              >
                {w.lockNow}
              </button>
              <button type="button" class="button secondary" onClick={() => setForm('off')}>
                {w.turnOff}
              </button>
            </div>
          </>
        ))}
    </section>
  );
}

/** The unlock form, fetched only when the answers are locked. */
function Unlock() {
  const w = useWorkbookWords().lock;
  const part = useOnDemand(() => import('../lock/UnlockForm'), true);
  if (part === false) return <p class="warning">{w.unlockFailed}</p>;
  return part ? <part.default idPrefix="workbook" focusAfter="lock-title" intro={w.unlockIntro} /> : null;
}

function IdleChoice({ announce }: { announce(message: string): void }) {
  const w = useWorkbookWords().lock;
  const [minutes, setMinutes] = useState<IdleMinutes>(DEFAULT_IDLE_MINUTES);
  useEffect(() => void theLock().then((l) => setMinutes(l.idleMinutes())), []);

  async function choose(next: IdleMinutes) {
    const saved = (await theLock()).setIdleMinutes(next);
    if (saved) setMinutes(next);
    announce(saved ? w.idleSaved(w.idle[next]) : w.idleNotSaved);
  }

  return (
    <fieldset>
      <legend>{w.idleLegend}</legend>
      {IDLE_MINUTES.map((m) => (
        <label key={m} class="check">
          <input type="radio" name="idle-minutes" checked={minutes === m} onChange={() => void choose(m)} />
          {w.idle[m]}
        </label>
      ))}
    </fieldset>
  );
}

interface FormProps {
  onDone(): void;
  onCancel(): void;
}

function TurnOn({ onDone, onCancel }: FormProps) {
  const lang = useLang();
  const w = useWorkbookWords().lock;
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    if (first.length < MIN_PASSCODE_LENGTH) return setError(w.tooShort(MIN_PASSCODE_LENGTH));
    if (first !== second) return setError(w.notSame);
    setBusy(true);
    setError('');
    const result = await (await theLock()).turnOn(first);
    setBusy(false);
    if (result.ok) onDone();
    else setError(refusal(result, lang));
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby="lock-warning">
      <div class="warning" id="lock-warning">
        <p>
          <strong>{w.noWayBack}</strong> {w.noWayBackMore}
        </p>
        <p>{w.backupFirst}</p>
      </div>
      <div class="field">
        <label for="new-passcode">
          {w.newPasscode}
          <span class="hint" id="new-passcode-hint">
            {w.newHint(MIN_PASSCODE_LENGTH)}
          </span>
        </label>
        <input
          id="new-passcode"
          type="password"
          autocomplete="new-password"
          aria-describedby="new-passcode-hint"
          value={first}
          onInput={(e) => setFirst(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="repeat-passcode">{w.repeat}</label>
        <input id="repeat-passcode" type="password" autocomplete="new-password" value={second} onInput={(e) => setSecond(e.currentTarget.value)} />
      </div>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button" disabled={busy}>
          {busy ? w.locking : w.turnOn}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {w.cancel}
        </button>
      </div>
    </form>
  );
}

function TurnOff({ onDone, onCancel }: FormProps) {
  const lang = useLang();
  const w = useWorkbookWords().lock;
  async function turnOff(passcode: string): Promise<string | undefined> {
    const result = await (await theLock()).turnOff(passcode);
    if (!result.ok) return refusal(result, lang);
    onDone();
  }

  return (
    <PasscodeForm
      id="off-passcode"
      label={w.yourPasscode}
      submit={w.turnOff}
      busy={w.turningOff}
      danger
      onPasscode={turnOff}
      more={
        <button type="button" class="button secondary" onClick={onCancel}>
          {w.keepLock}
        </button>
      }
    >
      <p>{w.offWarning}</p>
    </PasscodeForm>
  );
}
