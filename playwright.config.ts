import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, systemChromium } from './tests/support/browser.ts';

const port = Number(process.env.E2E_PORT ?? 4400);
const basePath = (process.env.BASE_PATH ?? '').replace(/^\/*|\/*$/g, '');
const baseURL = `http://127.0.0.1:${port}/${basePath ? `${basePath}/` : ''}`;
// The sub-path run builds into its own folder, so both builds can be tested.
const outDir = process.env.E2E_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      args: [...chromiumFlags],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port} --outDir ${outDir}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
