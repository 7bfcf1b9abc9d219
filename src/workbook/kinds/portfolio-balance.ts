// The portfolio's balance: how it spreads across the four areas of support
// and what it gives, with gentle prompts for what is missing. Kept apart from
// portfolio-logic.ts because the planner loads it only when the Balance
// section comes near the screen.
import {
  GIVES,
  GIVE_LABEL,
  isNamed,
  isRecurring,
  suitsMood,
  type Circle,
  type Give,
  type PortfolioItem,
} from './portfolio-logic';
import { escapeRegExp } from '../../lib/regexp';
import { choose, listWords } from '../../lib/words';

export const AREAS = ['family', 'peers', 'professionals', 'community'] as const;
export type Area = (typeof AREAS)[number];

export const AREA_LABEL: Record<Area, string> = {
  family: 'Family and friends',
  peers: 'Peers',
  professionals: 'Professionals',
  community: 'Community',
};

const AREA_OF: Record<Circle, Area> = { family: 'family', friend: 'family', peer: 'peers', professional: 'professionals', community: 'community' };
export const areaOf = (circle: Circle | ''): Area | undefined => (circle ? AREA_OF[circle] : undefined);

export type PromptId = 'no-bad-day' | 'one-carries' | 'missing-area' | 'no-low-energy' | 'missing-gives' | 'no-backup' | 'no-energy';

export interface Prompt {
  id: PromptId;
  text: string;
}

export interface Balance {
  areas: Record<Area, number>;
  gives: Record<Give, number>;
  prompts: Prompt[];
}

/** Whether a backup names this person as a whole word ("text Sam", not "Samuel"). */
export function mentions(text: string, name: string): boolean {
  const n = name.trim();
  return n !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}


const AREA_PROMPT: Record<Area, string> = {
  family:
    'No family or old friends here yet. That is common, and it can hurt. When you feel ready, one short text to a cousin or an old friend counts.',
  peers: 'No recovery peers here yet. A meeting, an online group or a sponsor are good ways in.',
  professionals: 'No professionals here yet. A doctor, counsellor, key worker or pharmacist is there even when friends are busy.',
  community: 'Nothing from your community yet. A class, a library, a faith group or a volunteer shift gives you a place to show up.',
};

/**
 * How the portfolio spreads across the four areas and what it gives, with
 * gentle prompts for what is missing, most important first. An empty
 * portfolio has no prompts: there is nothing to weigh yet.
 */
export function balance(items: PortfolioItem[]): Balance {
  const named = items.filter(isNamed);
  const areas = Object.fromEntries(AREAS.map((a) => [a, 0])) as Record<Area, number>;
  const gives = Object.fromEntries(GIVES.map((g) => [g, 0])) as Record<Give, number>;
  for (const item of named) {
    const area = areaOf(item.circle);
    if (area) areas[area] += 1;
    for (const g of item.gives) gives[g] += 1;
  }
  const prompts: Prompt[] = [];
  if (named.length === 0) return { areas, gives, prompts };

  const people = named.filter((i) => i.type === 'person');
  if (!people.some((p) => suitsMood(p, 'low'))) {
    prompts.push({
      id: 'no-bad-day',
      text: 'There is no one here to contact on a bad day yet. Think of one person who answers, stays calm and does not judge: a friend, a sponsor, a counsellor. Add them, and tick “Low” under the moods they suit.',
    });
  }

  // The plan is every weekly slot plus every backup. A person carries a slot
  // that is theirs, and a backup that names them.
  const slots = named.reduce((n, i) => n + (isRecurring(i) ? i.days.length : 0), 0);
  const backups = named.filter((i) => i.backup.trim());
  const total = slots + backups.length;
  if (total >= 3) {
    const loads = people.map((p) => ({
      name: p.name.trim(),
      load: (isRecurring(p) ? p.days.length : 0) + backups.filter((b) => b !== p && mentions(b.backup, p.name)).length,
    }));
    const top = loads.sort((a, b) => b.load - a.load)[0];
    if (top && top.load * 2 > total) {
      prompts.push({
        id: 'one-carries',
        text: `${top.name} carries most of your plan (${top.load} of ${total} plans and backups). One more person or activity would spread the load, which is kinder to you both.`,
      });
    }
  }

  for (const area of AREAS) if (areas[area] === 0) prompts.push({ id: 'missing-area', text: AREA_PROMPT[area] });

  if (!named.some((i) => i.energy === 'low')) {
    prompts.push({
      id: 'no-low-energy',
      text: 'Nothing here takes low energy. Add one thing you could manage on a flat day, like a text or a walk where people are.',
    });
  }

  const missing = GIVES.filter((g) => gives[g] === 0).map((g) => GIVE_LABEL[g].toLowerCase());
  if (missing.length) prompts.push({ id: 'missing-gives', text: `Nothing here gives you ${listWords(missing, 'or')} yet.` });

  const noBackup = named.filter((i) => !i.backup.trim()).map((i) => i.name.trim());
  if (noBackup.length) {
    prompts.push({
      id: 'no-backup',
      text: `${listWords(noBackup)} ${choose(noBackup.length, 'has', 'have')} no backup yet. A plan B makes a cancelled plan easier to take.`,
    });
  }

  const noEnergy = named.filter((i) => !i.energy).map((i) => i.name.trim());
  if (noEnergy.length) {
    prompts.push({
      id: 'no-energy',
      text: `“Right now” cannot suggest ${listWords(noEnergy)} until you choose the energy ${choose(noEnergy.length, 'it takes', 'each takes')}.`,
    });
  }
  return { areas, gives, prompts };
}

