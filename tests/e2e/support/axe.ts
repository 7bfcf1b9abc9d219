// axe-core for the browser tests. Legacy mode runs axe.run in the page
// itself: the default injects axe twice per check (into the page, then into
// a blank page that merges the results) and took twice as long here, about
// 12 s against 24 s for a guide on a busy two-core machine. The site has no
// iframes, the one case legacy mode does not cover.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode();
