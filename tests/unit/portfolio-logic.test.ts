import { describe, expect, it } from 'vitest';
import {
  addDays,
  anyDay,
  currentWeek,
  doneThisWeek,
  emptyPortfolio,
  fallsInWeek,
  monthlyWeek,
  startOfMonthWeek,
  oftenText,
  scheduleText,
  newItem,
  NO_START,
  offWeek,
  suggest,
  weekPlan,
  weekStart,
  weekday,
  weeksBetween,
  weeksKept,
  type PortfolioData,
  type PortfolioItem,
} from '../../src/workbook/kinds/portfolio-logic';
import { balance, mentions } from '../../src/workbook/kinds/portfolio-balance';
import { promptText } from '../../src/components/workbook/portfolio/prompt-text';
import { setDone, setGoal, updateWeek } from '../../src/workbook/kinds/portfolio-actions';

let n = 0;
const item = (over: Partial<PortfolioItem>): PortfolioItem => ({ ...newItem('person', `i${++n}`), ...over });
const data = (items: PortfolioItem[], over: Partial<PortfolioData> = {}): PortfolioData => ({ ...emptyPortfolio(), items, ...over });
const names = (xs: { item: PortfolioItem }[]) => xs.map((x) => x.item.name);

// 2026-11-16 is a Monday.
const MONDAY = '2026-11-16';
const TODAY = '2026-11-18';

describe('right now: what fits today', () => {
  const sam = item({ name: 'Sam', energy: 'low', moods: ['low', 'anxious'], backup: 'text Jo' });
  const walk = item({ type: 'activity', name: 'Walk with Pat', energy: 'medium', moods: [], backup: 'walk alone to the market' });
  const meeting = item({ type: 'activity', name: 'Tuesday meeting', energy: 'medium', moods: ['okay', 'good'], backup: 'join the online meeting' });
  const football = item({ type: 'activity', name: 'Football', energy: 'high', moods: ['good'] });
  const library = item({ type: 'activity', name: 'Library', energy: 'low', moods: [], backup: '  sit in the café  ' });
  const all = data([football, meeting, walk, sam, library]);

  it('offers only low-energy items on a low-energy day, each with its backup', () => {
    const ideas = suggest(all, 'low', 'low', TODAY);
    expect(names(ideas)).toEqual(['Sam', 'Library']);
    expect(ideas.map((i) => i.backup)).toEqual(['text Jo', 'sit in the café']);
  });

  it('puts the lowest effort first when more energy is available', () => {
    expect(names(suggest(all, 'high', 'good', TODAY))).toEqual(['Library', 'Tuesday meeting', 'Walk with Pat']);
  });

  it('leaves out items that do not suit the mood; no moods chosen means any mood', () => {
    expect(names(suggest(all, 'medium', 'anxious', TODAY))).toEqual(['Sam', 'Library', 'Walk with Pat']);
    expect(names(suggest(all, 'high', 'okay', TODAY))).not.toContain('Football');
  });

  it('prefers items chosen for this mood over ones that suit any mood', () => {
    const anyMood = item({ name: 'Ria', energy: 'low' });
    const forLow = item({ name: 'Kit', energy: 'low', moods: ['low'] });
    expect(names(suggest(data([anyMood, forLow]), 'low', 'low', TODAY))).toEqual(['Kit', 'Ria']);
  });

  it('offers at most three', () => {
    const many = [1, 2, 3, 4, 5].map((i) => item({ name: `P${i}`, energy: 'low' }));
    expect(suggest(data(many), 'low', 'okay', TODAY)).toHaveLength(3);
  });

  it('skips items without a name or an energy level', () => {
    const ideas = suggest(data([item({ name: '  ', energy: 'low' }), item({ name: 'No level' })]), 'high', 'good', TODAY);
    expect(ideas).toEqual([]);
  });

  it('keeps the mix varied: what was done least recently comes first, and today’s is marked', () => {
    const a = item({ name: 'A', energy: 'low' });
    const b = item({ name: 'B', energy: 'low' });
    const c = item({ name: 'C', energy: 'low' });
    let d = data([a, b, c]);
    d = setDone(d, a.id, TODAY, true);
    d = setDone(d, b.id, '2026-11-10', true);
    const ideas = suggest(d, 'low', 'okay', TODAY);
    expect(names(ideas)).toEqual(['C', 'B', 'A']);
    expect(ideas.map((i) => i.doneToday)).toEqual([false, false, true]);
  });
});

describe('local dates and Monday-start weeks', () => {
  it('finds the Monday of any day, across month and year ends', () => {
    expect(weekStart(MONDAY)).toBe(MONDAY);
    expect(weekStart('2026-11-22')).toBe(MONDAY); // Sunday belongs to the week before it
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
    expect(weekday('2026-11-22')).toBe(6);
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });
});

describe('the week of recurring plans', () => {
  const meeting = item({ type: 'activity', name: 'Meeting', often: 'weekly', days: [1, 3], time: '19:00' });
  const call = item({ name: 'Mum', often: 'weekly', days: [1, 6], time: '' });
  const coffee = item({ name: 'Jo', often: 'fortnightly', days: [1], time: '10:30' });
  const early = item({ name: 'Gym buddy', often: 'weekly', days: [1], time: '07:15' });
  const texts = item({ name: 'Sam', often: 'sometimes', days: [2] });
  const plan = weekPlan([meeting, call, coffee, early, texts, item({ name: '', often: 'weekly', days: [1] })]);
  const on = (day: number) => plan[day]!.entries.map((i) => i.name);

  it('lists every weekday, Monday first', () => {
    expect(plan.map((d) => d.day)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(on(0)).toEqual([]);
  });

  it('puts each plan on its days, in time order, untimed plans last', () => {
    expect(on(1)).toEqual(['Gym buddy', 'Jo', 'Meeting', 'Mum']);
    expect(on(3)).toEqual(['Meeting']);
    expect(on(6)).toEqual(['Mum']);
  });

  it('keeps plans without a set day out of the week and offers them for any day', () => {
    expect(on(2)).toEqual([]);
    expect(anyDay([meeting, texts]).map((i) => i.name)).toEqual(['Sam']);
  });

  it('says when a plan is on in running English, its days joined with “and”', () => {
    expect(scheduleText(meeting)).toBe('every week on Tuesday and Thursday at 19:00');
    expect(scheduleText({ ...call, days: [0, 2, 4] })).toBe('every week on Monday, Wednesday and Friday');
  });
});

describe('fortnightly plans', () => {
  // Jo every other Tuesday, from the week of Monday 16 November.
  const jo = item({ name: 'Jo', often: 'fortnightly', days: [1], time: '10:30', from: MONDAY });
  const meeting = item({ type: 'activity', name: 'Meeting', often: 'weekly', days: [1], time: '19:00' });
  const tuesday = (week: string) => weekPlan([jo, meeting], week)[1]!.entries.map((i) => i.name);

  it('counts whole weeks between two dates, whatever their weekdays', () => {
    expect(weeksBetween(MONDAY, '2026-11-22')).toBe(0);
    expect(weeksBetween('2026-11-22', '2026-11-23')).toBe(1);
    expect(weeksBetween(TODAY, '2026-11-02')).toBe(-2);
    expect(weeksBetween('2026-12-30', '2027-01-06')).toBe(1);
    // A whole year, with a leap day (and, where the clocks change, both changes).
    expect(weeksBetween('2027-01-04', '2028-01-03')).toBe(52);
    expect(weeksBetween('2028-01-03', '2028-12-25')).toBe(51);
  });

  it('shows in the week it starts, then every second week, and not in between', () => {
    expect(tuesday(MONDAY)).toEqual(['Jo', 'Meeting']);
    expect(tuesday('2026-11-23')).toEqual(['Meeting']);
    expect(tuesday('2026-11-30')).toEqual(['Jo', 'Meeting']);
    expect(tuesday('2026-12-07')).toEqual(['Meeting']);
  });

  it('keeps its rhythm backwards, and across the turn of the year', () => {
    expect(tuesday('2026-11-09')).toEqual(['Meeting']);
    expect(tuesday('2026-11-02')).toEqual(['Jo', 'Meeting']);
    expect(tuesday('2026-12-28')).toEqual(['Jo', 'Meeting']);
    expect(tuesday('2027-01-04')).toEqual(['Meeting']);
    expect(tuesday('2027-01-11')).toEqual(['Jo', 'Meeting']);
  });

  it('uses the week of its start date even when that is not a Monday', () => {
    expect(fallsInWeek({ ...jo, from: '2026-11-22' }, MONDAY)).toBe(true);
    expect(fallsInWeek({ ...jo, from: '2026-11-25' }, MONDAY)).toBe(false);
  });

  it('still alternates when its start is not known', () => {
    const unknown = { ...jo, from: '' };
    expect(fallsInWeek(unknown, NO_START)).toBe(true);
    expect(fallsInWeek(unknown, '2024-01-08')).toBe(false);
    expect(fallsInWeek(unknown, MONDAY)).not.toBe(fallsInWeek(unknown, '2026-11-23'));
  });

  it('is named for the off week as next week’s', () => {
    expect(offWeek([jo, meeting], '2026-11-23').map((i) => i.name)).toEqual(['Jo']);
    expect(offWeek([jo, meeting], MONDAY)).toEqual([]);
  });

  it('shows in every week of the outline, which has no dates', () => {
    expect(weekPlan([jo, meeting])[1]!.entries.map((i) => i.name)).toEqual(['Jo', 'Meeting']);
  });

  it('leaves weekly plans in every week', () => {
    for (const week of [MONDAY, '2026-11-23', '2026-11-30']) expect(fallsInWeek(meeting, week)).toBe(true);
  });
});

describe('a plan once a month', () => {
  // Book club: Tuesdays, in the third week of the month (15th to 21st).
  const club = item({ name: 'Book club', often: 'monthly', days: [1], from: '2026-11-18' });
  const onTuesday = (week: string) => weekPlan([club], week)[1]!.entries.map((i) => i.name);

  it('shows only on its day in its week of the month, once each month', () => {
    expect(onTuesday('2026-11-09')).toEqual([]); // Tuesday 10th
    expect(onTuesday('2026-11-16')).toEqual(['Book club']); // Tuesday 17th
    expect(onTuesday('2026-11-23')).toEqual([]); // Tuesday 24th
    expect(onTuesday('2026-12-14')).toEqual(['Book club']); // Tuesday 15th
    expect(onTuesday('2027-01-18')).toEqual(['Book club']); // Tuesday 19th
  });

  it('keeps each of its days to that week, even when the week spans two months', () => {
    // Tuesday and Saturday in the first week: Monday 29 December 2025 runs into January.
    const first = item({ name: 'Lunch', often: 'monthly', days: [1, 5], from: '2026-01-01' });
    const plan = weekPlan([first], '2025-12-29');
    expect(plan[1]!.entries).toEqual([]); // Tuesday 30 December: the 30th, in no week
    expect(plan[5]!.entries.map((i) => i.name)).toEqual(['Lunch']); // Saturday 3 January
    expect(offWeek([first], '2025-12-29')).toEqual([]);
  });

  it('never shows on the 29th to the 31st, so a fourth-week plan comes once', () => {
    const fourth = item({ name: 'Walk', often: 'monthly', days: [4], from: '2026-11-30' });
    expect(monthlyWeek(fourth)).toBe(4);
    expect(weekPlan([fourth], '2026-11-23')[4]!.entries.map((i) => i.name)).toEqual(['Walk']); // Friday 27th
    expect(weekPlan([fourth], '2027-01-25')[4]!.entries).toEqual([]); // Friday 29th
  });

  it('starts each week of the month on the 1st, 8th, 15th or 22nd, so a chosen week is the week kept', () => {
    expect([1, 2, 3, 4].map((n) => startOfMonthWeek('2026-11-30', n))).toEqual(['2026-11-01', '2026-11-08', '2026-11-15', '2026-11-22']);
    for (const n of [1, 2, 3, 4]) expect(monthlyWeek(item({ often: 'monthly', from: startOfMonthWeek('2027-02-03', n) }))).toBe(n);
  });

  it('is in the first week when none was chosen, and says which week it is', () => {
    const unset = item({ name: 'Club', often: 'monthly', days: [1], from: '' });
    expect(monthlyWeek(unset)).toBe(1);
    expect(oftenText(club)).toBe('once a month, third week');
    expect(scheduleText({ ...club, time: '19:00' })).toBe('once a month on Tuesday in the third week at 19:00');
    expect(offWeek([club], '2026-11-23').map((i) => i.name)).toEqual(['Book club']);
  });
});

describe('balance', () => {
  it('counts the four areas (friends with family) and what the portfolio gives', () => {
    const b = balance([
      item({ name: 'Mum', circle: 'family', gives: ['practical'] }),
      item({ name: 'Jo', circle: 'friend', gives: ['fun', 'company'] }),
      item({ name: 'Kit', circle: 'peer', gives: ['heard'] }),
      item({ type: 'activity', name: 'Class', circle: 'community', gives: ['purpose', 'company'] }),
    ]);
    expect(b.areas).toEqual({ family: 2, peers: 1, professionals: 0, community: 1 });
    expect(b.gives).toEqual({ company: 2, heard: 1, practical: 1, fun: 1, accountability: 0, purpose: 1 });
  });

  it('has nothing to say about an empty portfolio', () => {
    expect(balance([]).prompts).toEqual([]);
    expect(balance([item({ name: ' ' })]).prompts).toEqual([]);
  });

  it('says first of all when there is no one to contact on a bad day', () => {
    const b = balance([item({ name: 'Jo', moods: ['good'] }), item({ type: 'activity', name: 'Online group', moods: ['low'] })]);
    expect(b.prompts[0]).toEqual({ id: 'no-bad-day' });
    expect(promptText(b.prompts[0]!)).toMatch(/no one here to contact on a bad day/);
  });

  it('counts a person for a bad day when they suit a low mood, or any mood', () => {
    const ids = (items: PortfolioItem[]) => balance(items).prompts.map((p) => p.id);
    expect(ids([item({ name: 'Kit', moods: ['low'] })])).not.toContain('no-bad-day');
    expect(ids([item({ name: 'Kit', moods: [] })])).not.toContain('no-bad-day');
  });

  it('notices when one person carries most of the plan, counting backups that name them', () => {
    const sam = item({ name: 'Sam', moods: ['low'], often: 'weekly', days: [0, 3] });
    const b = balance([
      sam,
      item({ type: 'activity', name: 'Meeting', often: 'weekly', days: [1], backup: 'call Sam' }),
      item({ type: 'activity', name: 'Walk', backup: 'text sam instead' }),
      item({ name: 'Jo', backup: 'the online group' }),
    ]);
    const carries = b.prompts.find((p) => p.id === 'one-carries');
    // Sam: two weekly slots and two backups, of three slots and three backups.
    expect(carries).toEqual({ id: 'one-carries', name: 'Sam', load: 4, total: 6 });
    expect(promptText(carries!)).toMatch(/^Sam carries most of your plan \(4 of 6/);
  });

  it('does not blame a person for a shared plan, or for a name inside another word', () => {
    expect(mentions('text Samuel', 'Sam')).toBe(false);
    expect(mentions('text Sam.', 'Sam')).toBe(true);
    expect(mentions('ask Zoë', 'zoë')).toBe(true);
    const b = balance([
      item({ name: 'Sam', often: 'weekly', days: [0] }),
      item({ name: 'Jo', often: 'weekly', days: [2] }),
      item({ type: 'activity', name: 'Class', often: 'weekly', days: [4], backup: 'text Samuel' }),
    ]);
    expect(b.prompts.map((p) => p.id)).not.toContain('one-carries');
  });

  it('prompts gently for missing areas, low-energy options, gives, backups and energy levels', () => {
    const b = balance([item({ name: 'Kit', circle: 'peer', energy: 'high', gives: ['heard'], backup: 'text Jo' }), item({ type: 'activity', name: 'Gym' })]);
    const texts = b.prompts.map((p) => promptText(p));
    expect(b.prompts.filter((p) => p.id === 'missing-area')).toEqual([
      { id: 'missing-area', area: 'family' },
      { id: 'missing-area', area: 'professionals' },
      { id: 'missing-area', area: 'community' },
    ]);
    expect(texts.join('\n')).not.toMatch(/No recovery peers/);
    expect(texts).toContain('Nothing here takes low energy. Add one thing you could manage on a flat day, like a text or a walk where people are.');
    expect(texts).toContain('Nothing here gives you company, practical help, fun, accountability or purpose yet.');
    expect(texts).toContain('Gym has no backup yet. A plan B makes a cancelled plan easier to take.');
    expect(texts).toContain('“Right now” cannot suggest Gym until you choose the energy it takes.');
  });

  it('names several items in one sentence, in the plural', () => {
    const kit = item({ name: 'Kit', moods: ['low'], energy: 'low', backup: 'text Jo' });
    const texts = balance([kit, item({ type: 'activity', name: 'Gym' }), item({ type: 'activity', name: 'Choir' })]).prompts.map((p) => promptText(p));
    expect(texts).toContain('Gym and Choir have no backup yet. A plan B makes a cancelled plan easier to take.');
    expect(texts).toContain('“Right now” cannot suggest Gym and Choir until you choose the energy each takes.');
  });

  it('stays quiet about what is already covered', () => {
    const full = [
      item({ name: 'Mum', circle: 'family', energy: 'low', moods: ['low'], gives: ['practical', 'heard'], backup: 'text Jo' }),
      item({ name: 'Kit', circle: 'peer', energy: 'low', gives: ['accountability'], backup: 'online meeting' }),
      item({ name: 'Dr Rao', circle: 'professional', energy: 'medium', gives: ['heard'], backup: 'the helpline' }),
      item({ type: 'activity', name: 'Choir', circle: 'community', energy: 'high', gives: ['fun', 'company', 'purpose'], backup: 'sing at home' }),
    ];
    expect(balance(full).prompts).toEqual([]);
  });
});

describe('the weekly goal', () => {
  it('a new week starts from the current goal with nothing ticked', () => {
    const d = data([], { goal: { text: 'Go to two meetings', target: 2 } });
    expect(currentWeek(d, TODAY)).toEqual({ week: MONDAY, goal: 'Go to two meetings', target: 2, ticks: 0, wins: [] });
  });

  it('counts the weeks kept, and only weeks with a goal', () => {
    let d = setGoal(emptyPortfolio(), '2026-11-02', 'Call Mum', 1);
    d = updateWeek(d, '2026-11-02', (w) => ({ ...w, ticks: 1 }));
    d = updateWeek(d, '2026-11-09', (w) => ({ ...w, ticks: 0, wins: ['Said hello to a neighbour'] }));
    d = updateWeek(d, TODAY, (w) => ({ ...w, ticks: 1 }));
    d = { ...d, weeks: [...d.weeks, { week: '2026-10-26', goal: '', target: 1, ticks: 1, wins: [] }] };
    expect(d.weeks.map((w) => w.week).sort()).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', MONDAY]);
    expect(weeksKept(d.weeks)).toBe(2);
  });

  it('lists what was marked done this week, oldest first', () => {
    const a = item({ name: 'Sam' });
    const b = item({ type: 'activity', name: 'Meeting' });
    let d = data([a, b]);
    d = setDone(d, b.id, TODAY, true);
    d = setDone(d, a.id, MONDAY, true);
    d = setDone(d, a.id, '2026-11-15', true); // the Sunday before
    d = setDone(d, 'gone', TODAY, true); // an item since removed
    expect(doneThisWeek(d, TODAY).map((x) => `${x.item.name} ${x.date}`)).toEqual([`Sam ${MONDAY}`, `Meeting ${TODAY}`]);
  });
});
