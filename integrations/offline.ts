// The offline copy of the site: Workbox's generateSW writes dist/sw.js at
// astro:build:done, after Pagefind has written its index (so it is listed
// here too), and src/components/layout/offline.ts registers it.
//
// Everything is precached, every page included: the whole site is about
// 1.9 MB on the device and 0.8 MB over the wire, less than one photo, and
// a craving does not wait for a reader to have visited the right guide
// before the signal went. The bench prints the total (bench/run.mjs).
//
// @vite-pwa/astro would do this, but it declares Astro 5 as its newest peer
// and does not install beside Astro 7.
import type { AstroIntegration } from 'astro';
import { basePath } from './base.ts';
import { fileURLToPath } from 'node:url';
import type { GenerateSWOptions, GetManifestOptions } from 'workbox-build';

/** The worker's file, at the root of the site's base path (its scope). */
export const WORKER_FILE = 'sw.js';
/**
 * What a navigation to a page not in the cache shows when the network fails
 * (src/pages/offline.astro). Named by its file: the fallback is looked up by
 * its exact address in the precache, where "offline/" is not a key.
 */
export const OFFLINE_PAGE = 'offline/index.html';

/** What is precached: everything built, but the files only hosts read. */
export function precacheFiles(dir: string): GetManifestOptions {
  return {
    globDirectory: dir,
    globPatterns: ['**/*'],
    // Pagefind's "unknown" wasm serves pages with no language: every page here has one.
    globIgnores: [WORKER_FILE, '_headers', 'robots.txt', '**/*.map', 'pagefind/wasm.unknown.pagefind'],
    // Astro's files and Pagefind's index chunks carry a hash in their names;
    // the rest (pages, pagefind.js, the wasm) get a revision from their content.
    dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/[^/]+\.pf_meta$)/,
    // The largest file, Pagefind's wasm, is about 60 KB: nothing is near the limit.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  };
}

/** Workbox's options for the site built into `dir`, served under `base` ('/' or '/reconnect/'). */
export function workerOptions(dir: string, base: string): GenerateSWOptions {
  return {
    ...precacheFiles(dir),
    swDest: `${dir.replace(/\/?$/, '/')}${WORKER_FILE}`,
    cacheId: 'reconnect',
    // A plan link (?e=…) and a search (?q=…) are read by the page's own
    // script: any query opens the cached page.
    ignoreURLParametersMatching: [/.*/],
    // A new worker waits until the reader chooses "Reload" (offline.ts), so a
    // page is never swapped while someone is typing. The first one takes over
    // at once: there is no older version to disagree with.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Cached pages are answered from the cache; a page not in it tries the
    // network, and offline gets the offline page instead of the browser's error.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `${base}${OFFLINE_PAGE}` } },
      },
    ],
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    disableDevLogs: true,
  };
}

export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'reconnect:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePath(config);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Loaded here, so that `astro dev` never starts Rollup for the worker.
        const { generateSW } = await import('workbox-build');
        const { count, size, warnings } = await generateSW(workerOptions(fileURLToPath(dir), base));
        for (const w of warnings) logger.warn(w);
        logger.info(`${WORKER_FILE}: precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
