// The words of My workbook, the passcode lock's forms, answer summaries and
// the wallet card (see words.ts).
import { en } from './en/workbook';
import { NEEDS_SPANISH, areaWords } from './words';

export type { WorkbookWords } from './en/workbook';
export { en as workbookEn };

const es = NEEDS_SPANISH ? (await import('./es/workbook')).es : undefined;

export const { use: useWorkbookWords, in: workbookWordsIn } = areaWords(en, es);
