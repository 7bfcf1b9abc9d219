import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { awake } from './support/islands';

// Journeys that touch no address: the sub-path build would only repeat them
// (playwright.config.ts leaves them out there). Those that load pages, code or
// files by address run under both.
const ANY_BASE = { tag: '@any-base' };

const EXERCISE = 'exercises/recovery-ally/';
const KEY = 'reconnect:exercise:recovery-ally';

async function fillAlly(page: Page) {
  await page.getByLabel('Who is my ally?').fill('Sam');
  await page.getByRole('radio', { name: 'Once a week' }).check();
  await page.getByRole('button', { name: 'Add topic' }).click();
  await page.getByLabel('Topic 1', { exact: true }).fill('Sleep');
  await page.getByRole('button', { name: 'Add topic' }).click();
  await page.getByLabel('Topic 2', { exact: true }).fill('Cravings <b>and</b> "hard" days');
  await page.getByLabel('What we do on a bad day').fill('I text "amber" and Sam calls when they can.');
  await expect(page.getByText('Saved on this device.')).toBeVisible();
}

async function expectAllyFilled(page: Page) {
  await expect(page.getByLabel('Who is my ally?')).toHaveValue('Sam');
  await expect(page.getByRole('radio', { name: 'Once a week' })).toBeChecked();
  await expect(page.getByLabel('Topic 1', { exact: true })).toHaveValue('Sleep');
  await expect(page.getByLabel('Topic 2', { exact: true })).toHaveValue('Cravings <b>and</b> "hard" days');
  await expect(page.getByLabel('What we do on a bad day')).toHaveValue('I text "amber" and Sam calls when they can.');
}

test('answers are saved on the device and are there after a reload', async ({ page }) => {
  await page.goto(EXERCISE);
  await fillAlly(page);
  await page.reload();
  await expectAllyFilled(page);

  // The same answers show inside the guide.
  await page.goto('guides/loneliness-and-cravings/#recovery-ally');
  await expect(page.getByRole('heading', { name: 'My recovery ally agreement' })).toBeFocused();
  await expectAllyFilled(page);
});

test('a list can be reordered with the keyboard, and the move is announced', ANY_BASE, async ({ page }) => {
  await page.goto(EXERCISE);
  await fillAlly(page);
  await page.getByRole('button', { name: 'Move topic 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Topic 1', { exact: true })).toHaveValue('Cravings <b>and</b> "hard" days');
  await expect(page.getByLabel('Topic 2', { exact: true })).toHaveValue('Sleep');
  await expect(page.getByText('Topic moved to position 1 of 2.')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Move topic 1 down' })).toBeFocused();
  await page.getByRole('button', { name: 'Remove topic 2' }).click();
  await expect(page.getByLabel('Topic 2', { exact: true })).toHaveCount(0);
});

test('clearing asks first and can be undone, and focus stays with the buttons', ANY_BASE, async ({ page }) => {
  await page.goto(EXERCISE);
  await fillAlly(page);
  const clear = page.getByRole('button', { name: 'Clear my answers' });
  await clear.click();
  await expect(page.getByRole('button', { name: 'Yes, clear them' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // Keep them
  await expect(page.getByLabel('Who is my ally?')).toHaveValue('Sam');
  await expect(clear).toBeFocused();

  // Escape answers the question as "keep", and does not count towards leaving the site.
  await page.keyboard.press('Enter'); // Clear my answers
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Confirm clearing answers' })).toHaveCount(0);
  await expect(clear).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(clear).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(clear).toBeFocused();
  await expect(page.getByLabel('Who is my ally?')).toHaveValue('Sam');
  expect(page.url()).toContain('/exercises/recovery-ally/');

  await page.keyboard.press('Enter'); // Clear my answers
  await page.keyboard.press('Enter'); // Yes, clear them
  await expect(page.getByLabel('Who is my ally?')).toHaveValue('');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expectAllyFilled(page);
  await expect(clear).toBeFocused();
  await page.reload();
  await expectAllyFilled(page);
});

test('a backup moves the whole workbook: download, delete everything, restore', async ({ page }) => {
  await page.goto(EXERCISE);
  await fillAlly(page);
  const savedBefore = await page.evaluate((k) => localStorage.getItem(k), KEY);

  await page.goto('workbook/');
  await expect(page.getByRole('link', { name: 'My recovery ally agreement' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const file = await (await downloading).path();
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup.format).toBe('reconnect-workbook');
  expect(Object.keys(backup.entries)).toEqual(['recovery-ally']);

  const deleteAll = page.getByRole('button', { name: 'Delete everything on this device' });
  await deleteAll.click();
  await page.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(deleteAll).toBeFocused();
  await deleteAll.click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Yes, delete everything' })).toHaveCount(0);
  await expect(deleteAll).toBeFocused();
  await deleteAll.click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Everything this site saved on this device has been deleted.')).toBeVisible();
  await expect(page.getByText('Nothing is saved on this device yet.')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('reconnect:')))).toEqual([]);

  await page.getByLabel('Restore from a backup').setInputFiles(file);
  await expect(page.getByRole('region', { name: 'Check before restoring' })).toContainText('My recovery ally agreement: Will be added');
  // Nothing is written before the person agrees.
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await page.getByRole('button', { name: 'Restore 1 answer' }).click();
  await expect(page.getByText('1 answer restored.')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(savedBefore);

  await page.goto(EXERCISE);
  await expectAllyFilled(page);
});

test('a restore never silently replaces a newer answer on the device', ANY_BASE, async ({ page }) => {
  await page.goto(EXERCISE);
  await fillAlly(page);
  await page.goto('workbook/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const file = await (await downloading).path();

  await page.goto(EXERCISE);
  await page.getByLabel('Who is my ally?').fill('Jordan');
  await expect(page.getByText('Saved on this device.')).toBeVisible();

  await page.goto('workbook/');
  await expect(page.getByRole('link', { name: 'My recovery ally agreement' })).toBeVisible();
  await page.getByLabel('Restore from a backup').setInputFiles(file);
  await expect(page.getByText('This device has a newer answer, which will be kept')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nothing to restore' })).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.goto(EXERCISE);
  await expect(page.getByLabel('Who is my ally?')).toHaveValue('Jordan');
});

test('a file that is not a backup is refused and changes nothing', ANY_BASE, async ({ page }) => {
  await page.goto(EXERCISE);
  await fillAlly(page);
  await page.goto('workbook/');
  await expect(page.getByRole('link', { name: 'My recovery ally agreement' })).toBeVisible();
  await page
    .getByLabel('Restore from a backup')
    .setInputFiles({ name: 'page.json', mimeType: 'application/json', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await expect(page.getByRole('alert')).toContainText('This file is not a workbook backup');
  await page.goto(EXERCISE);
  await expectAllyFilled(page);
});

test('an unreadable saved answer is set aside, explained, and can be downloaded', ANY_BASE, async ({ page }) => {
  await page.goto(EXERCISE);
  await page.evaluate((k) => localStorage.setItem(k, '{"v":1,"data": broken'), KEY);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('An earlier answer to this exercise could not be read');
  await expect(page.getByLabel('Who is my ally?')).toHaveValue('');
  await page.getByLabel('Who is my ally?').fill('Sam');

  await page.getByRole('alert').getByRole('link', { name: 'My workbook' }).click();
  const section = page.getByRole('region', { name: 'Answers that could not be read' });
  await expect(section).toContainText('My recovery ally agreement');
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Download' }).click();
  const text = readFileSync(await (await downloading).path(), 'utf8');
  expect(text).toBe('{"v":1,"data": broken');
});

test('when the browser refuses storage, the exercise still works and says it is not saving', ANY_BASE, async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(EXERCISE);
  await expect(page.getByText(/Not saved: this browser is not letting the site store anything/)).toBeVisible();
  await page.getByLabel('Who is my ally?').fill('Sam');
  await page.getByRole('radio', { name: 'Every day' }).check();
  await expect(page.getByLabel('Who is my ally?')).toHaveValue('Sam');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download my answers/ }).click();
  const backup = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
  expect(backup.entries['recovery-ally'].data.values).toMatchObject({ who: 'Sam', 'how-often': 'Every day' });
});

test('when the device is full, the new answer stays on the page and the saved one is kept', ANY_BASE, async ({ page }) => {
  await page.goto(EXERCISE);
  await fillAlly(page);
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('reconnect:exercise:')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  });
  await page.reload();
  await expectAllyFilled(page);
  await page.getByLabel('Who is my ally?').fill('Sam and Priya');
  await expect(page.getByText(/Not saved: this device is full/)).toBeVisible();
  await expect(page.getByLabel('Who is my ally?')).toHaveValue('Sam and Priya');
  await expect(page.getByRole('button', { name: /Download my answers/ })).toBeVisible();
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY);
  expect(stored.data.values.who).toBe('Sam');
});

test('two tabs on one exercise stay in step', ANY_BASE, async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(EXERCISE);
  await second.goto(EXERCISE);
  await first.getByLabel('Who is my ally?').fill('Sam');
  await expect(second.getByLabel('Who is my ally?')).toHaveValue('Sam');
  await second.getByRole('radio', { name: 'Every day' }).check();
  await expect(first.getByRole('radio', { name: 'Every day' })).toBeChecked();
});

test('the exercise is readable before JavaScript runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(EXERCISE);
  await expect(page.getByLabel('Who is my ally?')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Once a week' })).toBeVisible();
  await context.close();
});

test('a worksheet wakes with its own code only, each file fetched once', async ({ page }) => {
  // On a slow connection every byte and file is another wait: a worksheet
  // must not bring the ladder's, the check-in's or the portfolio's code.
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname.split('/').pop()!));
  await page.goto(EXERCISE);
  await awake(page);
  await fillAlly(page);
  const names = scripts.map((file) => file.split('.')[0]!);
  expect(names).toContain('WorksheetIsland');
  expect(names.filter((name) => /Ladder|NameIt|CheckIn|LevelScale|HelpNote|Portfolio|later|schema/.test(name))).toEqual([]);
  expect(new Set(scripts).size).toBe(scripts.length);
});

test('when the exercise cannot load, it says so and how to fix it', async ({ page }) => {
  await page.route(/\/worksheet\.[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto(EXERCISE);
  await expect(page.getByRole('alert')).toHaveText(
    'This exercise did not finish loading, so it cannot take or save answers yet. Check your connection, then reload the page.',
  );
  await expect(page.getByLabel('Who is my ally?')).toBeDisabled();
  // Nothing promises what cannot happen without the code.
  await expect(page.getByText('Answers save on this device as you type.')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link to this exercise' })).toBeHidden();

  await page.unrouteAll();
  await page.reload();
  await awake(page);
  await expect(page.getByRole('alert')).toBeHidden();
  await expect(page.getByLabel('Who is my ally?')).toBeEditable();

  // Coming back to saved answers, reading them needs one more file.
  await fillAlly(page);
  await page.route(/\/worksheet-schema\.[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('did not finish loading');
  await expect(page.getByLabel('Who is my ally?')).toBeDisabled();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toContain('Sam');

  // My workbook says so too, rather than reading for ever.
  await page.goto('workbook/');
  await expect(page.getByRole('alert').filter({ hasText: 'Your saved answers could not be read' })).toBeVisible();
  await expect(page.getByText('Reading your saved answers…')).toBeHidden();
});

test('a log entry is written and saved with the keyboard alone', ANY_BASE, async ({ page }) => {
  // The link a counsellor sends puts focus on the exercise's heading.
  await page.goto('guides/small-first-steps/#five-gentle-steps');
  await expect(page.getByRole('heading', { name: 'My five gentle steps log', level: 3 })).toBeFocused();
  const form = page.getByRole('form', { name: 'New entry: My five gentle steps log' });
  await expect(form.getByLabel('Who was it with?')).toBeEnabled();

  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Date')).toBeFocused();
  // Chromium's date field has a stop for each part and one for its calendar.
  const first = form.getByRole('radio', { name: 'A simple hello' });
  for (let i = 0; i < 4 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(form.getByRole('radio', { name: 'Shared a small moment' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Who was it with?')).toBeFocused();
  await page.keyboard.type('Ana');
  await page.keyboard.press('Tab');
  const rating = form.getByRole('group', { name: 'How did it go?' });
  await expect(rating.getByRole('radio', { name: '0', exact: true })).toBeFocused();
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  await expect(rating.getByRole('radio', { name: '7', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Clear this rating' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('What happened, in a few words?')).toBeFocused();
  await page.keyboard.type('We shared a coffee and it felt easy.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ask her again next week.');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Save this entry' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByText(/Entry for \d{4}-\d{2}-\d{2} saved/)).toBeAttached();
  const past = page.getByRole('region', { name: 'Past entries: My five gentle steps log' });
  await expect(past.getByRole('heading', { name: 'Past entries (1)' })).toBeVisible();
  await expect(past.getByText('Shared a small moment')).toBeVisible();
  await expect(past.getByText('We shared a coffee and it felt easy.')).toBeVisible();
  await expect(form.getByLabel('Who was it with?')).toHaveValue('');

  await page.reload();
  await expect(past.getByText('Ask her again next week.')).toBeVisible();
  // The entry's own delete button is reachable from the keyboard too.
  await past.getByRole('button', { name: /Delete entry from/ }).focus();
  await expect(past.getByRole('button', { name: /Delete entry from/ })).toBeFocused();
});

test('pasting more than a box holds keeps what fits and says so, beside the box', ANY_BASE, async ({ page }) => {
  await page.goto(EXERCISE);
  const ally = page.getByLabel('Who is my ally?');
  await expect(ally).toBeEnabled();
  await ally.fill('Sam ');
  // A pasted note of 600 characters into a box that holds 500.
  await page.keyboard.insertText('x'.repeat(600));
  await expect(ally).toHaveValue(`Sam ${'x'.repeat(496)}`);
  await expect
    .poll(() => ally.evaluate((box: HTMLInputElement) => box.validationMessage))
    .toBe('This box holds up to 500 characters, so the end of that did not fit. What fits is kept.');
  await expect(page.getByText('Saved on this device.')).toBeVisible();

  // Typing that fits, or leaving the box, ends the warning.
  await page.keyboard.press('Backspace');
  await expect.poll(() => ally.evaluate((box: HTMLInputElement) => box.validationMessage)).toBe('');
  await page.reload();
  await expect(page.getByLabel('Who is my ally?')).toHaveValue(`Sam ${'x'.repeat(495)}`);
});
