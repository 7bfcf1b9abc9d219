// The balance's prompts in words: gentle, and never blaming. The words, in
// each language, are in the planner's words (i18n/widgets/en/portfolio.ts);
// the rules that decide which prompts apply are in
// workbook/kinds/portfolio-balance.ts.
import type { Prompt } from '../../../workbook/kinds/portfolio-balance';
import { en, type PortfolioWords } from '../../../i18n/widgets/en/portfolio';

export function promptText(prompt: Prompt, words: Pick<PortfolioWords, 'and' | 'or' | 'item' | 'balance'> = en): string {
  const w = words.balance.prompts;
  switch (prompt.id) {
    case 'no-bad-day':
      return w.noBadDay;
    case 'one-carries':
      return w.oneCarries(prompt.name, prompt.load, prompt.total);
    case 'missing-area':
      return w.missingArea[prompt.area];
    case 'no-low-energy':
      return w.noLowEnergy;
    case 'missing-gives':
      return w.missingGives(words.or(prompt.gives.map((g) => words.item.gives[g])));
    case 'no-backup':
      return w.noBackup(words.and(prompt.names), prompt.names.length);
    case 'no-energy':
      return w.noEnergy(words.and(prompt.names), prompt.names.length);
  }
}
