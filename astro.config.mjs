// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import pagefind from './integrations/pagefind.ts';
import { SITE_URL, BASE_PATH } from './src/lib/site.ts';
import { securityHeaders } from './integrations/security-headers.ts';
import { lazyChunk } from './integrations/lazy-chunk.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, CSP_STYLE_RESOURCES } from './src/lib/csp.ts';

// Every page with an exercise needs Preact and the workbook engine. Left to
// itself the bundler cuts them into a dozen small files by which islands share
// them; as one file they gzip a fifth smaller. Code loaded on demand (the
// schemas, backups, the check-in history) stays out, so it stays on demand.
/** @param {RegExp} pattern */
const sourceFile = (pattern) => (/** @type {string} */ id) => !id.startsWith('\0') && pattern.test(id);
const CLIENT_CHUNKS = [
  {
    name: 'workbook',
    priority: 2,
    test: sourceFile(
      /node_modules[\\/](preact|nanostores|@nanostores[\\/]persistent)[\\/]|src[\\/]workbook[\\/](store|safe-storage|record|local|keys|limits)\.ts|src[\\/]components[\\/]workbook[\\/](island|ExerciseShell|Confirm|useExercise|useAtom|Scale|CopyLink|focus|print-exercise)\.tsx?/,
    ),
  },
  {
    name: 'worksheet',
    priority: 1,
    test: sourceFile(/src[\\/]workbook[\\/]kinds[\\/]worksheet\.ts|src[\\/]components[\\/]workbook[\\/](WorksheetIsland\.tsx|worksheet[\\/])/),
  },
];

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  output: 'static',
  build: {
    format: 'directory',
    // One cached stylesheet rather than CSS repeated in every page.
    inlineStylesheets: 'never',
  },
  // pagefind last: it indexes the finished HTML at astro:build:done.
  integrations: [mdx(), preact(), securityHeaders(), pagefind()],
  markdown: {
    // Shiki writes inline styles that a strict CSP blocks; the guides need no code blocks.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES] },
      styleDirective: { resources: [...CSP_STYLE_RESOURCES] },
    },
  },
  devToolbar: { enabled: false },
  // `?lazy` imports: on-demand chunks without Vite's preload helper (see the file).
  vite: {
    plugins: [lazyChunk()],
    environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups: CLIENT_CHUNKS } } } } } },
  },
});
