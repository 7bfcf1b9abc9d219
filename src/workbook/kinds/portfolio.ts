// The social portfolio: people and activities, each with the energy it takes,
// the moods it suits, what it gives, when it recurs and a backup; plus a few
// conversation starters, today's check-in, what was done, and a weekly goal.
// Matching, balance and week logic live in portfolio-logic.ts.
import type { KindSpec, Progress, SummaryBlock } from './types';
import {
  type PortfolioData,
  type PortfolioItem,
  CIRCLE_LABEL,
  DAY_NAMES,
  GIVE_LABEL,
  oftenText,
  scheduleText,
  emptyPortfolio,
  isNamed,
  isRecurring,
  weekPlan,
  weekStart,
  weeksKept,
} from './portfolio-logic';
import { isObject } from '../../lib/is-object';
import { isDate } from '../dates';
import { listWords } from '../../lib/words';

export type { PortfolioData, PortfolioItem } from './portfolio-logic';

function itemLine(item: PortfolioItem): string {
  const parts: string[] = [];
  if (item.circle) parts.push(CIRCLE_LABEL[item.circle]);
  if (item.energy) parts.push(`${item.energy} energy`);
  if (item.moods.length) parts.push(`suits ${listWords(item.moods, 'or')} moods`);
  if (item.gives.length) parts.push(`gives ${listWords(item.gives.map((g) => GIVE_LABEL[g].toLowerCase()))}`);
  if (isRecurring(item)) {
    parts.push(scheduleText(item));
  }
  if (item.backup.trim()) parts.push(`if this falls through: ${item.backup.trim()}`);
  return parts.length ? `${item.name.trim()}: ${parts.join('; ')}` : item.name.trim();
}

/**
 * Version 1 → 2 adds each item's `from`, the week a fortnightly plan counts
 * from. Version 1 kept no such week, so a fortnightly plan gets the week it
 * was last marked done (a week it really was on), or "" when never marked.
 * Anything not in the old shape is passed on for the schema to reject.
 */
export function addPlanStarts(data: unknown): unknown {
  if (!isObject(data) || !Array.isArray(data.items)) return data;
  const lastDone = new Map<unknown, string>();
  for (const mark of Array.isArray(data.done) ? data.done : []) {
    if (isObject(mark) && typeof mark.date === 'string' && isDate(mark.date) && (lastDone.get(mark.item) ?? '') < mark.date) lastDone.set(mark.item, mark.date);
  }
  const from = (item: Record<string, unknown>) => {
    const last = item.often === 'fortnightly' ? lastDone.get(item.id) : undefined;
    return last ? weekStart(last) : '';
  };
  return { ...data, items: data.items.map((item: unknown) => (isObject(item) ? { ...item, from: from(item) } : item)) };
}

/** A plan in the week's outline: its time, name, and how often unless weekly. */
function planName(item: PortfolioItem): string {
  const often = item.often === 'weekly' ? '' : ` (${oftenText(item)})`;
  return `${item.time ? `${item.time} ` : ''}${item.name.trim()}${often}`;
}

export const portfolio: KindSpec<PortfolioData> = {
  version: 2,
  loadSchema: () => import('./portfolio-schema').then((m) => m.portfolioSchema),
  empty: emptyPortfolio,
  migrations: { 1: addPlanStarts },
  // Done once there is a small, usable portfolio: three things to choose from,
  // each with an energy level, and at least one backup.
  progress(data): Progress {
    const named = data.items.filter(isNamed);
    const anything = named.length > 0 || data.starters.some((s) => s.trim()) || data.goal.text.trim() !== '';
    if (!anything) return 'not-started';
    const usable = named.length >= 3 && named.every((i) => i.energy) && named.some((i) => i.backup.trim());
    return usable ? 'done' : 'started';
  },
  summary(data): SummaryBlock[] {
    const named = data.items.filter(isNamed);
    const blocks: SummaryBlock[] = [
      { heading: 'People', lines: named.filter((i) => i.type === 'person').map(itemLine) },
      { heading: 'Activities', lines: named.filter((i) => i.type === 'activity').map(itemLine) },
      {
        heading: 'Week',
        lines: weekPlan(data.items)
          .filter((d) => d.entries.length)
          .map((d) => `${DAY_NAMES[d.day]}: ${d.entries.map(planName).join(', ')}`),
      },
      { heading: 'Conversation starters', lines: data.starters.filter((s) => s.trim()) },
    ];
    const goal: string[] = [];
    if (data.goal.text.trim()) goal.push(`Goal: ${data.goal.text.trim()} (${data.goal.target} a week)`);
    const kept = weeksKept(data.weeks);
    if (kept) goal.push(`Weeks kept: ${kept}`);
    for (const w of [...data.weeks].sort((a, b) => b.week.localeCompare(a.week))) {
      const wins = w.wins.filter((x) => x.trim());
      if (w.ticks || wins.length) goal.push(`Week of ${w.week}: ${w.ticks} of ${w.target}${wins.length ? `; wins: ${wins.join('; ')}` : ''}`);
    }
    blocks.push({ heading: 'Weekly goal', lines: goal });
    return blocks;
  },
};
