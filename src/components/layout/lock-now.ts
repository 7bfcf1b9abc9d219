// The header's "Lock now", loaded only where the reader has set a passcode.
// It shows while this tab has the lock open. The names come from the header
// (SiteHeader.astro writes them from workbook/keys.ts).
const names = document.querySelector<HTMLElement>('.site-header')!.dataset;
const item = document.getElementById('lock-now-item')!;
const live = document.getElementById('leave-status')!;

function read(get: () => string | null): string | null {
  try {
    return get();
  } catch {
    return null;
  }
}

function update() {
  item.hidden = read(() => localStorage.getItem(names.lockKey!)) === null || read(() => sessionStorage.getItem(names.lockSession!)) === null;
}

document.getElementById('lock-now')!.addEventListener('click', () => {
  // A page with answers open locks through its store, which first finishes
  // saving what was just typed; elsewhere, forgetting the key is enough.
  if (dispatchEvent(new Event(names.lockNow!, { cancelable: true }))) {
    try {
      sessionStorage.removeItem(names.lockSession!);
    } catch {
      // Storage refused: there is no key to forget either.
    }
  }
  update();
  live.textContent = names.locked!;
  document.getElementById('main')?.focus();
});
addEventListener(names.lockChanged!, update);
addEventListener('storage', update);
update();

// A module, not a script: its names stay its own.
export {};
