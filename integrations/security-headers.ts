// Writes dist/_headers for static hosts that read it (Netlify, Cloudflare
// Pages and others). Its Content-Security-Policy is the union of the policies
// Astro put in each page's <meta>, so the header never blocks a script the page
// allows, plus frame-ancestors, which browsers ignore in a <meta> policy.
import type { AstroIntegration } from 'astro';
import { basePath } from './base.ts';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerPath } from './offline.ts';
import { LANGS } from '../src/i18n/languages.ts';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

export const EXTRA_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Merges CSP strings directive by directive, keeping each source once, in first-seen order. */
export function mergePolicies(policies: string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * `base` is the site's base path ('/' or '/reconnect/'). The offline worker
 * is fetched afresh each time a browser checks it for updates, so that a new
 * deployment reaches readers on their next visit, not when a cache expires.
 */
export function headersFile(policy: string, base = '/'): string {
  const lines = [`  Content-Security-Policy: ${mergePolicies([policy, "frame-ancestors 'none'"])}`];
  for (const [name, value] of Object.entries(EXTRA_HEADERS)) lines.push(`  ${name}: ${value}`);
  const workers = LANGS.map((lang) => `${base}${workerPath(lang)}\n  Cache-Control: no-cache\n`).join('\n');
  return `/*\n${lines.join('\n')}\n\n${workers}`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(p)));
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out;
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'reconnect:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePath(config);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(root)) {
          const match = META_CSP.exec(await readFile(file, 'utf8'));
          if (!match) throw new Error(`${file} has no Content-Security-Policy <meta>; every page must carry one`);
          policies.push(match[1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
        }
        await writeFile(join(root, '_headers'), headersFile(mergePolicies(policies), base));
        logger.info(`wrote _headers from the policies of ${policies.length} pages`);
      },
    },
  };
}
