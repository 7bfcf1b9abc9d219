// "Leave this site": the quick exit in the header swaps the page for a
// neutral one (LEAVE_URL, set at build time) that Back cannot return to, by
// click, keyboard or Escape three times, and asks another origin for nothing
// but that page.
import { expect, test, type Page } from '@playwright/test';
import { watch } from './support/site';
import { LEAVE_URL } from '../../src/lib/site';

// No network here, and none wanted in a test: the destination answers with a
// stand-in page of its own.
test.beforeEach(async ({ context }) => {
  if (LEAVE_URL === 'about:blank') return;
  await context.route(LEAVE_URL, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
});

// What an address cannot change runs once, on the site built for the root; the
// first journey below runs under the sub-path too.
const ANY_BASE = { tag: '@any-base' };

const GUIDE = /\/guides\/loneliness-and-cravings\/$/;

/** From the home page into a guide, as a reader would. */
async function openGuide(page: Page) {
  await page.goto('./');
  const recovery = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: "I'm in recovery" }) });
  await recovery.getByRole('link', { name: 'Why loneliness can set off cravings' }).click();
  await expect(page).toHaveURL(GUIDE);
  // The address changes before the page has finished loading its header script.
  await page.waitForLoadState('load');
}

const leaveLink = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leave this site' });

/** Left for LEAVE_URL, and Back goes to the page before the guide, not to it. */
async function expectLeft(page: Page) {
  await expect(page).toHaveURL(LEAVE_URL);
  await page.goBack();
  await expect(page).not.toHaveURL(GUIDE);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('one small step at a time');
}

test('the control swaps the guide for a neutral page that Back does not return to', async ({ page, baseURL }) => {
  const w = await watch(page, new URL(baseURL!).origin);
  await openGuide(page);
  const leave = leaveLink(page);
  await expect(leave).toBeVisible();
  await expect(leave).toHaveAttribute('aria-keyshortcuts', 'Escape');
  await expect(leave).toHaveAccessibleDescription(/press Escape three times/);
  const box = (await leave.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);

  await expect(leave).toHaveAttribute('href', LEAVE_URL);
  await leave.click();
  await expectLeft(page);
  // The one request to another origin is the page the reader left for.
  expect(w.offOrigin).toEqual(LEAVE_URL === 'about:blank' ? [] : [LEAVE_URL]);
  expect(w.violations).toEqual([]);
  expect(w.errors).toEqual([]);
});

for (const key of ['Enter', ' ']) {
  test(`the control works from the keyboard (${key === ' ' ? 'Space' : key})`, ANY_BASE, async ({ page }) => {
    await openGuide(page);
    // It comes straight after Help now.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help now' }).focus();
    await page.keyboard.press('Tab');
    await expect(leaveLink(page)).toBeFocused();
    await page.keyboard.press(key);
    await expectLeft(page);
  });
}

test('Escape three times in quick succession leaves', ANY_BASE, async ({ page }) => {
  await openGuide(page);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expectLeft(page);
});

test('Escape once or twice only says how to leave, and the count starts again after a pause', ANY_BASE, async ({ page }) => {
  await openGuide(page);
  await page.keyboard.press('Escape');
  await expect(page.getByText('Press Escape 2 more times to leave this site.')).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(page.getByText('Press Escape 1 more time to leave this site.')).toBeAttached();
  await expect(page).toHaveURL(GUIDE);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // After a pause the hint goes quiet, and the next press is the first again.
  await expect(page.getByText(/Press Escape/)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByText('Press Escape 2 more times to leave this site.')).toBeAttached();
  await expect(page).toHaveURL(GUIDE);
});

test('typing in a field is unaffected, and Escape there still counts', ANY_BASE, async ({ page }) => {
  await page.goto('search/');
  const field = page.getByRole('searchbox', { name: 'Search guides and exercises' });
  await field.pressSequentially('trust / k');
  await expect(field).toHaveValue('trust / k');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/search\//);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(LEAVE_URL);
});

test('the Escape that closes the search dialog does not count towards leaving', ANY_BASE, async ({ page }) => {
  await openGuide(page);
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Checked at once: the hint would go quiet by itself after a pause.
  expect(await page.getByText(/Press Escape/).count()).toBe(0);
  await expect(page).toHaveURL(GUIDE);

  // Two more, straight after, make only two that count.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Press Escape 1 more time to leave this site.')).toBeAttached();
  await expect(page).toHaveURL(GUIDE);
  await page.keyboard.press('Escape');
  await expectLeft(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the control is a plain link to the same page', ANY_BASE, async ({ page }) => {
    await openGuide(page);
    await leaveLink(page).click();
    await expect(page).toHaveURL(LEAVE_URL);
  });
});

test('Help now points to the Privacy page, which says what leaving does not hide', ANY_BASE, async ({ page }) => {
  await page.goto('help-now/');
  await page.getByRole('link', { name: 'What it hides, and what it does not' }).click();
  await expect(page).toHaveURL(/\/privacy\/#leave-this-site$/);
  await expect(page.getByRole('heading', { name: 'Leaving this site quickly' })).toBeInViewport();
  await expect(page.getByText(/stay in your browser's history/)).toBeVisible();
  await expect(page.getByText(/saved answers stay on this device/)).toBeVisible();
});

test('on a phone the control stays on screen far down a guide, and still works', ANY_BASE, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openGuide(page);
  const leave = leaveLink(page);
  // Beside the site name, not on top of it.
  const name = (await page.getByRole('link', { name: /^Reconnect/ }).boundingBox())!;
  const start = (await leave.boundingBox())!;
  expect(start.x).toBeGreaterThanOrEqual(name.x + name.width);

  await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
  await expect(leave).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await leave.click();
  await expectLeft(page);
});
