// `import load from './x?lazy'` gives a function that loads module x on demand,
// built as a chunk of its own, like `() => import('./x')`, but without Vite's
// preload helper. Vite wraps every import() in that helper (about 0.9 KB gzip,
// a file of its own) to fetch a chunk's dependencies in parallel. For the
// header script, which runs on every page, the helper was bigger than the
// script, and it was the only script file on pages without exercises. The
// price: the dependencies of x load one step later, when x is first needed.
// Use it only for code on every page; islands keep Vite's own import().
import type { Plugin } from 'vite';

const SUFFIX = '?lazy';
const PREFIX = '\0lazy:';

export function lazyChunk(): Plugin {
  let building = false;
  return {
    name: 'reconnect:lazy-chunk',
    // Before Vite's resolver, which would drop the query and load x itself.
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
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
      return `export default () => import(/* @vite-ignore */ import.meta.ROLLUP_FILE_URL_${ref});`;
    },
  };
}
