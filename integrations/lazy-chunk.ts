// `import load from './x?lazy'` gives a function that loads module x on demand,
// built as a chunk of its own, like `() => import('./x')`, but without Vite's
// preload helper. Vite wraps every import() in that helper (about 0.9 KB gzip)
// so that a chunk's imports are fetched alongside it rather than after it.
// That is worth having, so `load` does it too, more cheaply: the build writes
// the URLs of every chunk x imports, directly or not, into `load`, which asks
// for them all at once. The browser fetches each module once, however many
// times it is imported.
//
// When x shares a chunk with other modules (see CLIENT_CHUNKS in
// astro.config.mjs), the bundler gives it a chunk of one line that passes on
// the shared chunk's export. `load` then imports the shared chunk itself, and
// that one-line file, a request of its own on every page, is left out.
import { posix } from 'node:path';
import type { Plugin } from 'vite';
import { escapeRegExp } from '../src/lib/regexp.ts';

const SUFFIX = '?lazy';
const PREFIX = '\0lazy:';
// Filled in once the chunks have their final names (generateBundle).
const depsMarker = (ref: string) => `__LAZY_DEPS_${ref}__`;
const MARKER = /([`'"])__LAZY_DEPS_([\w$]+)__\1/g;
const FACADE = /^export\s*\{\s*([\w$]+) as default\s*\}\s*from\s*(["'`])\.\/([^"'`]+)\2;?\s*$/;

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
      const facades = new Set<string>();
      for (const chunk of Object.values(chunks)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes('__LAZY_DEPS_')) continue;
        const loaded: string[] = [];
        chunk.code = chunk.code.replace(MARKER, (_, _quote, ref: string) => {
          const file = this.getFileName(ref);
          loaded.push(file);
          return JSON.stringify([...importsOf(file)].map((dep) => base + dep));
        });
        for (const file of loaded) {
          const facade = FACADE.exec(chunks[file]?.code ?? '');
          if (!facade) continue;
          const [, name, , target] = facade;
          const load = new RegExp(`import\\((["'\`])${escapeRegExp(base + file)}\\1\\)`, 'g');
          chunk.code = chunk.code.replace(load, (_all, quote: string) => {
            facades.add(file);
            return `import(${quote}${base + posix.join(posix.dirname(file), target!)}${quote}).then((m)=>({default:m.${name}}))`;
          });
        }
      }
      // Only once nothing names it any more.
      for (const file of facades) {
        const name = posix.basename(file);
        if (!Object.values(chunks).some((chunk) => chunk.type === 'chunk' && chunk.code.includes(name))) delete bundle[file];
      }
    },
  };
}
