// Runs on every page, so it stays tiny (every byte here is on every page):
// the offline worker and its update notice (offline.ts, with workbox-window)
// load once the page has loaded, never ahead of what the reader came for.

// An install banner the reader did not ask for could tell anyone glancing at
// a shared phone what this site is. The browser's own menu still installs it,
// as the Privacy page explains.
addEventListener('beforeinstallprompt', (event) => event.preventDefault());

addEventListener('load', () => import('./offline'));

export {};
