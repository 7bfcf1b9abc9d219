// The build must refuse broken content with a message a writer can act on.
// Each case copies the project to a temporary folder of its own, breaks one
// thing and runs Astro there. The cases run at once: each is mostly a build
// waiting on its own process.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFile } from 'node:child_process';

const root = resolve(__dirname, '../..');
const GUIDE = 'src/content/guides/loneliness-and-cravings.mdx';
const copies: string[] = [];

/** A copy of the project with the guide edited, to build in. */
function projectWith(edit: (guide: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'reconnect-build-'));
  copies.push(dir);
  for (const item of ['src', 'public', 'integrations', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  // The packages are shared, but not the caches beside them (Astro keeps its
  // content store in node_modules/.astro): copies building at once would read
  // each other's content.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  writeFileSync(join(dir, GUIDE), edit(readFileSync(join(root, GUIDE), 'utf8')));
  return dir;
}

function astro(dir: string, command: 'sync' | 'build', env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  const args = [command, ...(command === 'build' ? ['--outDir', join(dir, 'out')] : [])];
  return new Promise((done) => {
    execFile(
      join(root, 'node_modules/.bin/astro'),
      args,
      { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}\n${stderr}` }),
    );
  });
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('the build rejects broken content', () => {
  it('names the file and the field of wrong front matter', async () => {
    const dir = projectWith((t) => t.replace(/^order: .*$/m, 'order: first'));
    const { code, output } = await astro(dir, 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('loneliness-and-cravings');
    expect(output).toMatch(/order/);
  }, 120_000);

  it('names the file and the unknown related guide', async () => {
    const dir = projectWith((t) => t.replace(/^related: .*$/m, 'related: [no-such-guide]'));
    const { code, output } = await astro(dir, 'build');
    expect(code).not.toBe(0);
    expect(output).toContain('src/content/guides/loneliness-and-cravings.mdx: "related" names an unknown guide "no-such-guide"');
  }, 120_000);

  it('names an exercise placed in a guide that does not exist', async () => {
    const dir = projectWith((t) => `${t}\n\n<Exercise id="no-such-exercise" />\n`);
    const { code, output } = await astro(dir, 'build');
    expect(code).not.toBe(0);
    expect(output).toContain('<Exercise id="no-such-exercise"> names an unknown exercise');
  }, 120_000);

  it('names the missing review date and sources of a guide', async () => {
    const dir = projectWith((t) => t.replace(/^reviewed: .*\n/m, '').replace(/^sources:\n(?: .*\n)+/m, ''));
    const { code, output } = await astro(dir, 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('loneliness-and-cravings');
    expect(output).toMatch(/reviewed/);
    expect(output).toMatch(/sources/);
  }, 120_000);
});

describe.concurrent('settings the build takes from the environment', () => {
  it('refuses a contact address that is not an email address', async () => {
    const dir = projectWith((t) => t);
    const { code, output } = await astro(dir, 'sync', { CONTACT_EMAIL: 'not an address' });
    expect(code).not.toBe(0);
    expect(output).toContain('CONTACT_EMAIL must be an email address');
  }, 120_000);

  it('copied and printed exercise links come from SITE_URL, even with an unrelated SITE in the environment; the About page shows CONTACT_EMAIL', async () => {
    const dir = projectWith((t) => t);
    const { code, output } = await astro(dir, 'build', { SITE: '/tmp/some-folder', SITE_URL: 'https://reconnect.example.org', CONTACT_EMAIL: 'guides@example.org' });
    expect(code, output).toBe(0);
    const page = readFileSync(join(dir, 'out', 'exercises', 'recovery-ally', 'index.html'), 'utf8');
    const printed = readFileSync(join(dir, 'out', 'exercises', 'recovery-ally', 'print', 'index.html'), 'utf8');
    for (const html of [page, printed]) {
      expect(html).toContain('https://reconnect.example.org/exercises/recovery-ally/');
      expect(html).not.toContain('/tmp/some-folder');
    }
    const about = readFileSync(join(dir, 'out', 'about', 'index.html'), 'utf8');
    expect(about).toContain('<a href="mailto:guides@example.org">guides@example.org</a>');
  }, 120_000);
});
