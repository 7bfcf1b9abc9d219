// The browser the tests and the bench share. Playwright cannot download its
// own browser on these machines, so Debian's build is used (.ci/run installs
// it). Node runs this file as it is (bench/run.mjs), so it holds only syntax
// Node can strip: type annotations, nothing else.
import { existsSync } from 'node:fs';

const first = (paths: string[]): string | undefined => paths.find((p) => existsSync(p));

/** The full browser: Lighthouse in the bench needs it. */
export const systemChromium: string | undefined = first(['/usr/bin/chromium', '/usr/bin/chromium-browser']);

/**
 * The browser tests run in Chromium's headless shell, the build Playwright
 * itself uses for headless runs. On this two-core machine a test's fresh
 * context, page and search took 2.4 s in the full browser and 1.0 s in the
 * shell, for the same pages and the same Blink.
 */
export const testChromium: string | undefined = first(['/usr/bin/chromium-headless-shell']) ?? systemChromium;

// Background traffic (updates, sync, component downloads) would run in the
// middle of a measure and add requests a page never made.
export const chromiumFlags: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
