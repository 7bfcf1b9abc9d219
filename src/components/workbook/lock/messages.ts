// What the reader is told when the lock refuses, in one place for the unlock
// form and the lock's settings, in the page's language.
import type { LockResult } from '../../../workbook/lock/lock';
import type { Lang } from '../../../i18n/languages';
import { workbookWordsIn } from '../../../i18n/widgets/workbook';

export function refusal(result: Exclude<LockResult, { ok: true }>, lang: Lang = 'en'): string {
  const w = workbookWordsIn(lang).refusal;
  switch (result.reason) {
    case 'wrong-passcode':
      return w.wrongPasscode;
    case 'wait':
      return w.wait(result.seconds);
    case 'storage':
      return w.storage;
    case 'already-on':
      return w.alreadyOn;
    case 'no-lock':
      return w.noLock;
  }
}
