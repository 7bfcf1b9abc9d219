// Builds the search index once the static site is written: Pagefind reads the
// HTML in the output folder (only <main data-pagefind-body>) and writes its
// index and browser code to <outDir>/pagefind/. Runs through Pagefind's Node
// API rather than its CLI, so a failure stops `astro build` with a message
// instead of shipping a site whose search is silently empty.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type * as PagefindApi from 'pagefind';

/** The part of Pagefind's Node API this step uses (a fake in the unit tests). */
export type PagefindService = Pick<typeof PagefindApi, 'createIndex' | 'close'>;

type Logger = Pick<AstroIntegrationLogger, 'info' | 'error'>;

export interface IndexSiteOptions {
  /** The built site, as Astro hands it to astro:build:done. */
  dir: URL;
  logger: Logger;
  service: PagefindService;
  /** Fewer pages than this means the markup lost data-pagefind-body somewhere. */
  minPages?: number;
}

export class PagefindBuildError extends Error {
  override name = 'PagefindBuildError';
}

/** Indexes `dir` and writes the bundle to `dir/pagefind/`; returns how many pages are searchable. */
export async function indexSite({ dir, logger, service, minPages = 1 }: IndexSiteOptions): Promise<number> {
  const started = performance.now();
  try {
    // One index per language, from each page's <html lang>: a Spanish page's
    // search finds Spanish pages, with Spanish word stems.
    const created = await service.createIndex();
    const index = ok('create the index', created, logger).index;
    if (!index) throw new PagefindBuildError('Pagefind did not return an index.');

    const added = ok('read the built pages', await index.addDirectory({ path: fileURLToPath(dir) }), logger);
    // page_count counts every HTML file; only pages with data-pagefind-body
    // are searchable, and the index's entry file says how many those are.
    const indexed = indexedPages(ok('build the index', await index.getFiles(), logger).files);
    if (indexed < minPages) {
      throw new PagefindBuildError(
        `Pagefind indexed ${indexed} of ${added.page_count} page(s), expected at least ${minPages}. ` +
          'Guides, exercise pages and the exercise library must render <main data-pagefind-body> (BaseLayout "searchable").',
      );
    }

    const outputPath = fileURLToPath(new URL('pagefind/', dir));
    ok('write the index', await index.writeFiles({ outputPath }), logger);
    await removeUnusedUi(outputPath);
    logger.info(`Indexed ${indexed} of ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
    return indexed;
  } catch (error) {
    if (error instanceof PagefindBuildError) throw error;
    // The service is a child process: a crash or a missing binary lands here.
    const reason = error instanceof Error ? error.message : String(error);
    throw new PagefindBuildError(`Pagefind could not run: ${reason}`, { cause: error });
  } finally {
    // Always stop the child process, or the build never exits.
    await service.close().catch(() => undefined);
  }
}

/**
 * Pagefind also writes its ready-made search UIs (about 400 KB). The site uses
 * its own UI on pagefind.js, and every script on the origin can read the
 * reader's saved answers, so scripts nobody loads are not shipped.
 */
export const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
] as const;

async function removeUnusedUi(outputPath: string): Promise<void> {
  await Promise.all(UNUSED_UI_FILES.map((name) => rm(join(outputPath, name), { force: true })));
}

/** Searchable pages, read from the index's entry file (all languages). */
export function indexedPages(files: { path: string; content: Uint8Array }[]): number {
  const entry = files.find((f) => f.path.replace(/\\/g, '/').endsWith('pagefind-entry.json'));
  if (!entry) throw new PagefindBuildError('Pagefind wrote no pagefind-entry.json.');
  const parsed = JSON.parse(new TextDecoder().decode(entry.content)) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(parsed.languages ?? {}).reduce((sum, l) => sum + (l.page_count ?? 0), 0);
}

function ok<T extends { errors: string[] }>(step: string, response: T, logger: Logger): T {
  if (response.errors.length > 0) {
    for (const message of response.errors) logger.error(message);
    throw new PagefindBuildError(`Pagefind failed to ${step}: ${response.errors.join('; ')}`);
  }
  return response;
}

export default function pagefind(options: { minPages?: number; service?: PagefindService } = {}): AstroIntegration {
  return {
    name: 'reconnect:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Loaded here so `astro dev` never starts the Pagefind binary.
        const service = options.service ?? (await import('pagefind'));
        await indexSite({ dir, logger, service, minPages: options.minPages });
      },
    },
  };
}
