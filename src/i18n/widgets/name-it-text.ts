// The name-it words that its kind's summary and logic need, apart from the
// widget's own (see words.ts): My workbook and a plan show every kind's
// summary, and load only these.
import { en } from './en/name-it-text';
import { NEEDS_SPANISH, areaWords } from './words';

export type { NameItTextWords } from './en/name-it-text';

const es = NEEDS_SPANISH ? (await import('./es/name-it-text')).es : undefined;

export const { in: nameItTextIn } = areaWords(en, es);
