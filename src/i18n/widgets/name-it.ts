// The words of the "Name it to tame it" check-in (see words.ts).
import { en } from './en/name-it';
import { NEEDS_SPANISH, areaWords } from './words';

export type { NameItWords } from './en/name-it';
export { en as nameItEn };

const es = NEEDS_SPANISH ? (await import('./es/name-it')).es : undefined;

export const { use: useNameItWords, in: nameItWordsIn } = areaWords(en, es);
