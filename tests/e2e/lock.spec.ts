// The passcode lock, as a reader on a shared device meets it: set it, write,
// lock, unlock; it closes by itself after a while and with "Leave this site";
// a second tab; turning it off; deleting everything while locked. And never,
// while it is on, is a typed word stored where someone could read it.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible } from './support/axe';
import { awake } from './support/islands';

const PASSCODE = 'blue kettle on the stove';
const LADDER = 'exercises/exposure-ladder/';
const ALLY = 'exercises/recovery-ally/';
const allyField = (page: Page) => page.getByLabel('Who is my ally?');

// Turning the lock on derives a key 600,000 times over: seconds on a busy machine.
test.describe.configure({ timeout: 60_000 });

async function openExercise(page: Page, path: string) {
  await page.goto(path);
  await page.locator('[data-exercise]').scrollIntoViewIfNeeded();
  await awake(page.locator('[data-exercise]'));
}

/** Sets the passcode from My workbook; the first journey also meets the form's refusals and checks it with axe. */
async function setPasscode(page: Page, { refusals = false } = {}) {
  await page.goto('workbook/');
  const panel = page.getByRole('region', { name: 'Lock my answers with a passcode' });
  await panel.getByRole('button', { name: 'Set a passcode' }).click();
  await expect(panel.getByText('There is no way to get a forgotten passcode back.')).toBeVisible();
  if (refusals) {
    await expectAccessible(page, '.lock-panel');
    // Too short, then two that differ: each says what to do, and nothing is locked.
    await panel.getByLabel('New passcode').fill('12345');
    await panel.getByLabel('The same passcode again').fill('12345');
    await panel.getByRole('button', { name: 'Turn on the lock' }).click();
    await expect(panel.getByRole('alert')).toHaveText(/at least 6 characters/);
    await panel.getByLabel('New passcode').fill(PASSCODE);
    await panel.getByLabel('The same passcode again').fill(`${PASSCODE}!`);
    await panel.getByRole('button', { name: 'Turn on the lock' }).click();
    await expect(panel.getByRole('alert')).toHaveText(/not the same/);
  }
  await panel.getByLabel('New passcode').fill(PASSCODE);
  await panel.getByLabel('The same passcode again').fill(PASSCODE);
  await panel.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The lock is on.' })).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByRole('button', { name: 'Lock now' })).toBeVisible();
  // The header offers it on every page from now on, this one included.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Lock now' })).toBeVisible();
}

/** Every value the site has stored on the device, as text. */
const stored = (page: Page) => page.evaluate(() => Object.values(localStorage).join('\n'));

async function unlockHere(page: Page, where = page.locator('body')) {
  await where.getByLabel('Passcode', { exact: true }).first().fill(PASSCODE);
  await where.getByRole('button', { name: 'Unlock' }).first().click();
}

async function addLadderStep(page: Page, what: string) {
  await page.getByLabel('What you will do').fill(what);
  await page.getByLabel('What you will do').press('Tab');
  await page.keyboard.type('40');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: new RegExp(`^Step 1: ${what}`) })).toBeVisible();
}

test('set a passcode, fill the ladder, lock, reload: locked; unlock: the answers are back, never stored in clear', async ({ page }) => {
  await openExercise(page, LADDER);
  await page.getByLabel('My goal for this ladder').fill('Feel easy at my cousin Ruth’s table');
  await addLadderStep(page, 'Phone Ruth for five minutes');

  await setPasscode(page, { refusals: true });
  expect(await stored(page)).not.toMatch(/Ruth/);

  // Written while the lock is on: still sealed.
  await openExercise(page, LADDER);
  await expect(page.getByLabel('My goal for this ladder')).toHaveValue('Feel easy at my cousin Ruth’s table');
  await page.getByLabel('My goal for this ladder').fill('Feel easy at Ruth’s table, and at Omar’s');
  await expect(page.getByText('Saved on this device.')).toBeVisible();
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('"sealed"')));
  expect(await stored(page)).not.toMatch(/Ruth|Omar|Phone/);

  // The header's Lock now, then a reload: empty fields, a calm prompt, and typing is not possible.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.goto('plan/?e=exposure-ladder');
  await expect(page.getByText('Locked: unlock in My workbook to see your progress')).toBeVisible();
  await page.goto(LADDER);
  await page.locator('[data-exercise]').scrollIntoViewIfNeeded();
  const exercise = page.locator('[data-exercise]');
  await expect(exercise.getByText('Unlock to see your answers.')).toBeVisible();
  await expect(page.getByLabel('My goal for this ladder')).toHaveValue('');
  await expect(page.getByLabel('My goal for this ladder')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeHidden();
  await expectAccessible(page, '[data-exercise]');

  await exercise.getByLabel('Passcode', { exact: true }).fill('blue kettle on the hob');
  await exercise.getByRole('button', { name: 'Unlock' }).click();
  await expect(exercise.getByRole('alert')).toHaveText(/not right/);
  await unlockHere(page, exercise);
  // The form goes away; the reader's place moves to the exercise's heading, not the page's top.
  await expect(exercise.getByRole('heading', { name: 'My exposure ladder' })).toBeFocused();
  await expect(page.getByLabel('My goal for this ladder')).toHaveValue('Feel easy at Ruth’s table, and at Omar’s');
  await expect(page.getByRole('button', { name: /^Step 1: Phone Ruth for five minutes/ })).toBeVisible();
  // A counsellor's plan shows progress only once unlocked, and says so when locked.
  await page.goto('plan/?e=exposure-ladder');
  await expect(page.getByText('Started', { exact: true })).toBeVisible();
  // One unlock serves the whole tab: the next page does not ask again.
  await page.goto('workbook/');
  await expect(page.getByRole('link', { name: 'My exposure ladder' })).toBeVisible();
  expect(await stored(page)).not.toMatch(/Ruth|Omar|Phone/);
});

test('locks itself after 15 minutes without input, and with "Leave this site"', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-02T09:00:00') });
  await setPasscode(page);
  await openExercise(page, ALLY);
  const first = allyField(page);
  await first.fill('Walk to the park with Dana');
  await page.clock.runFor(14 * 60_000);
  await expect(first).toHaveValue('Walk to the park with Dana');
  await page.clock.runFor(2 * 60_000);
  await expect(page.getByText('Unlock to see your answers.')).toBeVisible();
  await expect(first).toHaveValue('');

  await unlockHere(page);
  await expect(first).toHaveValue('Walk to the park with Dana');
  // Leaving closes the lock: coming back needs the passcode.
  await page.getByRole('link', { name: 'Leave this site' }).click();
  await page.waitForURL((url) => !url.href.startsWith('http://127.0.0.1'));
  await page.goBack();
  await openExercise(page, ALLY);
  await expect(page.getByText('Unlock to see your answers.')).toBeVisible();
});

test('two tabs: the lock set in one reaches the other, which unlocks on its own and sees new answers', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openExercise(b, ALLY);
  await setPasscode(a);
  // The other tab never had the key: its answers close without a reload.
  await expect(b.getByText('Unlock to see your answers.')).toBeVisible();
  await unlockHere(b);
  await expect(b.getByText('Unlock to see your answers.')).toBeHidden();

  await openExercise(a, ALLY);
  const field = allyField;
  await field(a).fill('Text Marisol');
  await expect(field(b)).toHaveValue('Text Marisol');
  expect(await stored(a)).not.toMatch(/Marisol/);
  await lockedTabsStayApart(context);
});

/** Locking one tab leaves another tab as it was: the key is each tab's own. */
async function lockedTabsStayApart(context: BrowserContext) {
  const [a, b] = context.pages();
  await a!.getByRole('button', { name: 'Lock now' }).click();
  await expect(a!.getByText('Unlock to see your answers.')).toBeVisible();
  await expect(b!.getByText('Unlock to see your answers.')).toBeHidden();
}

test('turning the lock off asks for the passcode, then stores answers as before', async ({ page }) => {
  await openExercise(page, ALLY);
  const first = allyField(page);
  await first.fill('Call Femi');
  await setPasscode(page);
  expect(await stored(page)).not.toMatch(/Femi/);

  const panel = page.getByRole('region', { name: 'Lock my answers with a passcode' });
  await panel.getByRole('button', { name: 'Turn off the lock' }).click();
  await panel.getByLabel('Your passcode').fill('wrong one');
  await panel.getByRole('button', { name: 'Turn off the lock' }).click();
  await expect(panel.getByRole('alert')).toHaveText(/not right/);
  await panel.getByLabel('Your passcode').fill(PASSCODE);
  await panel.getByRole('button', { name: 'Turn off the lock' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The lock is off.' })).toBeVisible();
  expect(await stored(page)).toMatch(/Call Femi/);
  await page.evaluate(() => sessionStorage.clear());
  await openExercise(page, ALLY);
  await expect(first).toHaveValue('Call Femi');
  await expect(page.getByText('Unlock to see your answers.')).toHaveCount(0);
});

test('"Delete everything" works from a locked state, and leaves no lock behind', async ({ page }) => {
  await openExercise(page, ALLY);
  await allyField(page).fill('Call Femi');
  await setPasscode(page);
  await page.getByRole('button', { name: 'Lock now' }).first().click();
  const panel = page.getByRole('region', { name: 'Lock my answers with a passcode' });
  await expect(panel.getByText('Unlock to see your answers.')).toBeVisible();
  await expect(page.getByText('Your saved answers are locked. Unlock them above to see them here.')).toBeVisible();

  await page.getByRole('button', { name: 'Delete everything on this device' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(panel.getByRole('button', { name: 'Set a passcode' })).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('reconnect:')))).toEqual([]);
  await openExercise(page, ALLY);
  await expect(page.getByText('Unlock to see your answers.')).toHaveCount(0);
  await expect(allyField(page)).toBeEnabled();
});

test('a backup of a locked workbook is locked too, and restores only with its passcode', async ({ page }) => {
  await openExercise(page, ALLY);
  await allyField(page).fill('Call Femi on Sundays');
  await setPasscode(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a locked backup' }).click();
  const file = await (await downloading).path();
  const text = readFileSync(file, 'utf8');
  expect(text).not.toMatch(/Femi|Sundays/);
  expect(JSON.parse(text)).toMatchObject({ format: 'reconnect-workbook', version: 2, entries: { 'recovery-ally': { sealed: {} } } });

  // A plain copy only after a clear warning.
  await page.getByLabel('Download a plain copy instead').check();
  await expect(page.getByRole('alert').filter({ hasText: 'anyone who opens the file can read every answer' })).toBeVisible();
  await page.getByLabel('Download a plain copy instead').uncheck();

  await page.getByRole('button', { name: 'Delete everything on this device' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.getByLabel('Restore from a backup').setInputFiles(file);
  await page.getByLabel('Passcode of the backup').fill('not the one');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not the passcode' })).toBeVisible();
  await page.getByLabel('Passcode of the backup').fill(PASSCODE);
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(page.getByRole('region', { name: 'Check before restoring' })).toContainText('My recovery ally agreement: Will be added');
  await page.getByRole('button', { name: 'Restore 1 answer' }).click();
  await expect(page.getByText('1 answer restored.')).toBeVisible();
  await openExercise(page, ALLY);
  await expect(allyField(page)).toHaveValue('Call Femi on Sundays');
});
