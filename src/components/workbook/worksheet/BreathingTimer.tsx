// A calm timer for the paced breathing practice. It keeps time only: where in
// a breath a moment falls is lib/breathing.ts. A circle grows on the in-breath
// and shrinks on the out-breath; with reduced motion it stays still and the
// words and the count lead alone. A screen reader hears "Breathe in" and
// "Breathe out" as they change, never the count. Nothing here is saved: the
// worksheet below it keeps the reader's notes.
import { useFrameBreathingWords } from '../../../i18n/widgets/frame-breathing';
import { useLang } from '../../../i18n/widgets/words';
import { useEffect, useRef, useState } from 'preact/hooks';
import { breathAt, LENGTHS_MINUTES, PACES, practiceMs, type LengthMinutes, type PaceId } from '../../../lib/breathing';

interface Props {
  idPrefix: string;
  headingLevel: 3 | 4;
}

type Status = 'ready' | 'running' | 'paused' | 'done';

/** Often enough that the count never lags a second behind. */
const TICK_MS = 200;

// Older phones' browsers lack Intl.DurationFormat (Chromium before 129).
function timeLeft(seconds: number, lang: string): string {
  const d = { minutes: Math.floor(seconds / 60), seconds: seconds % 60 };
  return 'DurationFormat' in Intl
    ? new Intl.DurationFormat(lang, { style: 'digital', hoursDisplay: 'auto' }).format(d)
    : `${d.minutes}:${String(d.seconds).padStart(2, '0')}`;
}

export default function BreathingTimer({ idPrefix, headingLevel }: Props) {
  const H = `h${headingLevel}` as 'h3' | 'h4';
  const w = useFrameBreathingWords().breathing;
  const lang = useLang();
  const id = (part: string) => `${idPrefix}-breathing-${part}`;
  const [minutes, setMinutes] = useState<LengthMinutes>(2);
  const [paceId, setPaceId] = useState<PaceId>('slow');
  const [status, setStatus] = useState<Status>('ready');
  const [elapsed, setElapsed] = useState(0);
  const startedAt = useRef(0);
  const main = useRef<HTMLButtonElement>(null);
  const pace = PACES[paceId];
  const total = practiceMs(minutes, pace);
  const moment = breathAt(elapsed, pace, total);

  useEffect(() => {
    if (status !== 'running') return;
    const timer = setInterval(() => {
      const now = performance.now() - startedAt.current;
      if (now < total) return setElapsed(now);
      setElapsed(total);
      setStatus('done');
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [status, total]);

  useKeepScreenOn(status === 'running');

  function toggle() {
    // Time is taken at the press itself, so a pause keeps every second counted.
    const now = performance.now();
    if (status === 'running') {
      setElapsed(now - startedAt.current);
      return setStatus('paused');
    }
    startedAt.current = status === 'paused' ? now - elapsed : now;
    if (status !== 'paused') setElapsed(0);
    setStatus('running');
  }

  function stop() {
    setStatus('ready');
    setElapsed(0);
    // The Stop button goes away: keep the reader's place on the main one.
    main.current?.focus();
  }

  const busy = status === 'running' || status === 'paused';
  const shown = status === 'ready' ? null : moment.phase;
  const spoken = status === 'running' && moment.phase !== 'done' ? w[moment.phase] : status === 'paused' ? w.paused : status === 'done' ? w.finishedSpoken : '';

  return (
    <section class="breathing no-print" aria-labelledby={id('heading')}>
      <H id={id('heading')}>{w.heading}</H>
      <div class="breathing-choices">
        <fieldset disabled={busy}>
          <legend>{w.howLong}</legend>
          {LENGTHS_MINUTES.map((m) => (
            <label key={m} class="check">
              <input type="radio" name={id('length')} checked={minutes === m} onChange={() => setMinutes(m)} />
              {w.minutes(m)}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{w.pace}</legend>
          {(Object.keys(PACES) as PaceId[]).map((p) => (
            <label key={p} class="check">
              <input type="radio" name={id('pace')} checked={paceId === p} onChange={() => setPaceId(p)} />
              {w.paces[p]}
            </label>
          ))}
        </fieldset>
      </div>
      <div class="breathing-guide" data-phase={shown ?? 'ready'}>
        <div class="breath-circle" aria-hidden="true" style={{ '--breath-seconds': `${moment.phaseSeconds || 1}s` }}>
          <span class="breath-word">{shown === 'in' || shown === 'out' ? w[shown] : shown === 'done' ? w.done : w.ready}</span>
          {(shown === 'in' || shown === 'out') && <span class="breath-count">{moment.count}</span>}
        </div>
        <p class="breath-left" id={id('left')}>
          {status === 'done' ? w.finished : w.left(timeLeft(moment.secondsLeft, lang))}
        </p>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {spoken}
      </p>
      <p class="breathing-buttons">
        <button type="button" class="button" ref={main} onClick={toggle} aria-describedby={id('left')}>
          {status === 'running' ? w.pause : status === 'paused' ? w.resume : status === 'done' ? w.startAgain : w.start}
        </button>
        {busy && (
          <button type="button" class="button secondary" onClick={stop}>
            {w.stop}
          </button>
        )}
      </p>
    </section>
  );
}

/**
 * Asks the browser to keep the screen on while the timer runs: a phone dims
 * after half a minute, mid-practice. A refusal (low battery, an old browser)
 * changes nothing else. The browser drops the lock when the tab is hidden, so
 * it is asked for again on return.
 */
function useKeepScreenOn(on: boolean) {
  useEffect(() => {
    if (!on || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | undefined;
    let done = false;
    const ask = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock.request('screen').then(
        (l) => (done ? void l.release() : (lock = l)),
        () => {},
      );
    };
    ask();
    document.addEventListener('visibilitychange', ask);
    return () => {
      done = true;
      document.removeEventListener('visibilitychange', ask);
      void lock?.release();
    };
  }, [on]);
}
