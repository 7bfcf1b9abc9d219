// The portfolio's balance: how it spreads across the four areas of support
// and what it gives, and what may be missing. The rules only: the areas'
// labels and the words for each prompt are in the planner's words
// (i18n/widgets/en/portfolio.ts, es/portfolio.ts; see prompt-text.ts).
// Kept apart from portfolio-logic.ts because the planner loads it only when
// the Balance section comes near the screen.
import { GIVES, isNamed, isRecurring, suitsMood, type Circle, type Give, type PortfolioItem } from './portfolio-logic';
import { escapeRegExp } from '../../lib/regexp';

export const AREAS = ['family', 'peers', 'professionals', 'community'] as const;
export type Area = (typeof AREAS)[number];

const AREA_OF: Record<Circle, Area> = { family: 'family', friend: 'family', peer: 'peers', professional: 'professionals', community: 'community' };
export const areaOf = (circle: Circle | ''): Area | undefined => (circle ? AREA_OF[circle] : undefined);

/**
 * Something the balance points out, with what the words for it need. In the
 * order they are given: no one to contact on a bad day; one person carrying
 * most of the plan; an area with nothing in it; nothing for a low-energy day;
 * what nothing gives; items with no backup; items with no energy level.
 */
export type Prompt =
  | { id: 'no-bad-day' }
  | { id: 'one-carries'; name: string; load: number; total: number }
  | { id: 'missing-area'; area: Area }
  | { id: 'no-low-energy' }
  | { id: 'missing-gives'; gives: Give[] }
  | { id: 'no-backup'; names: string[] }
  | { id: 'no-energy'; names: string[] };
export type PromptId = Prompt['id'];

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
  if (!people.some((p) => suitsMood(p, 'low'))) prompts.push({ id: 'no-bad-day' });

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
    if (top && top.load * 2 > total) prompts.push({ id: 'one-carries', name: top.name, load: top.load, total });
  }

  for (const area of AREAS) if (areas[area] === 0) prompts.push({ id: 'missing-area', area });

  if (!named.some((i) => i.energy === 'low')) prompts.push({ id: 'no-low-energy' });

  const missing = GIVES.filter((g) => gives[g] === 0);
  if (missing.length) prompts.push({ id: 'missing-gives', gives: missing });

  const noBackup = named.filter((i) => !i.backup.trim()).map((i) => i.name.trim());
  if (noBackup.length) prompts.push({ id: 'no-backup', names: noBackup });

  const noEnergy = named.filter((i) => !i.energy).map((i) => i.name.trim());
  if (noEnergy.length) prompts.push({ id: 'no-energy', names: noEnergy });
  return { areas, gives, prompts };
}
