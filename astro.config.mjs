// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import pagefind from './integrations/pagefind.ts';
import offline from './integrations/offline.ts';
import { SITE_URL, BASE_PATH } from './src/lib/site.ts';
import { securityHeaders } from './integrations/security-headers.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, CSP_STYLE_RESOURCES } from './src/lib/csp.ts';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  // English at the root, Spanish under /es/ (src/i18n/languages.ts).
  i18n: {
    locales: ['en', 'es'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  output: 'static',
  build: {
    format: 'directory',
    // One cached stylesheet rather than CSS repeated in every page.
    inlineStylesheets: 'never',
  },
  // pagefind indexes the finished HTML at astro:build:done; offline comes
  // after it, so the worker precaches the index too.
  integrations: [mdx(), preact(), securityHeaders(), pagefind(), offline()],
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
});
