// The check-in words shown once a check-in is saved (Done, History, its
// patterns and charts), fetched with them in name-it/later.ts (see words.ts).
import { en } from './en/name-it-later';
import { NEEDS_SPANISH, areaWords } from './words';

export type { NameItLaterWords } from './en/name-it-later';

const es = NEEDS_SPANISH ? (await import('./es/name-it-later')).es : undefined;

export const { use: useNameItLaterWords, in: nameItLaterIn } = areaWords(en, es);
