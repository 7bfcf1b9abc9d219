// The social portfolio's rules, without any UI: which items fit right now and
// in what order, the week of recurring plans, and the weekly goal. Changes to
// the answers are in portfolio-actions.ts, the balance in portfolio-balance.ts.
// Dates are local calendar dates (YYYY-MM-DD); weeks start on Monday.
import { addDays, formatDate, weekStart, weeksBetween } from '../dates';
import { ENERGIES, WEEKDAYS, type Energy, type Mood } from './portfolio-options';
import { en, type PortfolioTextWords } from '../../i18n/widgets/en/portfolio-text';
import type { Lang } from '../../i18n/languages';
import type { DoneMark, PortfolioData, PortfolioItem, WeekRecord } from './portfolio-schema';

export * from './portfolio-options';
export type { DoneMark, PortfolioData, PortfolioItem, WeekRecord } from './portfolio-schema';
export { MAX_ITEMS, MAX_TARGET } from '../limits';

export const emptyPortfolio = (): PortfolioData => ({
  items: [],
  starters: [],
  checkin: { date: '', energy: '', mood: '' },
  done: [],
  goal: { text: '', target: 1 },
  weeks: [],
});

export const newItem = (type: PortfolioItem['type'], id: string): PortfolioItem => ({
  id,
  type,
  name: '',
  circle: '',
  energy: '',
  moods: [],
  gives: [],
  often: 'sometimes',
  days: [],
  time: '',
  from: '',
  backup: '',
});

export const isNamed = (item: PortfolioItem) => item.name.trim() !== '';
export const isRecurring = (item: PortfolioItem) => item.often !== 'sometimes' && item.days.length > 0;
export const suitsMood = (item: PortfolioItem, mood: Mood) => item.moods.length === 0 || item.moods.includes(mood);

// ---------- dates ----------

export { addDays, weekday, weekStart, weeksBetween } from '../dates';

const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };

/** A date as the page's language writes it (formatDate): "Monday 23 November", "lunes, 23 de noviembre". */
export const longDate = (date: string, lang: Lang = 'en') => formatDate(date, LONG_DATE, lang);

/** Weeks of a fortnightly plan with no known start are counted from this Monday, so they still alternate. */
export const NO_START = '2024-01-01';

/**
 * The week of the month a date is in, as monthly plans count them: days 1–7
 * are the first, 8–14 the second, 15–21 the third and 22–28 the fourth. A
 * plan's days in the 29th to 31st are skipped, so each comes once a month.
 */
export const weekOfMonth = (date: string) => Math.ceil(Number(date.slice(8, 10)) / 7);
/** The first day of week n (1–4) in the month of `date`. */
export const startOfMonthWeek = (date: string, n: number) => `${date.slice(0, 8)}${String((n - 1) * 7 + 1).padStart(2, '0')}`;
/** The week of the month (1–4) a monthly plan is on. */
export const monthlyWeek = (item: PortfolioItem) => (item.from ? Math.min(4, weekOfMonth(item.from)) : 1);

/** Whether a recurring plan is on, on weekday `day` (0 = Monday) of the week that starts on `week`. */
export function isOnDay(item: PortfolioItem, week: string, day: number): boolean {
  if (item.often === 'fortnightly') return weeksBetween(item.from || NO_START, week) % 2 === 0;
  if (item.often === 'monthly') return weekOfMonth(addDays(week, day)) === monthlyWeek(item);
  return true;
}

/** Whether a recurring plan is on at all in the week that starts on `week`. */
export const fallsInWeek = (item: PortfolioItem, week: string) => (item.often === 'monthly' ? item.days.some((day) => isOnDay(item, week, day)) : isOnDay(item, week, 0));

/** When a recurring plan is on, in the words' language: "once a month on Tuesday and Friday in the second week at 18:30". */
export function scheduleText(item: PortfolioItem, words: Pick<PortfolioTextWords, 'and' | 'item'> = en): string {
  const w = words.item;
  const { often } = item;
  const when =
    often === 'monthly'
      ? w.schedule.monthly(words.and(item.days.map((d) => w.daysInMonth[d]!)), w.monthWeeks[monthlyWeek(item) - 1]!)
      : w.schedule[often](words.and(item.days.map((d) => w.daysOn[d]!)));
  return `${when}${item.time ? w.at(item.time) : ''}`;
}

/** How often, in words for a list: "every two weeks", "once a month, second week". */
export function oftenText(item: PortfolioItem, words: Pick<PortfolioTextWords, 'item'> = en): string {
  const { often } = item;
  return often === 'monthly' ? words.item.often.monthly(words.item.monthWeeks[monthlyWeek(item) - 1]!) : words.item.often[often];
}

// ---------- right now ----------

export interface Suggestion {
  item: PortfolioItem;
  /** The plan B, or "" when none is written yet. */
  backup: string;
  doneToday: boolean;
}

const energyRank = (e: Energy | '') => (e ? ENERGIES.indexOf(e) : Infinity);

/**
 * Up to `limit` items that fit today's energy and mood, lowest effort first.
 * Among equals, items chosen for this mood come before items that suit any
 * mood, and the ones done least recently come first, so the mix stays varied.
 */
export function suggest(data: Pick<PortfolioData, 'items' | 'done'>, energy: Energy, mood: Mood, today: string, limit = 3): Suggestion[] {
  const lastDone = new Map<string, string>();
  for (const mark of data.done) if ((lastDone.get(mark.item) ?? '') < mark.date) lastDone.set(mark.item, mark.date);
  return data.items
    .map((item, index) => ({ item, index, last: lastDone.get(item.id) ?? '' }))
    .filter(({ item }) => isNamed(item) && energyRank(item.energy) <= energyRank(energy) && suitsMood(item, mood))
    .sort(
      (a, b) =>
        energyRank(a.item.energy) - energyRank(b.item.energy) ||
        Number(b.item.moods.includes(mood)) - Number(a.item.moods.includes(mood)) ||
        a.last.localeCompare(b.last) ||
        a.index - b.index,
    )
    .slice(0, limit)
    .map(({ item, last }) => ({ item, backup: item.backup.trim(), doneToday: last === today }));
}

export const isDone = (done: DoneMark[], item: string, date: string) => done.some((m) => m.item === item && m.date === date);

/** Today's energy and mood; an earlier day's check-in counts as none. */
export const checkinOn = (data: Pick<PortfolioData, 'checkin'>, today: string): { energy: Energy | ''; mood: Mood | '' } =>
  today && data.checkin.date === today ? data.checkin : { energy: '', mood: '' };

// ---------- the week ----------

export interface DayPlan {
  day: number;
  entries: PortfolioItem[];
}

/**
 * Recurring plans by weekday, Monday first; timed plans in time order, then
 * untimed ones. Given a week (its Monday), only the plans on in that week;
 * without one, every recurring plan, as an outline.
 */
export function weekPlan(items: PortfolioItem[], week = ''): DayPlan[] {
  // Not localeCompare with a late-sorting stand-in for "no time": locales sort
  // punctuation before digits, which put untimed plans first.
  const order = (a: PortfolioItem, b: PortfolioItem) => Number(!a.time) - Number(!b.time) || a.time.localeCompare(b.time) || a.name.localeCompare(b.name);
  const planned = items.filter((i) => isNamed(i) && isRecurring(i));
  return WEEKDAYS.map((day) => ({ day, entries: planned.filter((i) => i.days.includes(day) && (!week || isOnDay(i, week, day))).sort(order) }));
}

/** Fortnightly and monthly plans that are not on in the week that starts on `week`. */
export const offWeek = (items: PortfolioItem[], week: string) => items.filter((i) => isNamed(i) && isRecurring(i) && !fallsInWeek(i, week));

/** Things to turn to on any day: items without a set day. */
export const anyDay = (items: PortfolioItem[]) => items.filter((i) => isNamed(i) && !isRecurring(i));

// ---------- the weekly goal ----------

/** This week's record, or a fresh one carrying the current goal. */
export function currentWeek(data: PortfolioData, today: string): WeekRecord {
  const week = weekStart(today);
  return data.weeks.find((w) => w.week === week) ?? { week, goal: data.goal.text, target: data.goal.target, ticks: 0, wins: [] };
}

export const isKept = (w: WeekRecord) => w.goal.trim() !== '' && w.ticks >= w.target;
export const weeksKept = (weeks: WeekRecord[]) => weeks.filter(isKept).length;

/** What was marked done in the week of `today`, oldest first. */
export function doneThisWeek(data: PortfolioData, today: string): { item: PortfolioItem; date: string }[] {
  const start = weekStart(today);
  const end = addDays(start, 7);
  const byId = new Map(data.items.map((i) => [i.id, i]));
  return data.done
    .filter((m) => m.date >= start && m.date < end && byId.has(m.item))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => ({ item: byId.get(m.item)!, date: m.date }));
}
