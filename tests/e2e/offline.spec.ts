// Offline and installable: after one visit the offline worker (Workbox,
// integrations/offline.ts) has the whole site, so guides, search, Help now and
// the workbook open with no connection; a new version waits for the reader;
// "Delete everything" removes the copy; Chromium can install the site.
import { expect, test, type Page } from '@playwright/test';
import { watch } from './support/site';
import { offlineReady } from '../support/precache';
import { LEAVE_URL } from '../../src/lib/site';

// Elsewhere the worker is blocked (playwright.config.ts): here it is the subject.
test.use({ serviceWorkers: 'allow' });
// A first visit downloads the whole site into the cache on a busy machine.
test.describe.configure({ timeout: 60_000 });

const ANY_BASE = { tag: '@any-base' };

/** A first visit: the page opens, and the worker copies the whole site. */
async function visitOnce(page: Page, path: string) {
  await page.goto(path);
  await offlineReady(page, 45_000);
}

/** A new deployment, as the browser sees one: a worker script that differs from the one in control. */
async function deployNewVersion(page: Page) {
  await page.evaluate(async () => {
    const current = navigator.serviceWorker.controller!.scriptURL;
    await navigator.serviceWorker.register(`${current}?deploy=2`);
  });
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('after one visit, guides, search, a worksheet, a plan link and Help now work offline; a page never saved shows the offline page; Leave still leaves', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  // What the worker fetches shows on the context, what the page fetches on the page.
  const offOrigin: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(origin)) offOrigin.push(r.url());
  });
  const w = await watch(page, origin);
  await visitOnce(page, '');
  await context.setOffline(true);

  for (const [path, title] of [
    ['guides/active-listening/', 'Active listening'],
    ['guides/rebuilding-trust/', /trust/i],
    ['guides/setback-plan/', /setbacks/],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(h1(page)).toContainText(title);
  }

  await page.goto('search/?q=boundaries');
  await expect(page.getByRole('status')).toHaveText(/\d+ results? for “boundaries”/, { timeout: 15_000 });
  await page
    .getByRole('list', { name: 'Search results' })
    .getByRole('link', { name: /boundaries/i })
    .first()
    .click();
  await expect(h1(page)).toContainText(/boundaries/i);

  await page.goto('exercises/recovery-ally/');
  await page.getByLabel('Who is my ally?').fill('Sam, my sister');
  await expect(page.getByText(/^Saved/).first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Who is my ally?')).toHaveValue('Sam, my sister');

  // A counsellor's plan link: its address carries the exercises, the page is the cached one.
  await page.goto('plan/?e=recovery-ally,exposure-ladder');
  await expect(page.getByRole('link', { name: 'My recovery ally agreement' })).toBeVisible();

  await page.goto('guides/a-guide-not-written-yet/');
  await expect(h1(page)).toHaveText('You are offline');
  await page.getByRole('main').getByRole('link', { name: 'Help now' }).click();
  await expect(h1(page)).toHaveText('Help now');
  await expect(page.getByRole('link', { name: /988/ }).first()).toBeVisible();

  expect(offOrigin).toEqual([]);
  expect(w.offOrigin).toEqual([]);
  expect(w.violations).toEqual([]);
  expect(w.errors).toEqual([]);

  // "Leave this site" still hides the page and goes. The neutral page cannot
  // load with no connection (the browser shows its own "no connection" page),
  // but nothing of this site is left on screen.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leave this site' }).click();
  await expect(page).not.toHaveURL(new RegExp(`^${origin}`));
  await expect(page.getByRole('heading', { name: 'Help now' })).toHaveCount(0);
  if (LEAVE_URL === 'about:blank') await expect(page).toHaveURL('about:blank');

  // Back online, an address that is not a page is the site's own 404, not the offline page.
  await context.setOffline(false);
  expect((await page.goto('no-such-page/'))?.status()).toBe(404);
  await expect(h1(page)).toHaveText('We could not find that page');
});

test('Chromium can install the site: a manifest with name, start page, display and 192 and 512 px icons, and a worker in control', async ({ page, baseURL }) => {
  await visitOnce(page, '');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href!, page.url());
  const manifest = await (await page.request.get(manifestUrl.href)).json();
  expect(manifest.name).toBe('Reconnect');
  expect(manifest.display).toBe('standalone');
  // The start page and scope are the site's own root, under a base path too.
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(baseURL);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(baseURL);

  // Each PNG is really the size the manifest says.
  const sizes: string[] = [];
  for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
    const response = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(response.ok(), icon.src).toBe(true);
    expect(response.headers()['content-type']).toContain(icon.type);
    if (icon.type !== 'image/png') continue;
    const png = await response.body();
    // The IHDR chunk: width and height, big-endian, after the 8-byte signature and the chunk header.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    sizes.push(icon.sizes);
  }
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));

  // Chromium's own verdict. It no longer requires a worker, so the worker's
  // control of the page is checked above (visitOnce) and its scope here.
  const cdp = await page.context().newCDPSession(page);
  expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(baseURL);
});

test('a new version waits until the reader chooses to reload, and nothing typed is lost', ANY_BASE, async ({ page }) => {
  await visitOnce(page, 'exercises/recovery-ally/');
  const ally = page.getByLabel('Who is my ally?');
  await ally.fill('Sam');
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  await deployNewVersion(page);
  const notice = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
  await expect(notice).toBeVisible();
  // The reader goes on typing: the page stays as it is.
  await ally.pressSequentially(' and Jo');
  await expect(ally).toHaveValue('Sam and Jo');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  await notice.getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction(() => !(window as unknown as { notReloaded?: boolean }).notReloaded);
  await expect(ally).toHaveValue('Sam and Jo');
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toContain('deploy=2');
});

test('"Not now" puts the notice away on this page; the next page offers it again', ANY_BASE, async ({ page }) => {
  await visitOnce(page, '');
  await deployNewVersion(page);
  const notice = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
  await notice.getByRole('button', { name: 'Not now' }).click();
  await expect(notice).toHaveCount(0);
  await page.goto('guides/');
  await expect(notice).toBeVisible();
});

test('"Delete everything" also removes the offline copy, and says so', ANY_BASE, async ({ page }) => {
  await visitOnce(page, 'workbook/');
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Delete everything on this device' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText(/So has the copy of the site kept for reading offline/)).toBeVisible();
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
