// Helpers shared by the browser tests: the built pages, and a watch on what a
// page asks the network for and what its security policy blocks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

export const DIST = join(process.cwd(), 'dist');

/** Every page of the built site as a relative URL ("", "guides/", …). */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (name === 'pagefind' || name === '_astro') continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') out.push(relative(DIST, dir).split('\\').join('/') + (dir === DIST ? '' : '/'));
    }
  };
  walk(DIST);
  return out.sort();
}

/** The headers dist/_headers gives the paths under `block` ("/*" for every page, "/sw.js" for the worker). */
export function builtHeaders(block = '/*'): Record<string, string> {
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (m && inBlock) headers[m[1]!.toLowerCase()] = m[2]!;
    else if (!m && line.trim()) inBlock = line.trim() === block;
  }
  return headers;
}

export interface Watch {
  offOrigin: string[];
  violations: string[];
  errors: string[];
}

/** Records requests to other origins, CSP violations and script errors. */
export async function watch(page: Page, origin: string): Promise<Watch> {
  const w: Watch = { offOrigin: [], violations: [], errors: [] };
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) w.offOrigin.push(url);
  });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
  });
  await page.exposeFunction('__cspViolation', (v: string) => w.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return w;
}
