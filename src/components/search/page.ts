// The search page's panel, loaded by the small script in search.astro at once
// when the address holds a search, otherwise when the reader first uses the
// form, so none of it (nor Pagefind) competes with the first paint.
import { readState } from './results';
import { mountSearch } from './ui';

export function mountSearchPage(root: HTMLElement): void {
  const panel = mountSearch(root, { headingLevel: 2, pageSize: 10, syncUrl: true });
  const state = readState(location.search);
  if (state.q || state.topic || state.type) panel.setState(state);
  // Also runs what was typed or chosen while this code was on its way.
  panel.run();
}
