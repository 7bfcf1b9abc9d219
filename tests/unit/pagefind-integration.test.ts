// The Pagefind build step must stop the build, with a message, whenever the
// index would be missing or empty, and must always stop Pagefind's process.
import { describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pagefind, { PagefindBuildError, UNUSED_UI_FILES, indexSite, indexedPages, type PagefindService } from '../../integrations/pagefind';

const dir = new URL('file:///tmp/site/dist/');

function entryFile(pageCount: number) {
  const json = JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: pageCount } } });
  return { path: 'pagefind-entry.json', content: new TextEncoder().encode(json) };
}

interface FakeOptions {
  createErrors?: string[];
  noIndex?: boolean;
  addErrors?: string[];
  writeErrors?: string[];
  indexed?: number;
  throwOnAdd?: Error;
  files?: { path: string; content: Uint8Array }[];
}

function fake(options: FakeOptions = {}) {
  const index = {
    addDirectory: vi.fn(async () => {
      if (options.throwOnAdd) throw options.throwOnAdd;
      return { errors: options.addErrors ?? [], page_count: 40 };
    }),
    getFiles: vi.fn(async () => ({ errors: [], files: options.files ?? [entryFile(options.indexed ?? 33)] })),
    writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => ({ errors: options.writeErrors ?? [], outputPath })),
  };
  const service = {
    createIndex: vi.fn(async () => ({ errors: options.createErrors ?? [], index: options.noIndex ? undefined : index })),
    close: vi.fn(async () => null),
  };
  const logger = { info: vi.fn(), error: vi.fn() };
  return { service: service as unknown as PagefindService, close: service.close, index, logger };
}

describe('indexSite', () => {
  it('indexes the built site and writes the bundle into <outDir>/pagefind/', async () => {
    const f = fake({ indexed: 33 });
    await expect(indexSite({ dir, logger: f.logger, service: f.service })).resolves.toBe(33);
    expect(f.index.addDirectory).toHaveBeenCalledWith({ path: '/tmp/site/dist/' });
    expect(f.index.writeFiles).toHaveBeenCalledWith({ outputPath: '/tmp/site/dist/pagefind/' });
    expect(f.logger.info).toHaveBeenCalledWith(expect.stringMatching(/^Indexed 33 of 40 pages/));
    expect(f.close).toHaveBeenCalledOnce();
  });

  it('stops the build and logs each error Pagefind reports', async () => {
    const f = fake({ addErrors: ['could not read guides/x/index.html', 'bad UTF-8'] });
    await expect(indexSite({ dir, logger: f.logger, service: f.service })).rejects.toThrow(
      'Pagefind failed to read the built pages: could not read guides/x/index.html; bad UTF-8',
    );
    expect(f.logger.error).toHaveBeenCalledTimes(2);
    expect(f.index.writeFiles).not.toHaveBeenCalled();
    expect(f.close).toHaveBeenCalledOnce();
  });

  it('stops the build when the index cannot be created', async () => {
    const f = fake({ createErrors: ['binary not found for linux-arm64'] });
    await expect(indexSite({ dir, logger: f.logger, service: f.service })).rejects.toThrow(/create the index: binary not found/);
    expect(f.close).toHaveBeenCalledOnce();
  });

  it('stops the build when Pagefind returns no index and no error', async () => {
    const f = fake({ noIndex: true });
    await expect(indexSite({ dir, logger: f.logger, service: f.service })).rejects.toThrow('Pagefind did not return an index.');
  });

  it('stops the build when writing the files fails', async () => {
    const f = fake({ writeErrors: ['permission denied'] });
    await expect(indexSite({ dir, logger: f.logger, service: f.service })).rejects.toThrow(/write the index: permission denied/);
    expect(f.close).toHaveBeenCalledOnce();
  });

  it('refuses an index with no searchable page (data-pagefind-body lost)', async () => {
    const f = fake({ indexed: 0 });
    const run = indexSite({ dir, logger: f.logger, service: f.service });
    await expect(run).rejects.toBeInstanceOf(PagefindBuildError);
    await expect(run).rejects.toThrow(/indexed 0 of 40 page\(s\).*data-pagefind-body/);
    expect(f.index.writeFiles).not.toHaveBeenCalled();
  });

  it('honours a higher minimum of searchable pages', async () => {
    const f = fake({ indexed: 3 });
    await expect(indexSite({ dir, logger: f.logger, service: f.service, minPages: 4 })).rejects.toThrow(/expected at least 4/);
  });

  it('wraps a crash of the Pagefind process and still closes it', async () => {
    const f = fake({ throwOnAdd: new Error('service exited with code 1') });
    const run = indexSite({ dir, logger: f.logger, service: f.service });
    await expect(run).rejects.toBeInstanceOf(PagefindBuildError);
    await expect(run).rejects.toThrow('Pagefind could not run: service exited with code 1');
    expect(f.close).toHaveBeenCalledOnce();
  });

  it('reports the real failure even if closing Pagefind fails too', async () => {
    const f = fake({ addErrors: ['broken'] });
    f.close.mockRejectedValueOnce(new Error('already closed'));
    await expect(indexSite({ dir, logger: f.logger, service: f.service })).rejects.toThrow(/read the built pages: broken/);
  });

  it('refuses a bundle without an entry file', async () => {
    const f = fake({ files: [] });
    await expect(indexSite({ dir, logger: f.logger, service: f.service })).rejects.toThrow('Pagefind wrote no pagefind-entry.json.');
  });
});

describe('the written bundle', () => {
  it('keeps pagefind.js and drops the ready-made UIs nobody loads', async () => {
    const out = mkdtempSync(join(tmpdir(), 'reconnect-pagefind-'));
    try {
      const bundle = join(out, 'pagefind');
      mkdirSync(bundle);
      for (const name of ['pagefind.js', 'pagefind-worker.js', ...UNUSED_UI_FILES]) writeFileSync(join(bundle, name), '');
      const f = fake({ indexed: 3 });
      await indexSite({ dir: pathToFileURL(`${out}/`), logger: f.logger, service: f.service });
      expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
      expect(existsSync(join(bundle, 'pagefind-worker.js'))).toBe(true);
      for (const name of UNUSED_UI_FILES) expect(existsSync(join(bundle, name)), name).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('indexedPages', () => {
  it('adds up the pages of every language', () => {
    const json = JSON.stringify({ languages: { en: { page_count: 30 }, fr: { page_count: 2 } } });
    expect(indexedPages([{ path: 'pagefind\\pagefind-entry.json', content: new TextEncoder().encode(json) }])).toBe(32);
  });
});

describe('the Astro integration', () => {
  it('runs at astro:build:done with the given service', async () => {
    const f = fake({ indexed: 5 });
    const integration = pagefind({ service: f.service });
    const hook = integration.hooks['astro:build:done'] as unknown as (p: { dir: URL; logger: typeof f.logger }) => Promise<void>;
    await hook({ dir, logger: f.logger });
    expect(f.index.writeFiles).toHaveBeenCalledOnce();
  });

  it('fails the build when the service fails', async () => {
    const f = fake({ writeErrors: ['disk full'] });
    const hook = pagefind({ service: f.service }).hooks['astro:build:done'] as unknown as (p: { dir: URL; logger: typeof f.logger }) => Promise<void>;
    await expect(hook({ dir, logger: f.logger })).rejects.toThrow(/disk full/);
  });
});
