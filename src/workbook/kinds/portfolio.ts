// The social portfolio: people and activities, each with the energy it takes,
// the moods it suits, what it gives, when it recurs and a backup; plus a few
// conversation starters, today's check-in, what was done, and a weekly goal.
// Matching, balance and week logic live in portfolio-logic.ts.
import type { KindSpec, Progress, SummaryBlock } from './types';
import { type PortfolioData, type PortfolioItem, oftenText, scheduleText, emptyPortfolio, isNamed, isRecurring, weekPlan, weekStart, weeksKept } from './portfolio-logic';
import { isObject } from '../../lib/is-object';
import { isDate } from '../dates';
import type { PortfolioTextWords } from '../../i18n/widgets/en/portfolio-text';
import { portfolioTextIn } from '../../i18n/widgets/portfolio-text';

export type { PortfolioData, PortfolioItem } from './portfolio-logic';

function itemLine(item: PortfolioItem, words: PortfolioTextWords): string {
  const parts: string[] = [];
  if (item.circle) parts.push(words.options.circle[item.circle]);
  if (item.energy) parts.push(words.item.energy[item.energy]);
  if (item.moods.length) parts.push(words.summary.suits(words.or(item.moods.map((m) => words.item.moods[m]))));
  if (item.gives.length) parts.push(words.summary.gives(words.and(item.gives.map((g) => words.item.gives[g]))));
  if (isRecurring(item)) {
    parts.push(scheduleText(item, words));
  }
  if (item.backup.trim()) parts.push(words.summary.fallsThrough(item.backup.trim()));
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
function planName(item: PortfolioItem, words: PortfolioTextWords): string {
  const often = item.often === 'weekly' ? '' : ` (${oftenText(item, words)})`;
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
  summary(data, _def, lang = 'en'): SummaryBlock[] {
    const words = portfolioTextIn(lang);
    const w = words.summary;
    const named = data.items.filter(isNamed);
    const line = (item: PortfolioItem) => itemLine(item, words);
    const blocks: SummaryBlock[] = [
      { heading: w.people, lines: named.filter((i) => i.type === 'person').map(line) },
      { heading: w.activities, lines: named.filter((i) => i.type === 'activity').map(line) },
      {
        heading: w.week,
        lines: weekPlan(data.items)
          .filter((d) => d.entries.length)
          .map((d) => `${words.options.days[d.day]}: ${d.entries.map((i) => planName(i, words)).join(', ')}`),
      },
      { heading: w.starters, lines: data.starters.filter((s) => s.trim()) },
    ];
    const goal: string[] = [];
    if (data.goal.text.trim()) goal.push(w.goalLine(data.goal.text.trim(), data.goal.target));
    const kept = weeksKept(data.weeks);
    if (kept) goal.push(w.weeksKept(kept));
    for (const week of [...data.weeks].sort((a, b) => b.week.localeCompare(a.week))) {
      const wins = week.wins.filter((x) => x.trim());
      if (week.ticks || wins.length) goal.push(`${w.weekLine(week.week, week.ticks, week.target)}${wins.length ? w.wins(wins.join('; ')) : ''}`);
    }
    blocks.push({ heading: w.goal, lines: goal });
    return blocks;
  },
};
