import { describe, expect, it } from 'vitest';
import {
  addItem,
  checkIn,
  dropIfUnnamed,
  editItem,
  removeItem,
  setDone,
  setFortnightWeek,
  setGoal,
  setGoalTarget,
  setGoalText,
  setMonthWeek,
  setOften,
  setStarters,
  setWins,
  tick,
  updateWeek,
} from '../../src/workbook/kinds/portfolio-actions';
import {
  MAX_ITEMS,
  checkinOn,
  currentWeek,
  doneThisWeek,
  emptyPortfolio,
  fallsInWeek,
  monthlyWeek,
  newItem,
  suggest,
  weekPlan,
  type PortfolioData,
  type PortfolioItem,
} from '../../src/workbook/kinds/portfolio-logic';
import { MAX_ENTRIES } from '../../src/workbook/limits';
import { addDays } from '../../src/workbook/dates';

// Wednesday 18 November 2026, in the week that starts on Monday the 16th and
// in the third week of the month (the 15th to the 21st).
const TODAY = '2026-11-18';
const MONDAY = '2026-11-16';
const NEXT_MONDAY = '2026-11-23';

let n = 0;
const item = (over: Partial<PortfolioItem>): PortfolioItem => ({ ...newItem('person', `i${++n}`), ...over });
const data = (items: PortfolioItem[], over: Partial<PortfolioData> = {}): PortfolioData => ({ ...emptyPortfolio(), items, ...over });
const find = (d: PortfolioData, id: string) => d.items.find((i) => i.id === id)!;

describe('adding, editing and removing people and activities', () => {
  const sam = item({ name: 'Sam', energy: 'low', backup: 'text Jo' });

  it('adds an empty person or activity at the end of the list, ready to be named', () => {
    const d = addItem(addItem(data([sam]), 'activity', 'new-1'), 'person', 'new-2');
    expect(d.items.map((i) => [i.type, i.name])).toEqual([
      ['person', 'Sam'],
      ['activity', ''],
      ['person', ''],
    ]);
    expect(find(d, 'new-1')).toEqual(newItem('activity', 'new-1'));
  });

  it('adds nothing to a full planner, or twice with the same id', () => {
    const full = data(Array.from({ length: MAX_ITEMS }, (_, i) => item({ name: `Friend ${i}` })));
    expect(addItem(full, 'person', 'one-more')).toBe(full);
    const once = addItem(data([]), 'person', 'x');
    expect(addItem(once, 'activity', 'x').items).toHaveLength(1);
  });

  it('keeps each edit, one after another, and leaves the rest of the item as it was', () => {
    let d = data([sam, item({ name: 'Jo' })]);
    d = editItem(d, sam.id, { name: 'Sammy' });
    d = editItem(d, sam.id, { moods: ['low', 'anxious'] });
    d = editItem(d, sam.id, { days: [1, 3], time: '18:30' });
    expect(find(d, sam.id)).toEqual({ ...sam, name: 'Sammy', moods: ['low', 'anxious'], days: [1, 3], time: '18:30' });
    expect(d.items[1]!.name).toBe('Jo');
  });

  it('does not bring back an item removed in the meantime', () => {
    const d = data([sam]);
    expect(editItem(d, 'gone', { name: 'Ghost' })).toBe(d);
  });

  it('drops an item closed without a name, and keeps a named one', () => {
    const blank = item({ name: '   ', backup: 'a backup but no name' });
    const d = data([sam, blank]);
    expect(dropIfUnnamed(d, blank.id).items).toEqual([sam]);
    expect(dropIfUnnamed(d, sam.id)).toBe(d);
    expect(dropIfUnnamed(d, 'gone')).toBe(d);
  });

  it('removes an item with the days it was marked done, and nothing else', () => {
    const jo = item({ type: 'activity', name: 'Walk with Jo' });
    let d = setDone(setDone(data([sam, jo]), sam.id, TODAY, true), jo.id, MONDAY, true);
    d = removeItem(d, sam.id);
    expect(d.items).toEqual([jo]);
    expect(doneThisWeek(d, TODAY).map((x) => x.item.name)).toEqual(['Walk with Jo']);
    expect(removeItem(d, 'gone')).toBe(d);
  });
});

describe('how often a plan comes round', () => {
  const tuesday = (over: Partial<PortfolioItem> = {}) => item({ name: 'Meeting', days: [1], ...over });

  it('made fortnightly, it is on this week and every second week from it', () => {
    const plan = tuesday({ often: 'weekly' });
    const made = find(setOften(data([plan]), plan.id, 'fortnightly', TODAY), plan.id);
    expect(made.often).toBe('fortnightly');
    expect(fallsInWeek(made, MONDAY)).toBe(true);
    expect(fallsInWeek(made, NEXT_MONDAY)).toBe(false);
  });

  it('made fortnightly again, it keeps the weeks it already had', () => {
    const plan = tuesday({ often: 'weekly', from: NEXT_MONDAY });
    const made = find(setOften(data([plan]), plan.id, 'fortnightly', TODAY), plan.id);
    expect(fallsInWeek(made, MONDAY)).toBe(false);
    expect(fallsInWeek(made, NEXT_MONDAY)).toBe(true);
  });

  it('made monthly, it is in this week of the month until another is chosen', () => {
    const plan = tuesday({ often: 'weekly' });
    let d = setOften(data([plan]), plan.id, 'monthly', TODAY);
    expect(monthlyWeek(find(d, plan.id))).toBe(3);
    d = setMonthWeek(d, plan.id, TODAY, 1);
    // Still monthly, chosen again on another day: the chosen week stays.
    d = setOften(d, plan.id, 'monthly', '2026-11-25');
    expect(monthlyWeek(find(d, plan.id))).toBe(1);
  });

  it('moves a fortnightly plan to the weeks in between, and back', () => {
    const plan = tuesday({ often: 'fortnightly', from: MONDAY });
    const off = setFortnightWeek(data([plan]), plan.id, TODAY, false);
    expect(fallsInWeek(find(off, plan.id), MONDAY)).toBe(false);
    expect(fallsInWeek(find(off, plan.id), NEXT_MONDAY)).toBe(true);
    const on = setFortnightWeek(off, plan.id, TODAY, true);
    expect(weekPlan(on.items, MONDAY)[1]!.entries.map((i) => i.name)).toEqual(['Meeting']);
  });

  it('moves a monthly plan to another week of the month, which shows in that week', () => {
    const plan = tuesday({ often: 'monthly', from: TODAY });
    const moved = setMonthWeek(data([plan]), plan.id, TODAY, 4);
    expect(monthlyWeek(find(moved, plan.id))).toBe(4);
    // Tuesday the 24th is in the fourth week; Tuesday the 17th no longer shows.
    expect(weekPlan(moved.items, NEXT_MONDAY)[1]!.entries.map((i) => i.name)).toEqual(['Meeting']);
    expect(weekPlan(moved.items, MONDAY)[1]!.entries).toEqual([]);
    expect(monthlyWeek(find(setMonthWeek(moved, plan.id, TODAY, 9), plan.id))).toBe(4);
  });
});

describe('right now', () => {
  const sam = item({ name: 'Sam', energy: 'low', moods: ['low'], backup: 'text Jo' });

  it('keeps today’s energy when the mood is chosen, so ideas appear after two taps', () => {
    let d = checkIn(data([sam]), TODAY, { energy: 'low' });
    expect(checkinOn(d, TODAY)).toEqual({ date: TODAY, energy: 'low', mood: '' });
    d = checkIn(d, TODAY, { mood: 'low' });
    expect(checkinOn(d, TODAY)).toEqual({ date: TODAY, energy: 'low', mood: 'low' });
    d = checkIn(d, TODAY, { energy: 'high' });
    expect(checkinOn(d, TODAY)).toEqual({ date: TODAY, energy: 'high', mood: 'low' });
  });

  it('starts each day afresh: yesterday’s mood is not today’s', () => {
    const yesterday = checkIn(checkIn(data([sam]), '2026-11-17', { energy: 'high' }), '2026-11-17', { mood: 'good' });
    const d = checkIn(yesterday, TODAY, { energy: 'low' });
    expect(checkinOn(d, TODAY)).toEqual({ date: TODAY, energy: 'low', mood: '' });
  });

  it('keeps no check-in before the date is known', () => {
    const d = data([sam]);
    expect(checkIn(d, '', { energy: 'low' })).toBe(d);
  });

  it('marks an idea done today, once however often it is pressed, and can undo it', () => {
    const d = setDone(setDone(data([sam]), sam.id, TODAY, true), sam.id, TODAY, true);
    expect(d.done).toEqual([{ item: sam.id, date: TODAY }]);
    expect(suggest(d, 'low', 'low', TODAY)[0]!.doneToday).toBe(true);
    const undone = setDone(d, sam.id, TODAY, false);
    expect(suggest(undone, 'low', 'low', TODAY)[0]!.doneToday).toBe(false);
    expect(setDone(undone, sam.id, TODAY, false)).toBe(undone);
  });

  it('keeps another day’s mark when today’s is undone', () => {
    let d = setDone(setDone(data([sam]), sam.id, MONDAY, true), sam.id, TODAY, true);
    d = setDone(d, sam.id, TODAY, false);
    expect(doneThisWeek(d, TODAY).map((x) => x.date)).toEqual([MONDAY]);
  });

  it('lets the oldest marks go when the log is full', () => {
    const old = Array.from({ length: MAX_ENTRIES }, (_, i) => ({ item: 'old', date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}` }));
    const d = setDone(data([sam], { done: old }), sam.id, TODAY, true);
    expect(d.done).toHaveLength(MAX_ENTRIES);
    expect(d.done.at(-1)).toEqual({ item: sam.id, date: TODAY });
    expect(d.done[0]).toEqual(old[1]);
  });
});

describe('conversation starters', () => {
  it('keeps the starters as written, in their order', () => {
    const d = setStarters(data([]), ['Are you watching anything good?', 'What got you into this?']);
    expect(d.starters).toEqual(['Are you watching anything good?', 'What got you into this?']);
  });
});

describe('the weekly goal', () => {
  it('a new goal applies to this week and the weeks after it; ticks above a lower target go', () => {
    let d = setGoal(emptyPortfolio(), TODAY, 'Go to two meetings', 2);
    d = updateWeek(d, TODAY, (w) => ({ ...w, ticks: 2 }));
    d = setGoal(d, TODAY, 'Start one new conversation', 1);
    expect(d.goal).toEqual({ text: 'Start one new conversation', target: 1 });
    expect(d.weeks).toEqual([{ week: MONDAY, goal: 'Start one new conversation', target: 1, ticks: 1, wins: [] }]);
    expect(setGoal(d, TODAY, 'x', 99).goal.target).toBe(7);
    expect(setGoal(d, TODAY, 'x', 0).goal.target).toBe(1);
    expect(currentWeek(d, '2026-11-25')).toEqual({ week: NEXT_MONDAY, goal: 'Start one new conversation', target: 1, ticks: 0, wins: [] });
  });

  it('changes the words without changing how many times, and the other way round', () => {
    let d = setGoalTarget(emptyPortfolio(), TODAY, 3);
    d = setGoalText(d, TODAY, 'Go to three meetings');
    expect(currentWeek(d, TODAY)).toMatchObject({ goal: 'Go to three meetings', target: 3 });
    d = setGoalTarget(d, TODAY, 2);
    expect(currentWeek(d, TODAY)).toMatchObject({ goal: 'Go to three meetings', target: 2 });
    expect(d.goal).toEqual({ text: 'Go to three meetings', target: 2 });
  });

  it('fills the boxes from the first: ticking the second ticks two, unticking it leaves one', () => {
    let d = setGoal(emptyPortfolio(), TODAY, 'Go to three meetings', 3);
    d = tick(d, TODAY, 1, true);
    expect(currentWeek(d, TODAY).ticks).toBe(2);
    d = tick(d, TODAY, 1, false);
    expect(currentWeek(d, TODAY).ticks).toBe(1);
    d = tick(d, TODAY, 0, false);
    expect(currentWeek(d, TODAY).ticks).toBe(0);
    // No more ticks than times.
    expect(currentWeek(tick(d, TODAY, 5, true), TODAY).ticks).toBe(3);
  });

  it('keeps this week’s wins apart from last week’s', () => {
    let d = setWins(emptyPortfolio(), '2026-11-11', ['Said hello to a neighbour']);
    d = setWins(d, TODAY, ['A laugh with Jo', 'Remembered a name']);
    expect(currentWeek(d, TODAY).wins).toEqual(['A laugh with Jo', 'Remembered a name']);
    expect(currentWeek(d, '2026-11-11').wins).toEqual(['Said hello to a neighbour']);
    expect(d.weeks.map((w) => w.week)).toEqual(['2026-11-09', MONDAY]);
  });

  it('lets the oldest weeks go when the log is full', () => {
    // A full log of the weeks before this one, oldest first.
    const weeks = Array.from({ length: MAX_ENTRIES }, (_, i) => ({ week: addDays(MONDAY, -7 * (MAX_ENTRIES - i)), goal: '', target: 1, ticks: 0, wins: [] }));
    const d = setWins({ ...emptyPortfolio(), weeks }, TODAY, ['This week']);
    expect(d.weeks).toHaveLength(MAX_ENTRIES);
    expect(d.weeks[0]).toEqual(weeks[1]);
    expect(d.weeks.at(-1)).toMatchObject({ week: MONDAY, wins: ['This week'] });
  });
});
