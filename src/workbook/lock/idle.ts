// Locks again after the reader's chosen time without input. The time of the
// last input is kept in this tab's sessionStorage, so moving from page to
// page neither restarts the count nor escapes it.
import { ACTIVE_KEY } from '../keys';
import type { Lock } from './lock';

const INPUTS = ['keydown', 'pointerdown', 'input', 'wheel', 'touchstart'] as const;
/** Often enough that the lock is never more than a few seconds late. */
const CHECK_MS = 5_000;

function lastInput(): number {
  try {
    return Number(sessionStorage.getItem(ACTIVE_KEY)) || Date.now();
  } catch {
    return Date.now();
  }
}

export function watchIdle(lock: Lock) {
  let last = lastInput();
  let saved = 0;
  const mark = () => {
    last = Date.now();
    // Written at most every few seconds: typing fires many events.
    if (last - saved < CHECK_MS) return;
    saved = last;
    try {
      sessionStorage.setItem(ACTIVE_KEY, String(last));
    } catch {
      // Without sessionStorage the count restarts on each page; it still runs here.
    }
  };
  const check = () => {
    if (lock.$status.get() === 'unlocked' && Date.now() - last >= lock.idleMinutes() * 60_000) void lock.lockNow();
  };
  for (const type of INPUTS) addEventListener(type, mark, { capture: true, passive: true });
  // Opened with this tab's key on a new page: too long since the last input
  // on the page before locks at once. (Typing the passcode counts as input.)
  lock.$status.listen((status) => status === 'unlocked' && check());
  setInterval(check, CHECK_MS);
  // A hidden tab's timers may run only once a minute: look again on return.
  document.addEventListener('visibilitychange', check);
  check();
}
