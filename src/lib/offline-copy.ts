// The copy of the site the offline worker keeps (integrations/offline.ts), for
// "Delete everything": it holds only our pages and code, never an answer, but
// someone clearing a shared device expects nothing of ours to stay behind.

/** Removes every cache of this site and unregisters its worker; true if there was anything to remove. */
export async function removeOfflineCopy(): Promise<boolean> {
  let removed = false;
  try {
    if ('caches' in self) {
      // Every cache on this origin is the worker's: the pages never open one.
      for (const name of await caches.keys()) removed = (await caches.delete(name)) || removed;
    }
    if ('serviceWorker' in navigator) {
      for (const registration of await navigator.serviceWorker.getRegistrations()) removed = (await registration.unregister()) || removed;
    }
  } catch {
    // Storage refused (some private modes): there was no copy either.
  }
  return removed;
}
