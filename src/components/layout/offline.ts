// Registers the offline worker (integrations/offline.ts) and offers a newer
// version when one is deployed. A new worker waits until the reader chooses
// "Reload": nothing reloads on its own, so no one loses what they are typing.
import { Workbox } from 'workbox-window';

// BASE_URL itself, not withBase(): sharing urls.ts with the header's script
// would split it into a chunk of its own, one more request on every page.
// Each language has its own worker, holding that edition (integrations/offline.ts).
const edition = document.documentElement.lang === 'es' ? 'es/' : '';
const wb = new Workbox(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${edition}sw.js`);

function showNotice() {
  if (document.getElementById('update-notice')) return;
  // The words are the page's own, in its language (SiteHeader.astro).
  const words = document.querySelector<HTMLElement>('.site-header')!.dataset;
  const notice = document.createElement('div');
  notice.id = 'update-notice';
  notice.className = 'update-notice no-print';
  notice.setAttribute('role', 'status');
  const text = document.createElement('p');
  const reload = button(words.updateReload!, 'button', () => {
    reload.disabled = true;
    // The page reloads once the new worker has taken over (below).
    wb.addEventListener('controlling', () => location.reload());
    wb.messageSkipWaiting();
  });
  const later = button(words.updateLater!, 'button secondary', () => notice.remove());
  notice.append(text, reload, later);
  document.body.append(notice);
  // Written once the region is in the page, so screen readers announce it.
  requestAnimationFrame(() => (text.textContent = words.updateReady!));
}

function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

// Also when the new version was already waiting, or another tab found it.
wb.addEventListener('waiting', showNotice);
// No worker (an old browser, private browsing in some, storage full, blocked
// by policy): the site works as before, online only.
if ('serviceWorker' in navigator) wb.register().catch(() => undefined);
