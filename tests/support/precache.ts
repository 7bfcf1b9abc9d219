// What the offline worker copies onto a reader's device, counted from the
// built site with Workbox's own listing (the same options as the worker), and
// when a page has it, for the browser tests and `npm run bench`. Node runs
// this file as it is (bench/run.mjs), so it holds only syntax Node can strip.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getManifest } from 'workbox-build';
import { precacheFiles } from '../../integrations/offline.ts';
import { gz } from './page-weight.ts';
import type { Lang } from '../../src/i18n/languages.ts';

export interface PrecacheSize {
  files: number;
  /** As stored on the device. */
  stored: number;
  /** Over the network, gzip, as hosts send text. */
  wire: number;
}

/** What one language's worker precaches (integrations/offline.ts): English by default. */
export async function precacheSize(dist = join(process.cwd(), 'dist'), lang: Lang = 'en'): Promise<PrecacheSize> {
  const { manifestEntries, size } = await getManifest(precacheFiles(dist, lang));
  const wire = manifestEntries.reduce((sum, e) => sum + gz(readFileSync(join(dist, e.url))), 0);
  return { files: manifestEntries.length, stored: size, wire };
}

/**
 * Resolves once the offline worker controls `page`. Workbox caches every file
 * while the worker installs, and clientsClaim makes it the controller as soon
 * as it is active, so a controlled page means the whole site is on the device.
 */
export async function offlineReady(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout });
}
