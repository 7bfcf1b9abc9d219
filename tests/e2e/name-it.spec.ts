import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { awake } from './support/islands';

const EXERCISE = 'exercises/name-it-to-tame-it/';

async function open(page: Page) {
  await page.goto(EXERCISE);
  const exercise = page.getByRole('region', { name: 'Name it to tame it: a one-minute check-in' });
  // The island wakes when it scrolls into view, and marks itself awake once hydrated.
  await exercise.scrollIntoViewIfNeeded();
  await awake(page);
  return exercise;
}

/** Presses a key on an element, as a keyboard user would after tabbing to it. */
async function press(page: Page, target: ReturnType<Page['locator']>, key = 'Enter') {
  await target.focus();
  await page.keyboard.press(key);
}

const scale = (page: Page, legend: string) => page.getByRole('group', { name: legend });

/** The shortest check-in: one feeling, a rating, straight through. */
async function quickCheckIn(page: Page, craving?: string) {
  await page.getByRole('checkbox', { name: 'lonely', exact: true }).check();
  await page.getByRole('button', { name: 'Next: how strong' }).click();
  await scale(page, 'How strong is “lonely”?').getByRole('radio', { name: '7' }).check();
  if (craving) await scale(page, 'Is there a craving or urge? How strong?').getByRole('radio', { name: craving }).check();
  await page.getByRole('button', { name: 'Next: say it' }).click();
  await page.getByRole('button', { name: 'Next: one small step' }).click();
  await page.getByRole('button', { name: 'Finish check-in' }).click();
  await expect(page.getByRole('heading', { name: 'Check-in saved' })).toBeFocused();
}

// Long journeys, with accessibility scans, on shared and busy machines: more
// time per test, which is not a measure of speed.
test.describe.configure({ timeout: 90_000 });

test('a full check-in by keyboard survives a reload and shows in the history', async ({ page }) => {
  const exercise = await open(page);
  const find = page.getByLabel('Find a feeling, or type your own');

  // Step 1: the list narrows as you type; a listed word, and one of your own.
  await find.focus();
  await page.keyboard.type('lone');
  await expect(page.getByRole('checkbox', { name: 'anxious' })).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add “lone”' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'lonely', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'lonely', exact: true })).toBeChecked();
  await find.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Like a spare part.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('restless');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'restless' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Remove “like a spare part”' })).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Next: how strong' }));

  // Step 2: how strong, where, and what set it off.
  await expect(page.getByRole('heading', { name: 'Step 2 of 4: How strong is it?' })).toBeFocused();
  await press(page, scale(page, 'How strong is “lonely”?').getByRole('radio', { name: '7' }), 'Space');
  await press(page, scale(page, 'Is there a craving or urge? How strong?').getByRole('radio', { name: '6' }), 'Space');
  await press(page, page.getByRole('checkbox', { name: 'chest' }), 'Space');
  await page.getByLabel('What set it off?').focus();
  await page.keyboard.type('Sunday night, no messages');
  await expect(exercise.getByRole('link', { name: /Help now/ })).toHaveCount(0);

  // The check-in in progress comes back after a reload, at the same step.
  await page.reload();
  await awake(page);
  await expect(page.getByRole('heading', { name: 'Step 2 of 4: How strong is it?' })).toBeVisible();
  await expect(scale(page, 'How strong is “lonely”?').getByRole('radio', { name: '7' })).toBeChecked();
  await expect(page.getByLabel('What set it off?')).toHaveValue('Sunday night, no messages');
  await press(page, page.getByRole('button', { name: 'Next: say it' }));

  // Step 3: the sentence to say, and a kind line.
  await expect(page.getByRole('heading', { name: 'Step 3 of 4: Say it' })).toBeFocused();
  await expect(exercise.getByText('I am feeling lonely, like a spare part and restless right now. I notice a craving or urge too.')).toBeVisible();
  await expect(exercise.getByText('It makes sense to feel this way. This will pass, and I can choose my next step.')).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Show another kind line' }));
  await expect(exercise.getByText('Feelings rise and fall like waves. I can let this one pass.')).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Next: one small step' }));

  // Step 4: what I need, and one thing for the next ten minutes.
  await expect(page.getByRole('heading', { name: 'Step 4 of 4: Your next small step' })).toBeFocused();
  await press(page, page.getByRole('checkbox', { name: 'company' }), 'Space');
  await press(page, page.getByRole('button', { name: 'Text one person a simple hello.' }));
  const next = page.getByLabel('One thing I will do in the next ten minutes');
  await expect(next).toBeFocused();
  await expect(next).toHaveValue('Text one person a simple hello.');
  await expect(exercise.getByRole('link', { name: 'More ideas for right now in my social portfolio' })).toHaveAttribute(
    'href',
    /\/exercises\/social-portfolio\/#right-now$/,
  );
  await press(page, page.getByRole('button', { name: 'Finish check-in' }));

  await expect(page.getByRole('heading', { name: 'Check-in saved' })).toBeFocused();
  await expect(exercise.locator('p', { hasText: 'Your next step:' })).toContainText('Text one person a simple hello.');

  await page.reload();
  const history = page.getByRole('region', { name: 'My check-ins (1)' });
  await expect(history).toContainText('Named: lonely 7; like a spare part; restless');
  await expect(history).toContainText('Craving or urge: 6 out of 10');
  await expect(history).toContainText('Felt in: chest');
  await expect(history).toContainText('Set off by: Sunday night, no messages');
  await expect(history).toContainText('Needed: company');
  await expect(history.getByRole('listitem').filter({ hasText: 'restless: 1 time' })).toBeVisible();
});

test('a re-rate a few minutes later updates the check-in', async ({ page }) => {
  await open(page);
  await quickCheckIn(page, '6');
  await scale(page, '“lonely” now').getByRole('radio', { name: '3' }).check();
  await scale(page, 'The craving or urge now').getByRole('radio', { name: '2' }).check();
  await expect(page.getByText('Saved: “lonely” was 7, now 3; the craving or urge was 6, now 2.')).toBeVisible();

  await page.reload();
  const history = page.getByRole('region', { name: 'My check-ins (1)' });
  await expect(history).toContainText('Named: lonely 7, later 3');
  await expect(history).toContainText('Craving or urge: 6 out of 10, later 2');
  await expect(history).toContainText('Your feelings averaged 7 when named and 3 a few minutes later');
  // The re-rate stays open after a reload until the person starts again.
  await expect(scale(page, '“lonely” now').getByRole('radio', { name: '3' })).toBeChecked();
  await page.getByRole('button', { name: 'Start a new check-in' }).click();
  await expect(page.getByRole('heading', { name: 'Step 1 of 4: Name it' })).toBeFocused();
});

test('a craving or urge of 8 or more brings the Help now link forward', async ({ page }) => {
  const exercise = await open(page);
  await page.getByRole('checkbox', { name: 'restless' }).check();
  await page.getByRole('button', { name: 'Next: how strong' }).click();
  const craving = scale(page, 'Is there a craving or urge? How strong?');
  const help = exercise.getByRole('link', { name: 'Help now: free lines to call or text' });
  await craving.getByRole('radio', { name: '9' }).check();
  await expect(help).toBeVisible();
  await expect(help).toHaveAttribute('href', /\/help-now\/$/);
  await expectAccessible(page, '[data-exercise]');
  await craving.getByRole('radio', { name: '5' }).check();
  await expect(help).toHaveCount(0);
  await craving.getByRole('radio', { name: '9' }).check();
  await page.getByRole('button', { name: 'Next: say it' }).click();
  await page.getByRole('button', { name: 'Next: one small step' }).click();
  await expect(help).toBeVisible();
  await page.getByRole('button', { name: 'Finish check-in' }).click();
  await expect(help).toBeVisible();
  await help.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help now');
});

test('only a feeling is needed, and check-ins can be deleted one by one or all at once', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Next: how strong' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose or type at least one word. “Something I can’t name yet” counts too.');
  await expect(page.getByLabel('Find a feeling, or type your own')).toBeFocused();
  await expectAccessible(page, '[data-exercise]');

  await quickCheckIn(page);
  await page.getByRole('button', { name: 'Start a new check-in' }).click();
  await quickCheckIn(page);
  const history = page.getByRole('region', { name: 'My check-ins (2)' });
  await expect(history).toBeVisible();
  await history
    .getByRole('button', { name: /^Delete check-in from/ })
    .first()
    .click();
  await history.getByRole('button', { name: 'Keep', exact: true }).click();
  // Kept: focus is back on the Delete button that asked.
  await expect(history.getByRole('button', { name: /^Delete check-in from/ }).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(history.getByRole('button', { name: 'Yes, delete it' })).toHaveCount(0);
  await expect(history.getByRole('button', { name: /^Delete check-in from/ }).first()).toBeFocused();
  await history
    .getByRole('button', { name: /^Delete check-in from/ })
    .first()
    .click();
  await history.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('heading', { name: 'My check-ins (1)' })).toBeFocused();

  await page.getByRole('button', { name: 'Delete all check-ins' }).click();
  await page.getByRole('button', { name: 'Yes, delete all' }).click();
  await expect(page.getByRole('region', { name: /My check-ins/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Step 1 of 4: Name it' })).toBeFocused();
  await page.reload();
  await awake(page);
  await expect(page.getByRole('region', { name: /My check-ins/ })).toHaveCount(0);
});

test('if the history cannot load, the check-in says so and keeps what was saved', async ({ page }) => {
  await open(page);
  await quickCheckIn(page);
  await page.route(/\/later\.[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.reload();
  await open(page);
  await expect(page.getByRole('alert')).toHaveText('Your earlier check-ins could not load. They are still saved. Check your connection, then reload the page.');
  await expect(page.getByText('Loading your check-ins…')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('reconnect:exercise:name-it-to-tame-it'))).toContain('lonely');
});

test('the history with its chart fits a 320 px screen and passes an accessibility check', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  await quickCheckIn(page, '9');
  await expect(page.getByRole('img', { name: /Loneliness and craving or urge, averaged by week/ })).toBeVisible();
  await page.getByText('The chart as a table').click();
  await expect(page.getByRole('table')).toContainText('Craving or urge');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page, '[data-exercise]');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, '[data-exercise]');
  // Nothing was blocked by the Content-Security-Policy or failed on the way.
  expect(errors).toEqual([]);
});
