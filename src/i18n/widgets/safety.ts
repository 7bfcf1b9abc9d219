// The words of the overdose safety section (see words.ts).
import { en } from './en/safety';
import { NEEDS_SPANISH, areaWords } from './words';

export type { SafetyWords } from './en/safety';
export { en as safetyEn };

const es = NEEDS_SPANISH ? (await import('./es/safety')).es : undefined;

export const { use: useSafetyWords, in: safetyWordsIn } = areaWords(en, es);
