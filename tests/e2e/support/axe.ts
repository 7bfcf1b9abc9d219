// axe-core for the browser tests, run in the page itself. @axe-core/playwright
// puts axe into the page, then into a blank page that merges the results, for
// every check: about 2.5 s a check here, more than the check itself. axe goes
// into a page once and runs there as often as a test asks. The site has no
// iframes, the one case that needs the merge.
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Only = { tags: string[] } | { rules: string[] };

/**
 * The violations of the given rules or tags (every WCAG A/AA rule and best
 * practice unless told), as "id (impact) targets", in the whole page or in
 * the part that `include` selects.
 */
export async function violations(page: Page, only: Only = { tags: WCAG_TAGS }, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = 'tags' in only ? { type: 'tag', values: only.tags } : { type: 'rule', values: only.rules };
  return page.evaluate(
    async ({ runOnly, include }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      // Only violations are reported, so axe need not gather the passing nodes.
      const options = { runOnly, resultTypes: ['violations'] } as import('axe-core').RunOptions;
      const { violations } = await axe.run(include ? { include: [include] } : document, options);
      return violations.map(
        (v) =>
          `${v.id} (${v.impact}) ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    },
    { runOnly, include },
  );
}

/** Fails the test on any axe violation in the page, or in the part `include` selects. */
export async function expectAccessible(page: Page, include?: string, only?: Only) {
  expect(await violations(page, only, include)).toEqual([]);
}
