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
import { DEFAULT_LANG, LANGS, localePath, type Lang } from '../src/i18n/languages.ts';
import type { GenerateSWOptions, GetManifestOptions } from 'workbox-build';

/** The worker's file, at the root of its language's pages (its scope): sw.js, es/sw.js. */
export const WORKER_FILE = 'sw.js';
export const workerPath = (lang: Lang) => `${localePath(lang, '/').slice(1)}${WORKER_FILE}`;
/**
 * What a navigation to a page not in the cache shows when the network fails
 * (src/pages/[...lang]/offline.astro). Named by its file: the fallback is
 * looked up by its exact address in the precache, where "offline/" is not a key.
 */
export const OFFLINE_PAGE = 'offline/index.html';

/**
 * What each language's worker precaches: the shared files (scripts, styles,
 * icons, Pagefind's code) with that language's pages and search index, and
 * nothing of the other language. A reader downloads one edition, not both;
 * one who reads both gets both workers, each for its own pages (a worker at
 * es/sw.js controls /es/, the one at sw.js the rest).
 */
export function precacheFiles(dir: string, lang: Lang = DEFAULT_LANG): GetManifestOptions {
  const others = LANGS.filter((l) => l !== lang);
  const indexOf = (l: Lang) => [`pagefind/*/${l}_*`, `pagefind/pagefind.${l}_*`, `pagefind/wasm.${l}.pagefind`];
  const own =
    lang === DEFAULT_LANG
      ? { globPatterns: ['**/*'], globIgnores: others.map((l) => `${l}/**`) }
      : { globPatterns: [`${lang}/**/*`, '_astro/**/*', 'pagefind/**/*', 'icons/**/*', '*.{svg,webmanifest}'], globIgnores: [] };
  return {
    globDirectory: dir,
    globPatterns: own.globPatterns,
    // Pagefind's "unknown" wasm serves pages with no language: every page here has one.
    globIgnores: [...own.globIgnores, ...LANGS.map(workerPath), '_headers', 'robots.txt', '**/*.map', 'pagefind/wasm.unknown.pagefind', ...others.flatMap(indexOf)],
    // Astro's files and Pagefind's index chunks carry a hash in their names;
    // the rest (pages, pagefind.js, the wasm) get a revision from their content.
    dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/[^/]+\.pf_meta$)/,
    // The largest file, Pagefind's wasm, is about 60 KB: nothing is near the limit.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  };
}

/** Workbox's options for one language's worker over the site built into `dir`, served under `base` ('/' or '/reconnect/'). */
export function workerOptions(dir: string, base: string, lang: Lang = DEFAULT_LANG): GenerateSWOptions {
  const home = `${base}${localePath(lang, '/').slice(1)}`;
  return {
    ...precacheFiles(dir, lang),
    swDest: `${dir.replace(/\/?$/, '/')}${workerPath(lang)}`,
    // Addresses from the site's root: the Spanish worker lives one folder down.
    modifyURLPrefix: { '': base },
    cacheId: `reconnect-${lang}`,
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
        options: { precacheFallback: { fallbackURL: `${home}${OFFLINE_PAGE}` } },
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
        for (const lang of LANGS) {
          const { count, size, warnings } = await generateSW(workerOptions(fileURLToPath(dir), base, lang));
          for (const w of warnings) logger.warn(w);
          logger.info(`${workerPath(lang)}: precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
        }
      },
    },
  };
}
