// Whether a counsellor can trust a guide: it says where it comes from and when
// it was last checked, and the About page says who writes the guides and what
// the site is not.
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';

const guides = builtPages().filter((p) => /^guides\/[^/]+\/$/.test(p));

test('the build has every guide', () => {
  expect(guides.length).toBeGreaterThanOrEqual(10);
});

for (const path of guides) {
  test(`/${path} ends with two to six sources, linked, and says when it was last reviewed`, async ({ page }) => {
    await page.goto(path);
    const sources = page.getByRole('region', { name: 'Where this comes from' });
    const items = sources.getByRole('listitem');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(6);
    for (const item of await items.all()) {
      // An author or body, a year in brackets, a title, and a link that works outside the site.
      await expect(item).toHaveText(/\S+ \((19|20)\d\d\)\. .{5,}/);
      await expect(item.getByRole('link')).toHaveAttribute('href', /^https:\/\//);
    }
    await expect(sources).toContainText(/Last reviewed \d{1,2} [A-Z][a-z]+ 20\d\d\./);
    // The date under the title leads down to the sources. Without smooth
    // scrolling: the portfolio's goal and balance load as a smooth scroll
    // passes them and push the sources down, so that jump lands short (noted
    // in issue 17's closing note, not yet fixed).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('link', { name: /^Last reviewed \d{1,2} [A-Z][a-z]+ 20\d\d$/ }).click();
    await expect(sources.getByRole('heading', { name: 'Where this comes from' })).toBeInViewport();
  });
}

test('the About page is in every page’s footer, and says what the site is not', async ({ page, request }) => {
  for (const path of builtPages()) {
    const html = await (await request.get(path)).text();
    const footer = html.slice(html.indexOf('<footer class="site-footer"'));
    // In the page's own language, to the same edition's About page.
    expect(footer, path).toMatch(path.startsWith('es/') ? /<a href="[^"]*\/es\/about\/">Acerca de<\/a>/ : /<a href="[^"]*\/about\/">About<\/a>/);
  }
  await page.goto('guides/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Reconnect');
  for (const heading of ['What this site is, and is not', 'Who writes the guides, and how', 'How guides are checked, and how often', 'Tell us about a mistake']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(page.getByText('It is not therapy')).toBeVisible();
  await expect(page.getByText('It is not a crisis service')).toBeVisible();
  // This build sets no contact address, so none is shown.
  await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
});
