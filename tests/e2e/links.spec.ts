// A reader never meets a dead end: every internal link on the built site,
// reached from the home page, leads to a page that exists, and every #anchor
// lands on an element with that id. Links are resolved against the page they
// sit on, so the crawl works under a base path too.
import { expect, test } from '@playwright/test';

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

/** The characters Astro escapes in attribute values. */
const unescape = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The links and ids of a page, read from its HTML as the server sends it:
 * every page is rendered in full at build time (islands included), and
 * reading the text is ten times quicker than opening 140 pages in a browser.
 */
function linksAndIds(html: string): { hrefs: string[]; ids: Set<string> } {
  const attr = (name: string, tag = '[a-z][\\w-]*') => [...html.matchAll(new RegExp(`<${tag}\\s[^>]*?\\b${name}="([^"]*)"`, 'g'))].map((m) => unescape(m[1]!));
  return { hrefs: attr('href', 'a'), ids: new Set([...attr('id'), ...attr('name', 'a')]) };
}

/** Runs `visit` over the items, `lanes` at a time. */
async function eachWith<T>(items: T[], lanes: number, visit: (item: T) => Promise<void>) {
  const next = items[Symbol.iterator]();
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (const item of next) await visit(item);
    }),
  );
}

test('every internal link and #anchor reached from the home page works', async ({ page, request }) => {
  test.setTimeout(180_000);

  const start = await page.goto('./');
  expect(start?.ok(), 'the home page loads').toBe(true);
  const origin = new URL(page.url()).origin;

  const visited = new Map<string, { status: number; ids: Set<string> | null }>();
  const links: Link[] = [];
  // The crawl goes out from the home page a step at a time, reading three pages at once.
  let step = [pageKey(new URL(page.url()))];

  while (step.length && visited.size < MAX_PAGES) {
    const found = new Set<string>();
    await eachWith(step, 3, async (key) => {
      // A link to a file (JSON, an image) is fine if it exists; only HTML pages are crawled.
      const response = await request.get(key, { maxRedirects: 5 });
      const status = response.status();
      const isHtml = (response.headers()['content-type'] ?? '').includes('text/html');
      if (!response.ok() || !isHtml) {
        visited.set(key, { status, ids: null });
        return;
      }

      const here = response.url();
      const { hrefs, ids } = linksAndIds(await response.text());
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
