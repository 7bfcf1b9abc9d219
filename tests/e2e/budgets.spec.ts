// The byte budgets of ARCHITECTURE.md on each page type, counted as what a
// reader who uses the whole page downloads: every exercise on it woken. Bytes
// do not depend on how busy the machine is, so a test can hold them; timings
// are held by `npm run bench` alone.
import { expect, test } from '@playwright/test';
import { CSS, CSS_FILES, HTML, HTML_SPANISH, JS_IDLE, KB, PAGES, PRECACHE_WIRE, SPANISH_PAGES } from '../support/budgets';
import { gz, weigh } from '../support/page-weight';
import { precacheSize } from '../support/precache';
import { precacheFiles } from '../../integrations/offline';
import { LANGS, localePath, splitLocale } from '../../src/i18n/languages';
import { getManifest } from 'workbox-build';
import { join } from 'node:path';

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

// Up to two visits and a walk down the page on a busy two-core machine, as in
// quality.spec.ts: more time per test, which is not a measure of speed.
test.describe.configure({ timeout: 90_000 });
for (const p of [...PAGES, ...SPANISH_PAGES]) {
  test(`${p.type} (/${p.path}): its JavaScript, HTML and CSS stay within budget`, async ({ context, baseURL }) => {
    const w = await weigh(context, new URL(p.path, baseURL).href, p);
    const inline = sum(w.inline.map(gz));
    const js = sum(w.scripts.map((f) => gz(f.body))) + inline;
    const idle = sum(w.idle.map((f) => gz(f.body)));
    const html = gz(w.html);
    const css = sum(w.css.map((f) => gz(f.body)));
    // In the report even when they pass, to see how close a page is.
    test.info().annotations.push({ type: 'gzip', description: `JavaScript ${kb(js)} (and once idle ${kb(idle)}), HTML ${kb(html)}, CSS ${kb(css)}` });

    const files = w.scripts.map((f) => `${f.url.split('/').pop()} ${kb(gz(f.body))}`).join(', ') || 'no files';
    expect.soft(js, `${p.type}: JavaScript ${kb(js)} gzip (${files}; inline ${kb(inline)}), budget ${kb(p.js)}`).toBeLessThanOrEqual(p.js);
    // Every page registers the offline worker, once it is idle.
    expect.soft(w.idle.length, `${p.type}: the offline worker's registration loads once idle`).toBe(1);
    expect.soft(idle, `${p.type}: JavaScript loaded once idle ${kb(idle)} gzip, budget ${kb(JS_IDLE)}`).toBeLessThanOrEqual(JS_IDLE);
    const htmlBudget = p.lang === 'es' ? HTML_SPANISH : HTML;
    expect.soft(html, `${p.type}: HTML ${kb(html)} gzip, budget ${kb(htmlBudget)}`).toBeLessThanOrEqual(htmlBudget);
    expect.soft(css, `${p.type}: CSS ${kb(css)} gzip, budget ${kb(CSS)}`).toBeLessThanOrEqual(CSS);
    expect.soft(w.css.length, `${p.type}: ${w.css.length} stylesheet files (${w.css.map((f) => f.url).join(', ')}), budget ${CSS_FILES}`).toBeLessThanOrEqual(CSS_FILES);
  });
}

for (const lang of LANGS) {
  test(`the offline copy of the whole ${lang} edition stays small enough to download on prepaid data`, async () => {
    const dist = join(process.cwd(), 'dist');
    const { files, wire } = await precacheSize(dist, lang);
    test.info().annotations.push({ type: `precache ${lang}`, description: `${files} files, ${kb(wire)} gzip` });
    // Everything a reader needs offline is in it: every page of the edition, and nothing of the other.
    const pages = (await getManifest(precacheFiles(dist, lang))).manifestEntries.map((e) => e.url).filter((u) => u.endsWith('.html'));
    expect(pages).toContain(`${localePath(lang, '/').slice(1)}guides/boundaries/index.html`);
    expect(pages.every((u) => splitLocale(`/${u}`).lang === lang)).toBe(true);
    expect(files).toBeGreaterThan(100);
    expect(wire, `the ${lang} offline worker precaches ${kb(wire)} gzip, budget ${kb(PRECACHE_WIRE)}`).toBeLessThanOrEqual(PRECACHE_WIRE);
  });
}
