// Helpers shared by the browser tests.
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Waits until every island on the page (or in `scope`) has woken: Astro
 * removes an island's `ssr` attribute once it has hydrated. Typing before
 * that would be lost. Islands wake as they near the screen.
 */
export async function awake(where: Page | Locator) {
  await expect(where.locator('astro-island[ssr]')).toHaveCount(0);
}
