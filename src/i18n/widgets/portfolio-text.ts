// The portfolio words that its kind's summary and logic need, apart from the
// widget's own (see words.ts): My workbook and a plan show every kind's
// summary, and load only these.
import { en } from './en/portfolio-text';
import { NEEDS_SPANISH, areaWords } from './words';

export type { PortfolioTextWords } from './en/portfolio-text';

const es = NEEDS_SPANISH ? (await import('./es/portfolio-text')).es : undefined;

export const { in: portfolioTextIn } = areaWords(en, es);
