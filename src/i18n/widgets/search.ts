// The words of search (see words.ts). Search is plain DOM code, not Preact:
// it asks for the words of the page's language with searchWordsIn().
import { en } from './en/search';
import { NEEDS_SPANISH, areaWords } from './words';

export type { SearchWords } from './en/search';

const es = NEEDS_SPANISH ? (await import('./es/search')).es : undefined;

export const { in: searchWordsIn } = areaWords(en, es);
