import { expect, test, type Page } from '@playwright/test';
import { ladderFixtureRecord } from '../support/ladder-fixture';
import { newStep, type Step } from '../../src/workbook/kinds/ladder-logic';
import { expectAccessible } from './support/axe';
import { awake } from './support/islands';
import { addToCalendar } from './support/calendar';

const EXERCISE = 'exercises/exposure-ladder/';
const KEY = 'reconnect:exercise:exposure-ladder';

const stepNames = (page: Page) => page.getByRole('list', { name: 'Your ladder, easiest step first' }).getByRole('button', { name: /^Step \d+:/ });
const nextBox = (page: Page) => page.getByRole('region', { name: 'Your next step' });

/** Waits for the island: it wakes when scrolled into view, and typing before that would be lost. */
async function ready(page: Page) {
  await page.locator('[data-exercise]').scrollIntoViewIfNeeded();
  await awake(page);
}

async function open(page: Page) {
  await page.goto(EXERCISE);
  await ready(page);
}

async function store(page: Page, record: unknown) {
  await page.goto(EXERCISE);
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(record)]);
  await page.reload();
  await ready(page);
}

const step = (id: string, what: string, rating: number | null): Step => ({ ...newStep(what, rating), id });
const ladderOf = (steps: Step[]) => ({
  v: 1,
  updatedAt: '2026-11-20T10:00:00.000Z',
  data: { ladders: [{ id: 'l', goal: 'Feel at ease with my sister again', steps, draft: { what: '', rating: null } }], active: 'l' },
});

test('a ladder of four steps is built with the keyboard, tried twice, and is all there after a reload', async ({ page }) => {
  // A long journey typed key by key.
  test.slow();
  await open(page);
  await page.getByLabel('My goal for this ladder').focus();
  await page.keyboard.type('Go to a meeting and talk to someone');

  // Rated out of order on purpose: the ladder puts each step in its place.
  const steps: [string, string][] = [
    ['Sit at the back of a meeting', '50'],
    ['Text Sam that I might come', '15'],
    ['Talk to someone over coffee after the meeting', '70'],
    ['Say hello to one new person at the door', '35'],
  ];
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('What you will do')).toBeFocused();
  for (const [what, rating] of steps) {
    await page.keyboard.type(what);
    await page.keyboard.press('Tab');
    await page.keyboard.type(rating);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('What you will do')).toBeFocused();
  }
  await expect(page.getByRole('status').filter({ hasText: '“Say hello to one new person at the door” added as step 2 of 4.' })).toBeAttached();
  const ordered = [
    'Text Sam that I might come',
    'Say hello to one new person at the door',
    'Sit at the back of a meeting',
    'Talk to someone over coffee after the meeting',
  ];
  await expect(stepNames(page)).toHaveText(ordered.map((w, i) => `Step ${i + 1}: ${w}`));
  await expect(nextBox(page)).toContainText('Text Sam that I might come');

  // Two tries at the first step, from "Record a try" in the next-step box.
  const tries = [
    { before: '40', peak: '60', after: '20', feared: 'Sam will not answer.', happened: 'Sam said “see you there”.' },
    { before: '20', peak: '30', after: '5', feared: 'It will be awkward.', happened: 'It was fine.' },
  ];
  for (const [n, t] of tries.entries()) {
    await page.getByLabel('My goal for this ladder').focus();
    await page.keyboard.press('Tab');
    await expect(nextBox(page).getByRole('button', { name: 'Record a try' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('What I feared would happen')).toBeFocused();
    await page.keyboard.type(t.feared);
    for (const text of [t.before, t.peak, t.after, t.happened, 'Stay a bit longer next time.']) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(text);
    }
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Done with this try' })).toBeFocused();
    await page.keyboard.press('Enter');
    // Focus comes back to the try's row in the table.
    await expect(page.getByRole('table', { name: 'Distress at each try of step 1, from 0 to 100' }).getByRole('button').nth(n)).toBeFocused();
  }
  await expect(page.getByText('Saved on this device.', { exact: true })).toBeVisible();
  await expect(nextBox(page)).toContainText('peak down from 60 to 30');
  await expect(page.getByText('Your distress at the peak came down from 60 on your first try to 30 on your latest.')).toBeVisible();

  // Marked climbed with the keyboard: the next step moves up one.
  await page.getByLabel('I have climbed this step: it feels manageable now').focus();
  await page.keyboard.press('Space');
  await expect(nextBox(page)).toContainText('Say hello to one new person at the door');

  await page.reload();
  await ready(page);
  await expect(page.getByLabel('My goal for this ladder')).toHaveValue('Go to a meeting and talk to someone');
  await expect(stepNames(page)).toHaveText(ordered.map((w, i) => `Step ${i + 1}: ${w}`));
  await expect(nextBox(page)).toContainText('Say hello to one new person at the door');
  await expect(nextBox(page)).toContainText('Climbed 1 of 4 steps.');

  await stepNames(page).first().click();
  const table = page.getByRole('table', { name: 'Distress at each try of step 1, from 0 to 100' });
  await expect(table.getByRole('row')).toHaveCount(3);
  const cells = async (row: number) => (await table.getByRole('row').nth(row).getByRole('cell').allTextContents()).map((c) => c.trim());
  expect(await cells(1)).toEqual(['40', '60', '20']);
  expect(await cells(2)).toEqual(['20', '30', '5']);
  await table.getByRole('button').first().click();
  await expect(page.getByLabel('What I feared would happen')).toHaveValue('Sam will not answer.');
  await expect(page.getByLabel('What actually happened')).toHaveValue('Sam said “see you there”.');
});

test('steps move with buttons and the keyboard, the move is announced, and the order can be sorted again', async ({ page }) => {
  await store(page, ladderOf([step('a', 'Call my sister', 20), step('b', 'Visit my sister', 60), step('c', 'Have dinner with the family', 80)]));
  await expect(stepNames(page)).toHaveText(['Step 1: Call my sister', 'Step 2: Visit my sister', 'Step 3: Have dinner with the family']);
  await expect(page.getByText('The order is not the same as the ratings.')).toHaveCount(0);

  await page.getByRole('button', { name: 'Move step 3 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(stepNames(page)).toHaveText(['Step 1: Call my sister', 'Step 2: Have dinner with the family', 'Step 3: Visit my sister']);
  await expect(page.getByRole('status').filter({ hasText: '“Have dinner with the family” moved to step 2 of 3.' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Move step 2 up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move step 1 down' })).toBeFocused();

  // A hand-made order is kept, noted, and undone only when asked.
  await page.reload();
  await ready(page);
  await expect(stepNames(page).first()).toHaveText('Step 1: Have dinner with the family');
  await expect(page.getByText('The order is not the same as the ratings.')).toBeVisible();
  await page.getByRole('button', { name: 'Sort by rating' }).click();
  await expect(stepNames(page)).toHaveText(['Step 1: Call my sister', 'Step 2: Visit my sister', 'Step 3: Have dinner with the family']);
  await expect(page.getByText('The order is not the same as the ratings.')).toHaveCount(0);

  // A changed rating takes the step to its place when Enter is pressed.
  await stepNames(page).nth(2).click();
  const rating = page.getByLabel('Expected distress, 0 to 100').first();
  await rating.fill('10');
  await expect(stepNames(page).nth(2)).toHaveText('Step 3: Have dinner with the family');
  await rating.press('Enter');
  await expect(stepNames(page).first()).toHaveText('Step 1: Have dinner with the family');
  await expect(page.getByRole('status').filter({ hasText: 'moved to step 1 of 3, by its rating' })).toBeAttached();
  await expect(rating).toBeFocused();
});

test('the ladder gives gentle guidance and one-click steps', async ({ page }) => {
  await store(page, ladderOf([step('a', 'Go to the walking group', 50), step('b', 'Chat with someone new at the group', 90)]));
  const notes = page.getByRole('list').filter({ hasText: 'Big jump' });
  await expect(notes).toContainText('Your easiest step is rated 50. A first step at about 40 or below is gentler to begin with.');
  await expect(notes).toContainText('Big jump from step 1 (50) to step 2 (90).');
  await expect(notes).toContainText('You have 2 steps so far.');

  await page.getByRole('button', { name: 'Add a step between steps 1 and 2' }).click();
  await expect(stepNames(page).nth(1)).toHaveText('Step 2: new step, not written yet');
  const what = page.getByLabel('What you will do').first();
  await expect(what).toBeFocused();
  await expect(page.getByLabel('Expected distress, 0 to 100').first()).toHaveValue('70');
  await what.fill('Walk the first loop with a friend');
  await expect(page.getByText('Big jump')).toHaveCount(0);

  await page.getByRole('button', { name: 'Add an easier step' }).click();
  await expect(stepNames(page).first()).toHaveText('Step 1: new step, not written yet');
  await page.getByLabel('What you will do').first().fill('Look up the group online');
  await expect(page.getByText('Your easiest step is rated')).toHaveCount(0);

  const idea = page.getByRole('button', { name: 'Add: Send someone a short “thinking of you” text (15)' });
  await idea.click();
  await expect(stepNames(page).first()).toHaveText('Step 1: Send someone a short “thinking of you” text');
  await expect(idea).toHaveCount(0);
  await expect(page.getByText(/steps so far/)).toHaveCount(0);
  await expect(nextBox(page)).toContainText('Send someone a short “thinking of you” text');
});

test('a step is suggested as climbed once the last tries stayed low, and climbing it is the person’s choice', async ({ page }) => {
  const tryOn = (id: string, date: string, peak: number) => ({ id, date, before: peak - 5, peak, after: 5, feared: '', happened: '', reflection: '' });
  const first = { ...step('a', 'Call my sister', 20), attempts: [tryOn('t1', '2026-11-01', 50), tryOn('t2', '2026-11-03', 30), tryOn('t3', '2026-11-05', 20)] };
  await store(page, ladderOf([first, step('b', 'Visit my sister', 60)]));
  await expect(nextBox(page)).toContainText('Your last two tries peaked at 30 or less.');
  await nextBox(page).getByRole('button', { name: 'Mark it climbed' }).click();
  await expect(nextBox(page)).toContainText('Visit my sister');
  await expect(page.getByRole('status').filter({ hasText: 'Step climbed. Your next step: Visit my sister.' })).toBeAttached();
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Step 1:/ }) })).toContainText('Climbed ✓');
});

test('a ladder of 60 steps and 300 tries opens with every step and the right next step', async ({ page }) => {
  await store(page, ladderFixtureRecord());
  await expect(stepNames(page)).toHaveCount(60);
  // The fixture's first 20 steps are climbed.
  await expect(nextBox(page)).toContainText('Climbed 20 of 60 steps.');
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Step 21:/ }) })).toContainText('Your next step');
  await stepNames(page).nth(29).click();
  await expect(page.getByRole('table', { name: 'Distress at each try of step 30, from 0 to 100' }).getByRole('row')).toHaveCount(6);
});

test('several ladders each keep their own goal and steps', async ({ page }) => {
  await store(page, ladderOf([step('a', 'Call my sister', 20)]));
  await page.getByRole('button', { name: 'Start a new ladder' }).click();
  await expect(page.getByLabel('My goal for this ladder')).toBeFocused();
  await page.keyboard.type('Go to a meeting and talk to someone');
  await expect(stepNames(page)).toHaveCount(0);
  const pick = page.getByLabel('Ladder to show');
  await pick.selectOption({ label: 'Feel at ease with my sister again' });
  await expect(stepNames(page)).toHaveText(['Step 1: Call my sister']);
  await page.reload();
  await ready(page);
  await expect(page.getByLabel('Ladder to show')).toHaveValue('l');
  await page.getByLabel('Ladder to show').selectOption({ label: 'Go to a meeting and talk to someone' });
  await expect(page.getByLabel('My goal for this ladder')).toHaveValue('Go to a meeting and talk to someone');

  // My workbook lists the exercise, and its printed summary carries both ladders.
  await page.goto('workbook/');
  await expect(page.getByRole('link', { name: 'My exposure ladder' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Step 1: Call my sister · expected distress 20')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Goal: Go to a meeting and talk to someone' })).toBeVisible();
});

test('on paper: the whole ladder with its tries, or a blank ladder', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  // Nothing written yet: the blank ladder prints.
  await open(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('table', { name: 'My ladder, easiest step first' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'My tries' })).toBeVisible();
  await expect(page.getByLabel('My goal for this ladder')).toBeHidden();

  const withTry = {
    ...step('a', 'Call my sister', 20),
    safety: 'Holding my phone the whole time',
    attempts: [{ id: 't', date: '2026-11-02', before: 30, peak: 45, after: 10, feared: 'She will be cold.', happened: 'She was glad I called.', reflection: '' }],
  };
  await page.emulateMedia({ media: 'screen' });
  await store(page, ladderOf([withTry, step('b', 'Visit my sister', 60)]));
  await page.emulateMedia({ media: 'print' });
  const ladderTable = page.getByRole('table', { name: 'My ladder, easiest step first' });
  await expect(ladderTable).toContainText('Call my sister');
  await expect(ladderTable).toContainText('Drop: Holding my phone the whole time');
  const tries = page.getByRole('table', { name: 'Tries on step 1: Call my sister' });
  await expect(tries).toContainText('She was glad I called.');
  // On paper the date reads as it does on screen, in the reader's own locale
  // (the tests' browser is en-US: "Nov 2", with ", 2026" once that year is past), not as stored.
  await expect(tries.getByRole('cell', { name: /^Nov 2(, 2026)?$/ })).toBeVisible();
  await expect(tries).not.toContainText('2026-11-02');
  await expect(page.getByRole('table', { name: 'My tries' })).toBeHidden();

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Print a blank ladder' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('table', { name: 'My tries' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Tries on step 1: Call my sister' })).toBeHidden();
});

test('the empty ladder is readable before JavaScript runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(EXERCISE);
  await expect(page.getByLabel('My goal for this ladder')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your next step' })).toBeVisible();
  await expect(page.getByLabel('What you will do')).toBeVisible();
  await expect(page.getByRole('button', { name: /Add: Say hello to one new person at a meeting/ })).toBeVisible();
  await context.close();
});

test('at 320 px wide the ladder fits without sideways scrolling and has no accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const tries = [1, 2, 3].map((n) => ({
    id: `t${n}`,
    date: `2026-11-0${n}`,
    before: 50 - n * 10,
    peak: 70 - n * 15,
    after: 20 - n * 5,
    feared: 'x',
    happened: 'y',
    reflection: '',
  }));
  await store(page, ladderOf([{ ...step('a', 'Call my sister', 20), attempts: tries }, step('b', 'Visit my sister', 60)]));
  await stepNames(page).first().click();
  await page.getByRole('button', { name: 'Record a try' }).last().click();
  await expect(page.getByLabel('What I feared would happen')).toBeFocused();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, '[data-exercise="exposure-ladder"]', { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
});

test('a step with a planned day goes into the reader’s calendar on that day', async ({ page }) => {
  await store(page, ladderOf([step('a', 'Text Sam that I might come', 15), step('b', 'Sit at the back of a meeting', 50)]));
  await page.getByRole('button', { name: 'Step 2: Sit at the back of a meeting' }).click();
  await expect(page.getByRole('button', { name: /Add to calendar/ })).toHaveCount(0);
  await page.getByLabel('Day you plan to try it (optional)').fill('2026-12-05');
  await page.getByLabel('Where (optional)').fill('Church hall, Friday group');
  const file = await addToCalendar(page, page.getByRole('button', { name: 'Add to calendar: step 2, Sit at the back of a meeting' }));
  expect(file.name).toBe('step.ics');
  expect(file.events).toHaveLength(1);
  expect(file.events[0]!.summary).toBe('Sit at the back of a meeting');
  expect(file.events[0]!.startDate.toString()).toBe('2026-12-05');
  expect(file.events[0]!.startDate.isDate).toBe(true);
  expect(file.events[0]!.description).toContain('Church hall, Friday group');
  // The date is kept with the step.
  await page.reload();
  await ready(page);
  await expect(page.getByText(/Expected distress 50 · Planned for/)).toBeVisible();
});
