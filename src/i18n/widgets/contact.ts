// How to reach a help line, in the page's language (see words.ts).
import { en } from './en/contact';
import { NEEDS_SPANISH, areaWords } from './words';

export type { ContactWords } from './en/contact';

const es = NEEDS_SPANISH ? (await import('./es/contact')).es : undefined;

export const { use: useContactWords, in: contactWordsIn } = areaWords(en, es);
