// The ladder words that its kind's summary and logic need, apart from the
// widget's own (see words.ts): My workbook and a plan show every kind's
// summary, and load only these.
import { en } from './en/ladder-text';
import { NEEDS_SPANISH, areaWords } from './words';

export type { LadderTextWords } from './en/ladder-text';

const es = NEEDS_SPANISH ? (await import('./es/ladder-text')).es : undefined;

export const { in: ladderTextIn } = areaWords(en, es);
