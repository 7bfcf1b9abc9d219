import { expect, test } from '@playwright/test';

// Runs once, on the site built for the root: an address cannot change it.
const ANY_BASE = { tag: '@any-base' };

test('a reader follows a way in, reads a guide and finds Help now', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('one small step at a time');

  const recovery = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: "I'm in recovery" }) });
  await recovery.getByRole('link', { name: 'Why loneliness can set off cravings' }).click();

  await expect(page).toHaveURL(/\/guides\/loneliness-and-cravings\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why loneliness can set off cravings');
  await expect(page.getByText(/\d+ min read/)).toBeVisible();

  // The table of contents lands on its section.
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'Find a recovery ally' }).click();
  await expect(page).toHaveURL(/#find-a-recovery-ally$/);
  await expect(page.getByRole('heading', { name: 'Find a recovery ally' })).toBeInViewport();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help now' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help now');
  await expect(page.getByRole('link', { name: 'Call 988', exact: true }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 116 123', exact: true }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 1-800-662-4357', exact: true })).toBeVisible();
  await expect(page.getByText('not a substitute for professional care').first()).toBeVisible();
});

test('the header can be used with the keyboard alone', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  const expected = ['Reconnect', 'Guides', 'Exercises', 'My workbook', 'Search', 'Español', 'Help now', 'Leave this site'];
  for (const name of expected) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toContainText(name);
    // A visible focus ring: the outline is drawn, not suppressed.
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
  }
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toContainText('Help now');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/help-now\/$/);

  // The skip link moves focus into the main content.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a missing page says so and offers ways on', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('link', { name: 'Browse all guides' })).toBeVisible();
});

for (const width of [320, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    // A longer address only shows in narrow text (copied links): the sub-path build is checked at 320 px in light mode.
    const where = width === 320 && scheme === 'light' ? {} : ANY_BASE;
    test(`core pages fit ${width}px in ${scheme} mode without sideways scrolling`, where, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['./', 'guides/', 'guides/loneliness-and-cravings/', 'help-now/', 'privacy/', 'exercises/', 'workbook/', 'for-counsellors/', 'search/']) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg, `${path} background in ${scheme}`).toBe(scheme === 'dark' ? 'rgb(21, 25, 29)' : 'rgb(251, 250, 247)');
      }
    });
  }
}

test('print hides the site chrome', ANY_BASE, async ({ page }) => {
  await page.goto('guides/loneliness-and-cravings/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
