// The search panel's behaviour, shared by the header dialog and the search
// page. The markup comes from SearchPanel.astro (page) or panel.ts (dialog);
// both use the same data-search-* hooks. User text is only set as text.
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind';
import { excerptParts, filtersOf, hasFilters, pickSubResults, preferHomeGuides, resultLabel, searchHref, statusText, type SearchState } from './results';
import { searchWordsIn } from '../../i18n/widgets/search';
import { documentLang } from '../../i18n/languages';

const w = searchWordsIn(documentLang());
import { paths, withBase } from '../../lib/urls';
import { BROWSE_SORT } from '../../lib/browse-order';

export interface MountOptions {
  /** Level of each result's heading: below the panel's own heading. */
  headingLevel: 2 | 3;
  /** Results shown at once; "Show more" adds as many again. */
  pageSize: number;
  /** Keep the address bar in step, so a search can be linked (search page only). */
  syncUrl: boolean;
  /** Called when a result link is followed (the dialog closes itself). */
  onFollow?: () => void;
}

export interface SearchPanel {
  setState(state: Partial<SearchState>): void;
  run(): void;
}

const DEBOUNCE_MS = 250;

function need<T extends Element>(root: ParentNode, hook: string): T {
  const el = root.querySelector<T>(`[data-search-${hook}]`);
  if (!el) throw new Error(`search panel lacks [data-search-${hook}]`);
  return el;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerpt(html: string, className: string): HTMLParagraphElement {
  const p = el('p', className);
  for (const part of excerptParts(html)) p.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  return p;
}

function renderResult(data: PagefindResultData, headingLevel: 2 | 3): HTMLLIElement {
  const item = el('li', 'search-result');
  item.append(el('p', 'search-result-kind', resultLabel(data, w)));
  const heading = el(`h${headingLevel}`, 'search-result-title');
  const link = el('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta.guide) item.append(el('p', 'search-result-from', w.fromGuide(data.meta.guide)));
  item.append(excerpt(data.excerpt, 'search-result-excerpt'));
  const subs = pickSubResults(data);
  if (subs.length) {
    const list = el('ul', 'search-sub-results');
    list.setAttribute('aria-label', w.sectionsOf(data.meta.title ?? w.thisPage));
    for (const sub of subs) {
      const li = el('li');
      const a = el('a', undefined, sub.title);
      a.href = sub.url;
      li.append(a, excerpt(sub.excerpt, 'search-sub-excerpt'));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

export function mountSearch(root: HTMLElement, options: MountOptions): SearchPanel {
  const form = need<HTMLFormElement>(root, 'form');
  const input = need<HTMLInputElement>(root, 'input');
  const topic = need<HTMLSelectElement>(root, 'topic');
  const type = need<HTMLSelectElement>(root, 'type');
  const status = need<HTMLElement>(root, 'status');
  const list = need<HTMLOListElement>(root, 'results');
  const more = need<HTMLButtonElement>(root, 'more');
  const empty = need<HTMLElement>(root, 'empty');
  const pageLink = root.querySelector<HTMLAnchorElement>('[data-search-page-link]');

  let shown: PagefindResult[] = [];
  let all: PagefindResult[] = [];
  let generation = 0;

  const state = (): SearchState => ({ q: input.value.trim(), topic: topic.value, type: type.value });

  function setStatus(text: string) {
    if (status.textContent !== text) status.textContent = text;
  }

  function syncLinks(s: SearchState) {
    const href = searchHref(withBase(paths.search), s);
    if (pageLink) pageLink.href = href;
    if (options.syncUrl && `${location.pathname}${location.search}` !== href) history.replaceState(history.state, '', href);
  }

  async function showMore(focusFirst: boolean) {
    const token = generation;
    const next = all.slice(shown.length, shown.length + options.pageSize);
    let ranked = await Promise.all(next.map(async (r) => ({ score: r.score, data: await r.data() })));
    if (token !== generation) return;
    if (shown.length === 0) ranked = preferHomeGuides(ranked);
    const items = ranked.map((r) => renderResult(r.data, options.headingLevel));
    list.append(...items);
    shown = shown.concat(next);
    more.hidden = shown.length >= all.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  async function search(immediate: boolean) {
    const token = ++generation;
    const s = state();
    syncLinks(s);
    if (!s.q && !hasFilters(s)) {
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      all = shown = [];
      setStatus('');
      return;
    }
    let pagefind;
    try {
      if (!all.length) setStatus(w.searching);
      pagefind = await loadPagefind();
    } catch {
      if (token === generation) setStatus(w.failed);
      return;
    }
    const filters = filtersOf(s);
    const term = s.q || null;
    // Words typed: the best match first. A topic or type alone: guides in course order, then exercises.
    const options = term ? { filters } : { filters, sort: { [BROWSE_SORT]: 'asc' as const } };
    const response = immediate ? await pagefind.search(term, options) : await pagefind.debouncedSearch(term, options, DEBOUNCE_MS);
    if (!response || token !== generation) return;
    all = response.results;
    shown = [];
    list.replaceChildren();
    empty.hidden = all.length > 0;
    await showMore(false);
    if (token !== generation) return;
    setStatus(statusText(all.length, s, w));
  }

  input.addEventListener('input', () => void search(false));
  topic.addEventListener('change', () => void search(true));
  type.addEventListener('change', () => void search(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(true);
  });
  more.addEventListener('click', () => void showMore(true));

  // Arrow keys step between the input and the result links, as in most search boxes.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    if (target !== input && !list.contains(target)) return;
    const links = [...list.querySelectorAll('a')];
    if (!links.length) return;
    const at = links.indexOf(target as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    event.preventDefault();
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  });

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    // A topic suggestion in the no-results note: show that topic right here.
    const suggested = link.dataset.searchTopic;
    if (suggested !== undefined && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      input.value = '';
      topic.value = suggested;
      void search(true).then(() => list.querySelector('a')?.focus());
      return;
    }
    options.onFollow?.();
  });

  return {
    setState(next) {
      if (next.q !== undefined) input.value = next.q;
      if (next.topic !== undefined) topic.value = next.topic;
      if (next.type !== undefined) type.value = next.type;
    },
    run: () => void search(true),
  };
}
