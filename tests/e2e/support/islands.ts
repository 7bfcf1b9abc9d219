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

/**
 * Brings every island still asleep near the screen in turn, until all have
 * woken. A jump to the bottom of a long guide would pass over the islands in
 * its middle, which then never wake; on a busy machine an island passed over
 * quickly may be missed too, so the sweep repeats.
 */
export async function wakeAll(page: Page) {
  await expect(async () => {
    await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (const island of document.querySelectorAll('astro-island[ssr]')) {
        // An island is display: contents, with no box of its own to scroll
        // to; Astro watches its children.
        (island.firstElementChild ?? island).scrollIntoView();
        await frame();
        await frame();
      }
    });
    // Checked every frame: expect's back-off would wait up to a second after the last island woke.
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), null, { polling: 'raf', timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
}
