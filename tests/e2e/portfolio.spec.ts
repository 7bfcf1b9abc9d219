import { expect, test, type Page } from '@playwright/test';
import { violations } from './support/axe';
import { awake } from './support/islands';
import { addToCalendar, firstTimes } from './support/calendar';

const EXERCISE = 'exercises/social-portfolio/';

interface NewItem {
  name: string;
  circle: string;
  energy: 'Low' | 'Medium' | 'High';
  moods?: string[];
  often?: 'Every week' | 'Every two weeks' | 'Once a month';
  days?: string[];
  time?: string;
  backup: string;
}

/** A fortnightly plan and a weekly one, the week plan's two recurring items. */
const DR_RAO: NewItem = {
  name: 'Dr Rao',
  circle: 'Professional',
  energy: 'Medium',
  often: 'Every two weeks',
  days: ['Thursday'],
  time: '10:30',
  backup: 'ring the duty line',
};
const TUESDAY_MEETING: NewItem = {
  name: 'Tuesday meeting',
  circle: 'Recovery peers',
  energy: 'Medium',
  often: 'Every week',
  days: ['Tuesday'],
  time: '19:00',
  backup: 'join the online meeting',
};

async function addItem(page: Page, kind: 'person' | 'activity', item: NewItem) {
  const person = kind === 'person';
  await page.getByRole('button', { name: person ? 'Add a person' : 'Add an activity' }).click();
  const editor = page.getByRole('group', { name: person ? 'Person' : 'Activity', exact: true });
  const name = editor.getByLabel(person ? 'First name or nickname' : 'What is it?');
  await expect(name).toBeFocused();
  await name.fill(item.name);
  await editor
    .getByRole('group', { name: person ? 'How you know them' : 'Who it connects you with' })
    .getByRole('radio', { name: item.circle })
    .check();
  await editor.getByRole('group', { name: 'Energy it takes' }).getByRole('radio', { name: item.energy }).check();
  for (const mood of item.moods ?? []) await editor.getByRole('group', { name: 'Moods it suits' }).getByRole('checkbox', { name: mood }).check();
  if (item.often) {
    await editor.getByLabel('How often').selectOption({ label: item.often });
    for (const day of item.days ?? []) await editor.getByRole('group', { name: 'On which days' }).getByRole('checkbox', { name: day }).check();
    if (item.time) await editor.getByLabel('Time (if there is a set time)').fill(item.time);
  }
  await editor.getByLabel('If this falls through').fill(item.backup);
  await editor.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(page.getByRole('button', { name: `Edit ${item.name}` })).toBeFocused();
}

async function buildPortfolio(page: Page) {
  await addItem(page, 'person', {
    name: 'Mum',
    circle: 'Family',
    energy: 'Medium',
    moods: ['Okay'],
    often: 'Every week',
    days: ['Sunday'],
    time: '11:00',
    backup: 'call my brother',
  });
  await addItem(page, 'person', { name: 'Sam', circle: 'Recovery peer or sponsor', energy: 'Low', moods: ['Low', 'Anxious'], backup: 'text Jo' });
  await addItem(page, 'person', DR_RAO);
  await addItem(page, 'activity', TUESDAY_MEETING);
  await addItem(page, 'activity', { name: 'Library', circle: 'Community', energy: 'Low', backup: 'sit in the café on the corner' });
}

/** Opens an item's editor, checks which weeks it is on, moves it to others, and closes it. */
async function moveWeeks(page: Page, name: string, question: string, from: string, to: string) {
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  const which = page.getByLabel(question);
  await expect(which).toHaveValue(from);
  await which.selectOption({ label: to });
  await page.getByRole('button', { name: 'Done', exact: true }).click();
}

const week = (page: Page) => page.getByRole('table');
const row = (page: Page, day: string) => week(page).getByRole('row', { name: new RegExp(`^${day}`) });

async function expectWeek(page: Page) {
  await expect(row(page, 'Tuesday')).toContainText('19:00 Tuesday meeting');
  await expect(row(page, 'Tuesday')).toContainText('If this falls through: join the online meeting');
  await expect(row(page, 'Thursday')).toContainText('10:30 Dr Rao (every two weeks)');
  await expect(row(page, 'Sunday')).toContainText('11:00 Mum');
  await expect(row(page, 'Monday')).toHaveText('Monday');
  await expect(row(page, 'Any day')).toContainText('Sam');
  await expect(row(page, 'Any day')).toContainText('Library');
}

async function rightNow(page: Page, energy: string, mood: string) {
  await page.getByRole('group', { name: 'Your energy today' }).getByRole('radio', { name: energy }).check();
  await page.getByRole('group', { name: 'Your mood today' }).getByRole('radio', { name: mood }).check();
}

test('build a portfolio, see the week, get low-energy ideas with backups, and find it all after a reload', async ({ page }) => {
  // Five items by hand is a long journey; on a busy machine it needs more than the default 30 s.
  test.setTimeout(90_000);
  await page.goto(EXERCISE);
  await buildPortfolio(page);
  await expectWeek(page);

  await rightNow(page, 'Low', 'Low');
  const ideas = page.getByRole('list', { name: 'Ideas for right now' }).getByRole('listitem');
  await expect(ideas).toHaveCount(2);
  await expect(ideas.nth(0)).toContainText('Sam');
  await expect(ideas.nth(0)).toContainText('If this falls through: text Jo');
  await expect(ideas.nth(1)).toContainText('Library');
  await expect(ideas.nth(1)).toContainText('If this falls through: sit in the café on the corner');
  await expect(page.getByText('2 ideas fit right now, easiest first.')).toBeAttached();

  await page.getByRole('button', { name: 'I did this: Sam' }).click();
  await expect(ideas.nth(0)).toContainText('Done today.');

  // More energy brings more ideas, still lowest effort first.
  await rightNow(page, 'Medium', 'Okay');
  await expect(ideas).toHaveCount(3);
  await expect(ideas.nth(0)).toContainText('Library');
  await expect(ideas.nth(1)).toContainText('Mum');

  await page.getByRole('heading', { name: 'This week’s goal' }).scrollIntoViewIfNeeded();
  await page.getByLabel('My goal for this week').fill('Go to two meetings');
  await page.getByLabel('How many times this week').selectOption('2');
  await page.getByRole('checkbox', { name: '1 of 2' }).check();
  await expect(page.getByText('1 of 2 so far this week.')).toBeVisible();
  await expect(page.getByText(/^From your portfolio this week: Sam \(\w+day\)\.$/)).toBeVisible();
  await expect(page.getByText('Saved on this device.')).toBeVisible();

  await page.reload();
  for (const name of ['Mum', 'Sam', 'Dr Rao', 'Tuesday meeting', 'Library']) await expect(page.getByRole('button', { name: `Edit ${name}` })).toBeVisible();
  await expectWeek(page);
  await expect(page.getByRole('group', { name: 'Your energy today' }).getByRole('radio', { name: 'Medium' })).toBeChecked();
  await rightNow(page, 'Low', 'Low');
  await expect(ideas.nth(0)).toContainText('Done today.');
  await page.getByRole('heading', { name: 'This week’s goal' }).scrollIntoViewIfNeeded();
  await expect(page.getByLabel('My goal for this week')).toHaveValue('Go to two meetings');
  await expect(page.getByRole('checkbox', { name: '1 of 2' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '2 of 2' })).not.toBeChecked();
});

test('a plan every two weeks shows only in the weeks it is on, and can move to the other weeks', async ({ page }) => {
  // The reader's clock decides the week: Wednesday 18 November 2026, then the
  // Wednesdays after it.
  const wednesday = (day: number) => new Date(2026, 10, day, 12);
  await page.clock.setFixedTime(wednesday(18));
  await page.goto(EXERCISE);
  await addItem(page, 'person', DR_RAO);
  await addItem(page, 'activity', TUESDAY_MEETING);
  const nextWeekNote = page.getByText('Next week, not this one: Dr Rao (every two weeks).');
  const weekOf = (date: RegExp) => page.getByRole('region', { name: 'Your week' }).getByText(date);
  await expect(weekOf(/^Week starting Monday,? (16 November|November 16)$/)).toBeVisible();
  await expect(row(page, 'Thursday')).toContainText('10:30 Dr Rao (every two weeks)');
  await expect(nextWeekNote).toBeHidden();

  // The week after: not on, and said so under the week.
  await page.clock.setFixedTime(wednesday(25));
  await page.reload();
  await expect(weekOf(/^Week starting Monday,? (23 November|November 23)$/)).toBeVisible();
  await expect(row(page, 'Thursday')).toHaveText('Thursday');
  await expect(row(page, 'Tuesday')).toContainText('19:00 Tuesday meeting');
  await expect(nextWeekNote).toBeVisible();

  // Two weeks on: on again.
  await page.clock.setFixedTime(wednesday(32));
  await page.reload();
  await expect(row(page, 'Thursday')).toContainText('10:30 Dr Rao (every two weeks)');
  await expect(nextWeekNote).toBeHidden();

  // Moved to the other weeks, it leaves this one, and that is kept.
  await moveWeeks(page, 'Dr Rao', 'Is it on this week?', '0', 'No, next week');
  await expect(row(page, 'Thursday')).toHaveText('Thursday');
  await expect(nextWeekNote).toBeVisible();
  await page.clock.setFixedTime(wednesday(39));
  await page.reload();
  await expect(row(page, 'Thursday')).toContainText('10:30 Dr Rao (every two weeks)');
});

test('a plan once a month shows only in its week of the month, and the week can be changed', async ({ page }) => {
  // Wednesday 18 November 2026: the third week of the month (15th to 21st).
  await page.clock.setFixedTime(new Date(2026, 10, 18, 12));
  await page.goto(EXERCISE);
  await addItem(page, 'activity', {
    name: 'Book club',
    circle: 'Community',
    energy: 'Medium',
    often: 'Once a month',
    days: ['Tuesday'],
    time: '19:00',
    backup: 'read a chapter at home',
  });
  await expect(page.getByText('Once a month on Tuesday in the third week at 19:00')).toBeVisible();
  await expect(row(page, 'Tuesday')).toContainText('19:00 Book club (once a month, third week)');
  const notThisWeek = page.getByText('Not this week: Book club (once a month, third week).');
  await expect(notThisWeek).toBeHidden();

  // The week after, with Tuesday the 24th: not on, and said so under the week.
  await page.clock.setFixedTime(new Date(2026, 10, 25, 12));
  await page.reload();
  await expect(row(page, 'Tuesday')).toHaveText('Tuesday');
  await expect(notThisWeek).toBeVisible();

  // Moved to the fourth week, it is on this week, and the next month too.
  await moveWeeks(page, 'Book club', 'Which week of the month?', '3', 'Fourth (22nd to 28th)');
  await expect(row(page, 'Tuesday')).toContainText('19:00 Book club (once a month, fourth week)');
  await expect(page.getByText(/^Not this week:/)).toBeHidden();
  await page.clock.setFixedTime(new Date(2026, 11, 23, 12));
  await page.reload();
  await expect(row(page, 'Tuesday')).toContainText('19:00 Book club (once a month, fourth week)');
});

test('the check-in link lands on Right now and focuses it; ideas take two taps', async ({ page }) => {
  await page.goto(EXERCISE);
  await addItem(page, 'person', { name: 'Sam', circle: 'Friend', energy: 'Low', moods: ['Low'], backup: 'text Jo' });
  await page.goto(`${EXERCISE}#right-now`);
  await expect(page.getByRole('heading', { name: 'Right now' })).toBeFocused();
  await page.getByRole('group', { name: 'Your energy today' }).getByRole('radio', { name: 'Low' }).click();
  await page.getByRole('group', { name: 'Your mood today' }).getByRole('radio', { name: 'Low' }).click();
  await expect(page.getByRole('list', { name: 'Ideas for right now' })).toContainText('If this falls through: text Jo');
  await expect(page.getByRole('link', { name: 'Help now' }).first()).toBeVisible();
});

test('the balance asks for someone to contact on a bad day, and removing an item updates it', async ({ page }) => {
  await page.goto(EXERCISE);
  await addItem(page, 'person', { name: 'Jo', circle: 'Friend', energy: 'High', moods: ['Good'], backup: 'watch a film' });
  await page.getByRole('heading', { name: 'Balance' }).scrollIntoViewIfNeeded();
  await expect(page.getByText('There is no one here to contact on a bad day yet.', { exact: false })).toBeVisible();
  const areas = page.getByRole('list', { name: 'Where your support comes from' }).getByRole('listitem');
  await expect(areas.filter({ hasText: 'Family and friends' })).toContainText('1');
  await expect(areas.filter({ hasText: 'Professionals' })).toContainText('0');

  // Removing asks first, in place: keeping hands focus back, yes removes.
  const remove = page.getByRole('button', { name: 'Remove Jo' });
  await remove.click();
  const asked = page.getByRole('group', { name: 'Remove Jo from your portfolio?' });
  await expect(asked.getByRole('button', { name: 'Yes, remove it' })).toBeFocused();
  await asked.getByRole('button', { name: 'Keep it' }).click();
  await expect(asked).toHaveCount(0);
  await expect(remove).toBeFocused();
  await remove.click();
  await asked.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(page.getByRole('button', { name: 'Add a person' })).toBeFocused();
  await expect(page.getByText('Once you add people and activities, you will see here how they spread')).toBeVisible();
  await expect(row(page, 'Any day')).toHaveText('Any day');
});

test('a person can be added with the keyboard alone, at 320px, without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(EXERCISE);
  const add = page.getByRole('button', { name: 'Add a person' });
  await add.scrollIntoViewIfNeeded(); // the planner wakes when it comes into view
  await expect(add).toBeEnabled();
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('First name or nickname')).toBeFocused();
  await page.keyboard.type('Kit');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Family' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Family' })).toBeChecked();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Done', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Edit Kit' })).toBeFocused();
  await expect(row(page, 'Any day')).toContainText('Kit');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('the filled planner has no axe violations in light or dark mode', async ({ page }) => {
  await page.goto(EXERCISE);
  await addItem(page, 'person', {
    name: 'Sam',
    circle: 'Friend',
    energy: 'Low',
    moods: ['Low'],
    often: 'Every week',
    days: ['Monday'],
    time: '09:00',
    backup: 'text Jo',
  });
  await rightNow(page, 'Low', 'Low');
  await page.getByRole('button', { name: 'I did this: Sam' }).click();
  await page.getByRole('button', { name: 'Edit Sam' }).click();
  await page.getByRole('heading', { name: 'Balance' }).scrollIntoViewIfNeeded();
  await expect(page.getByText('Where your support comes from')).toBeVisible();
  await expect(page.getByLabel('My goal for this week')).toBeAttached();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await violations(page, undefined, '[data-exercise="social-portfolio"]'), scheme).toEqual([]);
  }
});

test('parts that fail to load say so where they belong, and keep nothing half-made', async ({ page }) => {
  const message = 'This part of the planner could not load. What you have saved is safe. Check your connection, then reload the page.';
  await page.route(/\/(ItemEditor|PortfolioExtras)\.[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto(EXERCISE);
  await awake(page);
  await page.getByRole('region', { name: 'Balance' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('region', { name: 'Balance' }).getByRole('alert')).toHaveText(message);

  const add = page.getByRole('button', { name: 'Add an activity' });
  await add.click();
  await expect(page.getByRole('region', { name: 'Your people and activities' }).getByRole('alert')).toHaveText(message);
  await expect(page.getByText('Nothing here yet.')).toBeVisible();
  await expect(add).toBeFocused();
});

test('a choice stays chosen while the page updates around it', async ({ page }) => {
  // A redraw for the status message used to show the old answer for a moment,
  // so the radio just chosen flicked off (and could be announced as not checked).
  await page.goto(EXERCISE);
  await page.getByRole('group', { name: 'Your energy today' }).getByRole('radio', { name: 'Low' }).check();
  const mood = page.getByRole('group', { name: 'Your mood today' }).getByRole('radio', { name: 'Low' });
  const seen = await mood.evaluate(async (el: HTMLInputElement) => {
    el.click();
    const states = [el.checked];
    for (let i = 0; i < 5; i++) {
      await Promise.resolve();
      states.push(el.checked);
    }
    await new Promise((r) => setTimeout(r, 50));
    return [...states, el.checked];
  });
  expect(seen.every(Boolean)).toBe(true);
  await expect(page.getByText(/fit right now|fits right now|Nothing in your portfolio fits/)).toBeAttached();
});

test('plans, the week and the goal go into the reader’s own calendar as repeating events, titled only “Plan” when asked', async ({ page }) => {
  test.setTimeout(60_000);
  // A Wednesday: the next Tuesday and Thursday are known.
  await page.clock.setFixedTime(new Date('2026-11-18T10:00:00'));
  await page.goto(EXERCISE);
  await addItem(page, 'activity', TUESDAY_MEETING);
  await addItem(page, 'person', DR_RAO);

  const meeting = await addToCalendar(page, page.getByRole('button', { name: 'Add to calendar: Tuesday meeting' }));
  expect(meeting.name).toBe('plan.ics');
  const [event] = meeting.events;
  expect(meeting.events).toHaveLength(1);
  // The plan's own words, never the exercise's, and the backup to hand.
  expect(event!.summary).toBe('Tuesday meeting');
  expect(event!.description).toBe('If this falls through: join the online meeting');
  expect(meeting.text).not.toMatch(/portfolio|recovery|exercise/i);
  expect(firstTimes(event!, 3)).toEqual(['2026-11-24T19:00:00', '2026-12-01T19:00:00', '2026-12-08T19:00:00']);

  const week = await addToCalendar(page, page.getByRole('button', { name: 'Add to calendar: every plan in your week' }));
  expect(week.events.map((e) => e.summary).sort()).toEqual(['Dr Rao', 'Tuesday meeting']);
  const rao = week.events.find((e) => e.summary === 'Dr Rao')!;
  // Every second Thursday, from a week the plan is on.
  const [first, second] = firstTimes(rao, 2).map((t) => new Date(t).getTime());
  expect((second! - first!) / 86_400_000).toBe(14);
  expect(new Date(firstTimes(rao, 1)[0]!).getDay()).toBe(4);

  // For a calendar others can see: the day and time stay, the words go.
  await page
    .getByRole('checkbox', { name: /Hide details/ })
    .first()
    .check();
  const hidden = await addToCalendar(page, page.getByRole('button', { name: 'Add to calendar: Tuesday meeting' }));
  expect(hidden.events[0]!.summary).toBe('Plan');
  expect(hidden.events[0]!.description).toBeNull();
  expect(hidden.text).not.toContain('online meeting');
  expect(firstTimes(hidden.events[0]!, 1)).toEqual(['2026-11-24T19:00:00']);

  await page.getByRole('heading', { name: 'This week’s goal' }).scrollIntoViewIfNeeded();
  await page.getByLabel('My goal for this week').fill('Go to two meetings');
  await page
    .getByRole('checkbox', { name: /Hide details/ })
    .last()
    .uncheck();
  const goal = await addToCalendar(page, page.getByRole('button', { name: 'Add to calendar: your weekly goal' }));
  expect(goal.events[0]!.summary).toBe('Go to two meetings');
  // Every Monday, from this week's.
  expect(firstTimes(goal.events[0]!, 2)).toEqual(['2026-11-16', '2026-11-23']);
});
