// axe-core for the browser tests. Legacy mode runs axe.run in the page
// itself: the default injects axe twice per check (into the page, then into
// a blank page that merges the results) and took twice as long here, about
// 12 s against 24 s for a guide on a busy two-core machine. The site has no
// iframes, the one case legacy mode does not cover.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode();

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The violations of the given rules (or tags), as "id (impact) targets".
 * axe is put into the page once and then run as often as asked: the
 * site-wide walk checks each page twice (light, then dark), and each
 * AxeBuilder check puts axe's 570 KB into the page again (about 2.5 s here).
 */
export async function violations(page: Page, only: { tags: string[] } | { rules: string[] }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = 'tags' in only ? { type: 'tag', values: only.tags } : { type: 'rule', values: only.rules };
  return page.evaluate(async (runOnly) => {
    const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly } as import('axe-core').RunOptions);
    return violations.map(
      (v) =>
        `${v.id} (${v.impact}) ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  }, runOnly);
}
