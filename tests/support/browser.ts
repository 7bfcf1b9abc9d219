// The browser the tests and the bench share. Playwright cannot download its
// own browser on these machines, so the system Chromium is used when there is
// one (.ci/run installs it). Node runs this file as it is (bench/run.mjs), so
// it holds only syntax Node can strip: type annotations, nothing else.
import { existsSync } from 'node:fs';

export const systemChromium: string | undefined = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

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
