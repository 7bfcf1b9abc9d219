// The words of the counsellors' plan builder and of the plan page (see words.ts).
import { en } from './en/counsellor';
import { NEEDS_SPANISH, areaWords } from './words';

export type { CounsellorWords } from './en/counsellor';
export { en as counsellorEn };

const es = NEEDS_SPANISH ? (await import('./es/counsellor')).es : undefined;

export const { use: useCounsellorWords, in: counsellorWordsIn } = areaWords(en, es);
