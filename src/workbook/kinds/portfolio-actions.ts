// Every change a person can make to their social portfolio, as pure
// functions: (data, ...) => data. The planner applies them through its
// exercise handle, handle.update((d) => action(d, ...)), so each one works on
// the answers as saved at that moment, and two quick changes never undo each
// other. An action that has nothing to change returns the data it was given.
import { MAX_ENTRIES, MAX_ITEMS, MAX_TARGET } from '../limits';
import { addDays, weekStart } from '../dates';
import { checkinOn, currentWeek, isDone, isNamed, newItem, startOfMonthWeek, type Energy, type Mood, type Often } from './portfolio-logic';
import type { PortfolioData, PortfolioItem, WeekRecord } from './portfolio-schema';

// ---------- people and activities ----------

/** What the editor may change directly; how often a plan recurs, and from when, have their own actions. */
export type ItemPatch = Partial<Omit<PortfolioItem, 'id' | 'type' | 'often' | 'from'>>;

/** Changes one item; `change` gets the item as saved. Unknown ids change nothing. */
function changeItem(data: PortfolioData, id: string, change: (item: PortfolioItem) => PortfolioItem): PortfolioData {
  if (!data.items.some((i) => i.id === id)) return data;
  return { ...data, items: data.items.map((i) => (i.id === id ? change(i) : i)) };
}

/** A new, empty person or activity at the end of the list, unless the planner is full. */
export function addItem(data: PortfolioData, type: PortfolioItem['type'], id: string): PortfolioData {
  if (data.items.length >= MAX_ITEMS || data.items.some((i) => i.id === id)) return data;
  return { ...data, items: [...data.items, newItem(type, id)] };
}

export const editItem = (data: PortfolioData, id: string, patch: ItemPatch): PortfolioData => changeItem(data, id, (i) => ({ ...i, ...patch }));

/**
 * How often a plan recurs. A plan made fortnightly is on this week unless it
 * already had its weeks; one made monthly is on in this week of the month
 * until another week is chosen.
 */
export function setOften(data: PortfolioData, id: string, often: Often, today: string): PortfolioData {
  return changeItem(data, id, (i) => {
    const from = often === 'monthly' && i.often !== 'monthly' ? today : often === 'fortnightly' && !i.from ? weekStart(today) : i.from;
    return { ...i, often, from };
  });
}

/** Puts a fortnightly plan on this week (and every second week from it), or on the weeks in between. */
export const setFortnightWeek = (data: PortfolioData, id: string, today: string, thisWeek: boolean): PortfolioData =>
  changeItem(data, id, (i) => ({ ...i, from: addDays(weekStart(today), thisWeek ? 0 : 7) }));

/** Puts a monthly plan in week 1–4 of the month (the 1st to 7th, 8th to 14th, …). */
export const setMonthWeek = (data: PortfolioData, id: string, today: string, week: number): PortfolioData =>
  changeItem(data, id, (i) => ({ ...i, from: startOfMonthWeek(today, Math.min(4, Math.max(1, Math.round(week) || 1))) }));

/** An item closed without a name holds nothing worth keeping: it goes. A named one stays. */
export function dropIfUnnamed(data: PortfolioData, id: string): PortfolioData {
  const item = data.items.find((i) => i.id === id);
  return item && !isNamed(item) ? { ...data, items: data.items.filter((i) => i !== item) } : data;
}

/** Removes an item, and the days it was marked done. */
export function removeItem(data: PortfolioData, id: string): PortfolioData {
  if (!data.items.some((i) => i.id === id)) return data;
  return { ...data, items: data.items.filter((i) => i.id !== id), done: data.done.filter((m) => m.item !== id) };
}

// ---------- right now ----------

/**
 * Today's energy or mood (or both), kept with the other one already chosen
 * today. A check-in from an earlier day is not carried over.
 */
export function checkIn(data: PortfolioData, today: string, choice: { energy?: Energy; mood?: Mood }): PortfolioData {
  if (!today) return data;
  const now = checkinOn(data, today);
  return { ...data, checkin: { date: today, energy: choice.energy ?? now.energy, mood: choice.mood ?? now.mood } };
}

/**
 * Marks an item done on a date, or takes the mark back. Marking it again
 * changes nothing. The oldest marks go first when the log is full.
 */
export function setDone(data: PortfolioData, item: string, date: string, done: boolean): PortfolioData {
  if (isDone(data.done, item, date) === done) return data;
  return {
    ...data,
    done: done ? [...data.done, { item, date }].slice(-MAX_ENTRIES) : data.done.filter((m) => !(m.item === item && m.date === date)),
  };
}

// ---------- conversation starters ----------

export const setStarters = (data: PortfolioData, starters: string[]): PortfolioData => ({ ...data, starters });

// ---------- the weekly goal ----------

/** Changes this week's record, starting it from the current goal if it is new. The oldest weeks go when the log is full. */
export function updateWeek(data: PortfolioData, today: string, change: (w: WeekRecord) => WeekRecord): PortfolioData {
  const next = change(currentWeek(data, today));
  const others = data.weeks.filter((w) => w.week !== next.week);
  return { ...data, weeks: [...others, next].sort((a, b) => a.week.localeCompare(b.week)).slice(-MAX_ENTRIES) };
}

/** A new goal applies from this week on; ticks above a lower target are dropped. */
export function setGoal(data: PortfolioData, today: string, text: string, target: number): PortfolioData {
  const t = Math.min(MAX_TARGET, Math.max(1, Math.round(target) || 1));
  return updateWeek({ ...data, goal: { text, target: t } }, today, (w) => ({ ...w, goal: text, target: t, ticks: Math.min(w.ticks, t) }));
}

/** The words of this week's goal; how many times stays as it is. */
export const setGoalText = (data: PortfolioData, today: string, text: string): PortfolioData => setGoal(data, today, text, currentWeek(data, today).target);

/** How many times this week; the words stay as they are. */
export const setGoalTarget = (data: PortfolioData, today: string, target: number): PortfolioData => setGoal(data, today, currentWeek(data, today).goal, target);

/**
 * Ticks box `box` (0 = the first) on or off. The boxes fill from the first:
 * ticking one ticks those before it, and unticking one unticks those after.
 */
export const tick = (data: PortfolioData, today: string, box: number, on: boolean): PortfolioData =>
  updateWeek(data, today, (w) => ({ ...w, ticks: Math.min(w.target, Math.max(0, on ? box + 1 : box)) }));

export const setWins = (data: PortfolioData, today: string, wins: string[]): PortfolioData => updateWeek(data, today, (w) => ({ ...w, wins }));
