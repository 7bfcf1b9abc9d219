// The build must refuse broken content with a message a writer can act on.
// Each case copies the project to a temporary folder, breaks one thing and
// runs Astro there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = resolve(__dirname, '../..');
const GUIDE = 'src/content/guides/loneliness-and-cravings.mdx';
let dir: string;

function astro(command: 'sync' | 'build', env: Record<string, string> = {}) {
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), [command, ...(command === 'build' ? ['--outDir', join(dir, 'out')] : [])], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function editGuide(edit: (text: string) => string) {
  const original = readFileSync(join(root, GUIDE), 'utf8');
  writeFileSync(join(dir, GUIDE), edit(original));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reconnect-build-'));
  for (const item of ['src', 'public', 'integrations', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the build rejects broken content', () => {
  it('names the file and the field of wrong front matter', () => {
    editGuide((t) => t.replace(/^order: .*$/m, 'order: first'));
    const { code, output } = astro('sync');
    expect(code).not.toBe(0);
    expect(output).toContain('loneliness-and-cravings');
    expect(output).toMatch(/order/);
  }, 60_000);

  it('names the file and the unknown related guide', () => {
    editGuide((t) => t.replace(/^related: .*$/m, 'related: [no-such-guide]'));
    const { code, output } = astro('build');
    expect(code).not.toBe(0);
    expect(output).toContain('src/content/guides/loneliness-and-cravings.mdx: "related" names an unknown guide "no-such-guide"');
  }, 120_000);

  it('names an exercise placed in a guide that does not exist', () => {
    editGuide((t) => `${t}\n\n<Exercise id="no-such-exercise" />\n`);
    const { code, output } = astro('build');
    expect(code).not.toBe(0);
    expect(output).toContain('<Exercise id="no-such-exercise"> names an unknown exercise');
  }, 120_000);
});

describe('settings the build cannot take by accident', () => {
  it('copied and printed exercise links come from SITE_URL, even with an unrelated SITE in the environment', () => {
    editGuide((t) => t);
    const { code, output } = astro('build', { SITE: '/tmp/some-folder', SITE_URL: 'https://reconnect.example.org' });
    expect(code, output).toBe(0);
    const page = readFileSync(join(dir, 'out', 'exercises', 'recovery-ally', 'index.html'), 'utf8');
    const printed = readFileSync(join(dir, 'out', 'exercises', 'recovery-ally', 'print', 'index.html'), 'utf8');
    for (const html of [page, printed]) {
      expect(html).toContain('https://reconnect.example.org/exercises/recovery-ally/');
      expect(html).not.toContain('/tmp/some-folder');
    }
  }, 120_000);
});
