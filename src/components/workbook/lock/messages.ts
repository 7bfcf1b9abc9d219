// What the reader is told when the lock refuses, in one place for the unlock
// form and the lock's settings.
import type { LockResult } from '../../../workbook/lock/lock';

export function refusal(result: Exclude<LockResult, { ok: true }>): string {
  switch (result.reason) {
    case 'wrong-passcode':
      return 'That passcode is not right. Check it and try again.';
    case 'wait':
      return `Too many wrong tries in a row. To keep your answers safe, wait ${result.seconds} seconds, then try again.`;
    case 'storage':
      return 'This browser did not let the site finish writing, so nothing was changed. Your answers are as they were. If the device is full, free some space and try again.';
    case 'already-on':
      return 'The lock is already on (perhaps from another tab). Reload the page to see it.';
    case 'no-lock':
      return 'The lock has been turned off (perhaps from another tab). Reload the page to see your answers.';
  }
}
