// My workbook's lock settings: set a passcode, lock now, unlock, turn it off.
import { useEffect, useState } from 'preact/hooks';
import { useAtom } from '../useAtom';
import { focusSoon } from '../focus';
import { useOnDemand } from '../useOnDemand';
import { $lock, theLock } from '../../../workbook/store';
import { DEFAULT_IDLE_MINUTES, IDLE_MINUTES, MIN_PASSCODE_LENGTH, type IdleMinutes } from '../../../workbook/lock/settings';
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

  const done = (message: string) => {
    setForm('none');
    refresh();
    announce(message);
    focusSoon('lock-title');
  };

  return (
    <section aria-labelledby="lock-title" class="lock-panel no-print">
      <h2 id="lock-title" tabIndex={-1}>
        Lock my answers with a passcode
      </h2>
      {status === 'unknown' && <p class="meta">Checking for a lock…</p>}
      {status === 'off' &&
        (form === 'on' ? (
          <TurnOn
            onDone={() => done('The lock is on. Your answers are stored encrypted on this device, and open in this tab until you lock them.')}
            onCancel={() => setForm('none')}
          />
        ) : (
          <>
            <p>
              If someone else may use this device, a passcode keeps your answers unreadable to them. Your answers are encrypted on this device, and the site locks itself
              after a while. <a href={helpHref}>What the lock protects, and what it cannot</a>.
            </p>
            <button type="button" class="button" onClick={() => setForm('on')}>
              Set a passcode
            </button>
          </>
        ))}
      {status === 'locked' && <Unlock />}
      {status === 'unlocked' &&
        (form === 'off' ? (
          <TurnOff onDone={() => done('The lock is off. Your answers are stored as before, without a passcode.')} onCancel={() => setForm('none')} />
        ) : (
          <>
            <p>Your answers are locked with a passcode. They are open in this tab until you lock them or leave the site.</p>
            <IdleChoice announce={announce} />
            <div class="button-row">
              <button
                type="button"
                class="button"
                onClick={() =>
                  void theLock()
                    .then((l) => l.lockNow())
                    .then(() => done('Locked. Your answers need your passcode again.'))
                }
              >
                Lock now
              </button>
              <button type="button" class="button secondary" onClick={() => setForm('off')}>
                Turn off the lock
              </button>
            </div>
          </>
        ))}
    </section>
  );
}

/** The unlock form, fetched only when the answers are locked. */
function Unlock() {
  const part = useOnDemand(() => import('../lock/UnlockForm'), true);
  if (part === false) return <p class="warning">The unlock form could not load. Check your connection, then reload the page.</p>;
  return part ? (
    <part.default idPrefix="workbook" focusAfter="lock-title" intro="Your answers on this device are locked. Unlock them to see, back up or print them." />
  ) : null;
}

const IDLE_LABELS: Record<IdleMinutes, string> = { 5: '5 minutes', 15: '15 minutes', 60: '1 hour' };

function IdleChoice({ announce }: { announce(message: string): void }) {
  const [minutes, setMinutes] = useState<IdleMinutes>(DEFAULT_IDLE_MINUTES);
  useEffect(() => void theLock().then((l) => setMinutes(l.idleMinutes())), []);

  async function choose(next: IdleMinutes) {
    const saved = (await theLock()).setIdleMinutes(next);
    if (saved) setMinutes(next);
    announce(saved ? `The lock now closes after ${IDLE_LABELS[next]} without use.` : 'That setting could not be saved. This browser did not let the site write.');
  }

  return (
    <fieldset>
      <legend>Lock again after no use for</legend>
      {IDLE_MINUTES.map((m) => (
        <label key={m} class="check">
          <input type="radio" name="idle-minutes" checked={minutes === m} onChange={() => void choose(m)} />
          {IDLE_LABELS[m]}
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
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    if (first.length < MIN_PASSCODE_LENGTH) return setError(`Use at least ${MIN_PASSCODE_LENGTH} characters. A short sentence is strong and easy to remember.`);
    if (first !== second) return setError('The two passcodes are not the same. Type them again.');
    setBusy(true);
    setError('');
    const result = await (await theLock()).turnOn(first);
    setBusy(false);
    if (result.ok) onDone();
    else setError(refusal(result));
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby="lock-warning">
      <div class="warning" id="lock-warning">
        <p>
          <strong>There is no way to get a forgotten passcode back.</strong> Not even we can open your answers without it. If you forget it, the only way back is to
          delete everything on this device.
        </p>
        <p>A backup file you download before setting the passcode keeps working, so you may want to download one first (below).</p>
      </div>
      <div class="field">
        <label for="new-passcode">
          New passcode
          <span class="hint" id="new-passcode-hint">
            At least {MIN_PASSCODE_LENGTH} characters. Longer is safer: a short sentence works well.
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
        <label for="repeat-passcode">The same passcode again</label>
        <input id="repeat-passcode" type="password" autocomplete="new-password" value={second} onInput={(e) => setSecond(e.currentTarget.value)} />
      </div>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button" disabled={busy}>
          {busy ? 'Locking your answers…' : 'Turn on the lock'}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function TurnOff({ onDone, onCancel }: FormProps) {
  async function turnOff(passcode: string): Promise<string | undefined> {
    const result = await (await theLock()).turnOff(passcode);
    if (!result.ok) return refusal(result);
    onDone();
  }

  return (
    <PasscodeForm
      id="off-passcode"
      label="Your passcode"
      submit="Turn off the lock"
      busy="Turning off…"
      danger
      onPasscode={turnOff}
      more={
        <button type="button" class="button secondary" onClick={onCancel}>
          Keep the lock
        </button>
      }
    >
      <p>Turning the lock off stores your answers without encryption again, as before. Anyone using this device could then read them.</p>
    </PasscodeForm>
  );
}
