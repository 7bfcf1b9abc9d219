// Site-wide gates: every built page passes axe in light and dark, makes no
// request to another origin, and runs under its Content-Security-Policy (the
// <meta> one and the _headers one) with no violation, with the offline worker
// in control, as a returning reader meets them.
import { devices, expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHeaders, builtPages, watch, type Watch } from './support/site';
import { violations } from './support/axe';
import { wakeAll } from './support/islands';
import { offlineReady } from '../support/precache';

const pages = builtPages();
// Dark mode changes colours and nothing else (the test below holds the
// stylesheet to that), so the dark pass runs the rules that read colour; the
// others would only repeat the light pass, at a second or two a page.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/**
 * An exercise's own page and its blank print copy hold the same island as
 * its guide, where the walk checks it awake in light and dark mode; the
 * page around it is the guide's frame. So these pages are checked as they
 * are served, in light mode.
 */
const servedOnly = (path: string) => /(?:^|\/)exercises\/[a-z0-9-]+\/(?:print\/)?$/.test(path);
/**
 * The Spanish edition doubles the site, and walking all of it as the English
 * edition is walked would take `npm test` past its 8 minutes on these two
 * cores (issue 13). Its pages share their twins' components and colours,
 * which the English walk checks awake in light and dark mode, so each
 * Spanish page is checked as it is served, in light mode, with the full set
 * of rules, the CSP and the requests; the exercises' own pages and print
 * copies are left to their guides. The Spanish widgets are checked awake,
 * and filled in, in spanish.spec.ts; every page's policy, links and bytes
 * are checked below, in links.spec.ts and in budgets.spec.ts.
 */
const spanish = (path: string) => path.startsWith('es/');
const walked = pages.filter((path) => !(spanish(path) && servedOnly(path)));
const asServed = (path: string) => servedOnly(path) || spanish(path);

test('dark mode only redefines colours, so the dark axe pass needs only the colour rules', () => {
  const dir = join(process.cwd(), 'src', 'styles');
  const css = readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  const blocks = [...css.matchAll(/@media[^{]*prefers-color-scheme:\s*dark[^{]*\{([\s\S]*?\})\s*\}/g)].map((m) => m[1]!);
  expect(blocks.length).toBeGreaterThan(0);
  for (const block of blocks) {
    const rules = [...block.matchAll(/([^{}]+)\{([^{}]*)\}/g)];
    for (const [, selector, body] of rules) {
      expect(selector!.trim()).toBe(':root');
      for (const declaration of body!
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean))
        expect(declaration).toMatch(/^--[\w-]+\s*:/);
    }
  }
});

test('the build has the pages it should', () => {
  expect(pages).toEqual(expect.arrayContaining(['', 'guides/', 'help-now/', 'privacy/', 'workbook/', 'exercises/']));
  expect(pages.length).toBeGreaterThan(30);
});

/**
 * One browser context per test worker, in which the offline worker has
 * already copied the site (playwright.config.ts blocks it elsewhere), and one
 * page in it that walks from page to page: every page is then served by the
 * worker, the site is copied once per test worker, and no test pays for a
 * fresh page of its own (about 0.25 s each here, a tenth of the walk).
 */
const walk = test.extend<object, { walker: { page: Page; seen: Watch } }>({
  walker: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL!;
      const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices['Desktop Chrome'];
      const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, serviceWorkers: 'allow' });
      const page = await context.newPage();
      const seen = await watch(page, new URL(baseURL).origin);
      await page.goto('');
      await offlineReady(page);
      await use({ page, seen });
      await context.close();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
});

// One visit per page does both site-wide checks, so the pages spread over the
// workers instead of being walked one by one in a single test. axe runs once
// every island on the page has woken, so it checks the exercises as a reader
// meets them.
test.describe.configure({ timeout: 90_000 });
for (const path of walked) {
  walk(`/${path}: axe finds nothing in light or dark mode; nothing is asked of another origin, blocked by the CSP or thrown`, async ({ walker: { page, seen } }) => {
    // What the page before this one saw is not this page's.
    for (const list of Object.values(seen)) list.length = 0;
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), 'served by the offline worker').toBe(true);
    if (!asServed(path)) await wakeAll(page);
    const failures: string[] = [];
    for (const scheme of asServed(path) ? (['light'] as const) : (['light', 'dark'] as const)) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const v of await violations(page, scheme === 'light' ? undefined : { rules: COLOUR_RULES })) failures.push(`${scheme}: ${v}`);
    }
    expect(failures).toEqual([]);

    expect(seen.offOrigin).toEqual([]);
    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
}

test('an exercise with answers filled in passes axe in both modes', async ({ page }) => {
  await page.goto('exercises/recovery-ally/');
  await page.getByLabel('Who is my ally?').fill('Sam');
  await page.getByRole('radio', { name: 'Once a week' }).check();
  await page.getByRole('button', { name: 'Add topic' }).click();
  await page.getByLabel('Topic 1', { exact: true }).fill('Sleep');
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await violations(page), scheme).toEqual([]);
  }
});

test('every page carries a strict CSP in a <meta>, and _headers carries it with the other headers', async ({ request }) => {
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
    expect(csp, path).toBeTruthy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/unsafe-eval(?!')|'unsafe-eval'/);
    // Inline scripts are all hashed: none left without a matching sha256.
    for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
      const hash = Buffer.from(digest).toString('base64');
      expect(csp, `${path}: an inline script is not hashed`).toContain(`'sha256-${hash}'`);
    }
  }
  const headers = builtHeaders();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  // The offline worker is looked at afresh on each visit, so a new version reaches readers at once.
  expect(builtHeaders('/sw.js')).toEqual({ 'cache-control': 'no-cache' });
});

test('pages work under the _headers policy too, the offline worker in control', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const headers = builtHeaders();
  const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
  // Serve every response with the headers a static host would add, to the
  // worker's requests too: what it caches carries them, as on a real host.
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  const page = await context.newPage();
  const w = await watch(page, new URL(baseURL!).origin);
  await page.goto('');
  await offlineReady(page);
  for (const path of ['guides/loneliness-and-cravings/', 'exercises/recovery-ally/', 'workbook/', 'search/?q=boundaries']) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    expect((await response!.allHeaders())['content-security-policy'], path).toContain("frame-ancestors 'none'");
    await page.waitForLoadState('networkidle');
  }
  await expect(page.getByRole('status')).toHaveText(/results? for “boundaries”/);
  await page.getByRole('link', { name: 'Guides', exact: true }).first().click();
  await expect(page).toHaveURL(/\/guides\/$/);
  await page.waitForLoadState('networkidle');
  // A request still in flight when the test ends must not fail the run.
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  expect(w.violations).toEqual([]);
  expect(w.errors).toEqual([]);
  await context.close();
});
