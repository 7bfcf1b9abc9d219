// The search page's start, in either language (src/components/pages/*/Search.astro).
// Nothing here may hold up the first paint: the form is already in the
// HTML, and the code that searches (and Pagefind behind it) loads at once
// only when the address holds a search, otherwise when the reader first
// uses the form. Until then the form still works: submitting it reloads
// this page with the search in its address.
const root = document.querySelector<HTMLElement>('[data-search]');
if (root) {
  const WAKE = ['keydown', 'pointerdown', 'focusin', 'input', 'change'] as const;
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    import('./page')
      .then((m) => {
        for (const type of WAKE) root.removeEventListener(type, load, true);
        m.mountSearchPage(root);
      })
      // Offline for a moment: the next keypress tries again.
      .catch(() => (loading = false));
  };
  const params = new URLSearchParams(location.search);
  if (['q', 'topic', 'type'].some((key) => params.get(key)?.trim())) load();
  else {
    root.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
    // After that first focus, so only the reader's own moves wake it.
    for (const type of WAKE) root.addEventListener(type, load, true);
  }
}

export {};
