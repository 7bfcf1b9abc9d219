// `import load from './x?lazy'` gives a function that loads module x on demand,
// built as a chunk of its own, like `() => import('./x')`, but without Vite's
// preload helper. Vite wraps every import() in that helper (about 0.9 KB gzip)
// so that a chunk's imports are fetched alongside it rather than after it.
// That is worth having, so `load` does it too, more cheaply: the build writes
// the URLs of every chunk x imports, directly or not, into `load`, which asks
// for them all at once. The browser fetches each module once, however many
// times it is imported.
import type { Plugin } from 'vite';

const SUFFIX = '?lazy';
const PREFIX = '\0lazy:';
// Filled in once the chunks have their final names (generateBundle).
const depsMarker = (ref: string) => `__LAZY_DEPS_${ref}__`;
const MARKER = /([`'"])__LAZY_DEPS_([\w$]+)__\1/g;

interface Chunk {
  type: 'chunk';
  imports: string[];
  code: string;
}

export function lazyChunk(): Plugin {
  let building = false;
  let base = '/';
  return {
    name: 'reconnect:lazy-chunk',
    // Before Vite's resolver, which would drop the query and load x itself.
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
      base = config.base;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const target = await this.resolve(source.slice(0, -SUFFIX.length), importer);
      return target && PREFIX + target.id;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      if (!building) return `export default () => import(${JSON.stringify(file)});`;
      // An emitted chunk is named by the bundler, and its URL (with the base
      // path) is filled in at the end; an import() of a non-literal is not wrapped.
      const ref = this.emitFile({ type: 'chunk', id: file });
      return [
        `const deps = ${JSON.stringify(depsMarker(ref))};`,
        'export default () => {',
        // Only to start the downloads: a failure shows in the import of x.
        '  for (const dep of deps) import(/* @vite-ignore */ dep).catch(() => {});',
        `  return import(/* @vite-ignore */ import.meta.ROLLUP_FILE_URL_${ref});`,
        '};',
      ].join('\n');
    },
    generateBundle(_options, bundle) {
      const chunks = bundle as unknown as Record<string, Chunk>;
      const importsOf = (fileName: string, seen = new Set<string>()) => {
        for (const dep of chunks[fileName]?.imports ?? []) {
          if (seen.has(dep)) continue;
          seen.add(dep);
          importsOf(dep, seen);
        }
        return seen;
      };
      for (const chunk of Object.values(chunks)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes('__LAZY_DEPS_')) continue;
        chunk.code = chunk.code.replace(MARKER, (_, _quote, ref: string) =>
          JSON.stringify([...importsOf(this.getFileName(ref))].map((dep) => base + dep)),
        );
      }
    },
  };
}
