// The balance's prompts in words: gentle, and never blaming. The rules that
// decide which prompts apply are in workbook/kinds/portfolio-balance.ts.
import { choose, listWords } from '../../../lib/words';
import { GIVE_LABEL } from '../../../workbook/kinds/portfolio-logic';
import type { Area, Prompt } from '../../../workbook/kinds/portfolio-balance';

const AREA_PROMPT: Record<Area, string> = {
  family: 'No family or old friends here yet. That is common, and it can hurt. When you feel ready, one short text to a cousin or an old friend counts.',
  peers: 'No recovery peers here yet. A meeting, an online group or a sponsor are good ways in.',
  professionals: 'No professionals here yet. A doctor, counsellor, key worker or pharmacist is there even when friends are busy.',
  community: 'Nothing from your community yet. A class, a library, a faith group or a volunteer shift gives you a place to show up.',
};

export function promptText(prompt: Prompt): string {
  switch (prompt.id) {
    case 'no-bad-day':
      return 'There is no one here to contact on a bad day yet. Think of one person who answers, stays calm and does not judge: a friend, a sponsor, a counsellor. Add them, and tick “Low” under the moods they suit.';
    case 'one-carries':
      return `${prompt.name} carries most of your plan (${prompt.load} of ${prompt.total} plans and backups). One more person or activity would spread the load, which is kinder to you both.`;
    case 'missing-area':
      return AREA_PROMPT[prompt.area];
    case 'no-low-energy':
      return 'Nothing here takes low energy. Add one thing you could manage on a flat day, like a text or a walk where people are.';
    case 'missing-gives':
      return `Nothing here gives you ${listWords(
        prompt.gives.map((g) => GIVE_LABEL[g].toLowerCase()),
        'or',
      )} yet.`;
    case 'no-backup':
      return `${listWords(prompt.names)} ${choose(prompt.names.length, 'has', 'have')} no backup yet. A plan B makes a cancelled plan easier to take.`;
    case 'no-energy':
      return `“Right now” cannot suggest ${listWords(prompt.names)} until you choose the energy ${choose(prompt.names.length, 'it takes', 'each takes')}.`;
  }
}
