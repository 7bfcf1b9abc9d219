// What a page makes a reader download, gathered one way for the budget test
// and for `npm run bench`, so their figures agree. Node runs this file as it
// is (bench/run.mjs), so it holds only syntax Node can strip.
import type { BrowserContext, Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { IDLE_SCRIPT } from './budgets.ts';

export const gz = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

export interface File {
  url: string;
  body: Buffer;
}

export interface Weight {
  page: Page;
  html: Buffer;
  scripts: File[];
  /** Scripts loaded once the page is idle (IDLE_SCRIPT), not among `scripts`. */
  idle: File[];
  /** Script written into the HTML (Astro inlines small scripts): JavaScript too. */
  inline: string[];
  css: File[];
}

// Astro removes `ssr` from an <astro-island> once it has hydrated. The old
// hydrator (wake.ts, gone since issue 18) marked data-awake instead: kept so
// the bench can still measure an older commit for comparison.
export const ASLEEP = 'astro-island[ssr], [data-island]:not([data-awake])';

/**
 * Scrolls through the page a screen at a time, as a reader would, waiting at
 * each screen until the islands on it have woken. One jump to the bottom
 * would skip the islands in the middle (they wake near the screen, 200 px).
 */
export async function wakeEveryIsland(page: Page): Promise<void> {
  const stuck = await page.evaluate(async (asleep) => {
    // An <astro-island> is display: contents, with no box of its own.
    const boxes = (el: Element) => (getComputedStyle(el).display === 'contents' ? [...el.children] : [el]).map((e) => e.getBoundingClientRect());
    const onScreen = (el: Element) => boxes(el).some((r) => r.height > 0 && r.bottom > 0 && r.top < innerHeight);
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    // An island that has not woken in 10 s is reported, not waited for again further down.
    const givenUp = new Set<Element>();
    const waiting = () => [...document.querySelectorAll(asleep)].filter((el) => !givenUp.has(el) && onScreen(el));
    // The height is read again each step: a woken island may grow.
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      // Not smooth (the site's CSS asks for it): a smooth scroll is cut short by the next one.
      scrollTo({ top: y, behavior: 'instant' });
      const deadline = performance.now() + 10_000;
      do await frame();
      while (waiting().length && performance.now() < deadline);
      waiting().forEach((el) => givenUp.add(el));
    }
    return [...document.querySelectorAll(asleep)].map(
      (el) => `${el.closest('[data-exercise]')?.getAttribute('data-exercise') ?? ''} ${el.getAttribute('data-island') ?? el.getAttribute('component-url')}`,
    );
  }, ASLEEP);
  if (stuck.length) throw new Error(`${page.url()}: islands still asleep after scrolling through the page: ${stuck.join(', ')}`);
}

/** Resolves once no request has been in flight for `quietMs`: what woken code fetches next (a schema, say) is counted too. */
function networkQuiet(page: Page, quietMs = 500): () => Promise<void> {
  let inFlight = 0;
  let last = Date.now();
  page.on('request', () => inFlight++);
  const done = () => {
    inFlight--;
    last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async () => {
    while (inFlight > 0 || Date.now() - last < quietMs) await page.waitForTimeout(50);
  };
}

/**
 * Opens `url` in `context` and returns everything it downloaded once every
 * island on it has woken. `returning`: a first visit types an answer into the
 * first exercise and waits for it to be saved, so the measured visit is a
 * return with something saved.
 */
export async function weigh(context: BrowserContext, url: string, { returning = false } = {}): Promise<Weight> {
  if (returning) {
    const first = await context.newPage();
    await first.goto(url);
    const exercise = first.locator('[data-exercise]').first();
    await exercise.scrollIntoViewIfNeeded();
    // The field takes input once the island has woken.
    await exercise.getByRole('textbox').first().fill('A first answer');
    // In either edition's words (src/i18n/widgets/*/frame.ts).
    await exercise.getByText(/^(?:Saved on this device|Guardado en este dispositivo)\.$/).waitFor();
    await first.close();
  }
  const page = await context.newPage();
  const quiet = networkQuiet(page);
  const bodies: Promise<(File & { type: string }) | null>[] = [];
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if (['script', 'stylesheet', 'document'].includes(type))
      bodies.push(
        res.body().then(
          (body) => ({ type, url: res.url(), body }),
          () => null,
        ),
      );
  });
  await page.goto(url);
  await wakeEveryIsland(page);
  await quiet();
  const got = (await Promise.all(bodies)).filter((r) => r !== null);
  const html = got.find((r) => r.type === 'document');
  if (!html) throw new Error(`${url}: no document was downloaded`);
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src]):not([type="application/json"])')].map((s) => s.textContent ?? ''));
  const files = (type: string) => got.filter((r) => r.type === type).map(({ url, body }) => ({ url, body }));
  const scripts = files('script');
  return {
    page,
    html: html.body,
    scripts: scripts.filter((f) => !IDLE_SCRIPT.test(f.url)),
    idle: scripts.filter((f) => IDLE_SCRIPT.test(f.url)),
    inline,
    css: files('stylesheet'),
  };
}
