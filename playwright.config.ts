import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, testChromium } from './tests/support/browser.ts';

const port = Number(process.env.E2E_PORT ?? 4400);
// The site is tested twice over: as built for the root of a host (dist/), and
// as built for a sub-path (dist-base/, `npm run build:base`), where the core
// journeys run again. One run, two servers, so both share the workers.
const SUB_PATH = 'reconnect';
const servers = [
  { outDir: 'dist', port, basePath: '', baseURL: `http://127.0.0.1:${port}/` },
  { outDir: 'dist-base', port: port + 1, basePath: `/${SUB_PATH}`, baseURL: `http://127.0.0.1:${port + 1}/${SUB_PATH}/` },
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    // The offline worker would copy the whole site into every test's fresh
    // browser: blocked, except where it is tested (offline.spec.ts) or must be
    // active (quality.spec.ts walks every page through it).
    serviceWorkers: 'block',
    // Recording a trace for every test took a fifth of the run's time; a
    // failure in CI is retried once, with a trace.
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: testChromium,
      // --max-lazy: V8 compiles a function when it first runs, not ahead. The
      // site-wide walk puts axe's 550 KB into every page and runs a part of
      // it; this took the walk from 1m31 to 1m22 here. Tests only: the bench
      // measures the browser as readers have it.
      args: [...chromiumFlags, '--js-flags=--max-lazy'],
    },
  },
  // The sub-path project first: its few tests are long (the link crawl, the
  // offline journey), and started first they do not leave one worker idle at the end.
  projects: [
    {
      name: 'sub-path',
      testMatch: /(foundation|links|workbook|leave|offline)\.spec\.ts$/,
      // What an address cannot change (tagged so in the spec) runs once, in 'site'.
      grepInvert: /@any-base/,
      use: { ...devices['Desktop Chrome'], baseURL: servers[1]!.baseURL },
    },
    { name: 'site', use: { ...devices['Desktop Chrome'], baseURL: servers[0]!.baseURL } },
  ],
  // --ignore-lock: astro preview otherwise refuses a second server for the
  // same project, even on another port.
  webServer: servers.map((s) => ({
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${s.port} --outDir ${s.outDir}`,
    url: s.baseURL,
    // The preview server reads the base path from the site's config.
    env: { BASE_PATH: s.basePath },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  })),
});
