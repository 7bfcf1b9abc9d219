// The words of the social portfolio planner (see words.ts).
import { en } from './en/portfolio';
import { NEEDS_SPANISH, areaWords } from './words';

export type { PortfolioWords } from './en/portfolio';
export { en as portfolioEn };

const es = NEEDS_SPANISH ? (await import('./es/portfolio')).es : undefined;

export const { use: usePortfolioWords, in: portfolioWordsIn } = areaWords(en, es);
