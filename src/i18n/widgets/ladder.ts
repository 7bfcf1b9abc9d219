// The words of the exposure ladder: the widget, its messages and its summary (see words.ts).
import { en } from './en/ladder';
import { NEEDS_SPANISH, areaWords } from './words';

export type { LadderWords } from './en/ladder';
export { en as ladderEn };

const es = NEEDS_SPANISH ? (await import('./es/ladder')).es : undefined;

export const { use: useLadderWords, in: ladderWordsIn } = areaWords(en, es);
