// A reader never meets a dead end: every internal link on the built site,
// reached from the home page, leads to a page that exists, and every #anchor
// lands on an element with that id. Links are resolved against the page they
// sit on, so the crawl works under a base path too.
import { expect, test, type Page } from '@playwright/test';

/** A guard against a runaway crawl (e.g. links that generate new query strings). */
const MAX_PAGES = 400;

interface Link {
  from: string;
  href: string;
  url: URL;
}

/** Fragments that the HTML spec sends to the top of the page without any id. */
const TOP_FRAGMENTS = new Set(['', 'top']);

function pageKey(url: URL): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

async function linksAndIds(page: Page): Promise<{ hrefs: string[]; ids: Set<string> }> {
  const { hrefs, ids } = await page.evaluate(() => ({
    hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
    ids: [...[...document.querySelectorAll('[id]')].map((el) => el.id), ...[...document.querySelectorAll('a[name]')].map((a) => a.getAttribute('name') ?? '')],
  }));
  return { hrefs, ids: new Set(ids) };
}

/** Runs `visit` over the items, with each page taking the next item as soon as it is free. */
async function eachWith<T>(items: T[], pages: Page[], visit: (page: Page, item: T) => Promise<void>) {
  const next = items[Symbol.iterator]();
  await Promise.all(
    pages.map(async (page) => {
      for (const item of next) await visit(page, item);
    }),
  );
}

test('every internal link and #anchor reached from the home page works', async ({ page, context, request }) => {
  test.setTimeout(180_000);

  const start = await page.goto('./');
  expect(start?.ok(), 'the home page loads').toBe(true);
  const origin = new URL(page.url()).origin;

  const visited = new Map<string, { status: number; ids: Set<string> | null }>();
  const links: Link[] = [];
  // The crawl goes out from the home page a step at a time; the pages of a
  // step are read by three tabs at once.
  const tabs = [page, await context.newPage(), await context.newPage()];
  let step = [pageKey(new URL(page.url()))];

  while (step.length && visited.size < MAX_PAGES) {
    const found = new Set<string>();
    await eachWith(step, tabs, async (tab, key) => {
      // Ask for the page first: a link to a file (JSON, an image) is fine if
      // it exists, but only HTML pages are opened in the browser and crawled.
      const response = await request.get(key, { maxRedirects: 5 });
      const status = response.status();
      const isHtml = (response.headers()['content-type'] ?? '').includes('text/html');
      if (!response.ok() || !isHtml) {
        visited.set(key, { status, ids: null });
        return;
      }

      await tab.goto(key);
      const here = tab.url();
      const { hrefs, ids } = await linksAndIds(tab);
      visited.set(key, { status, ids });

      for (const href of hrefs) {
        // Links that leave the site, or are not pages (mail, phone), are out of scope.
        if (/^(?:mailto|tel|sms|javascript|data):/i.test(href.trim())) continue;
        const url = new URL(href, here);
        if (url.origin !== origin) continue;
        links.push({ from: here, href, url });
        found.add(pageKey(url));
      }
    });
    step = [...found].filter((key) => !visited.has(key));
  }

  expect(visited.size, `the crawl stopped at ${MAX_PAGES} pages`).toBeLessThan(MAX_PAGES);

  const broken: string[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const target = visited.get(pageKey(link.url));
    const where = `${new URL(link.from).pathname} -> ${link.href}`;
    if (seen.has(where)) continue;
    seen.add(where);
    if (!target) {
      broken.push(`${where}: never checked`);
    } else if (target.status >= 400) {
      broken.push(`${where}: HTTP ${target.status}`);
    } else if (link.url.hash) {
      const id = decodeURIComponent(link.url.hash.slice(1));
      if (TOP_FRAGMENTS.has(id.toLowerCase())) continue;
      if (!target.ids) broken.push(`${where}: #${id} points into a file that is not a page`);
      else if (!target.ids.has(id)) broken.push(`${where}: no element with id "${id}"`);
    }
  }

  console.log(`Checked ${links.length} internal links across ${visited.size} addresses.`);
  expect(broken, `Broken internal links:\n${broken.join('\n')}`).toEqual([]);
});
