// Builds the search panel for the header dialog: the same structure and
// data-search-* hooks as SearchPanel.astro, made in the browser so pages
// carry none of it until search is opened.
import { paths, withBase } from '../../lib/urls';
import { localePath, type Lang } from '../../i18n/languages';
import type { SearchWords } from '../../i18n/widgets/en/search';
import { typeOptions, searchHref } from './results';

type Attrs = Record<string, string | boolean>;

function h(tag: string, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) node.setAttribute(name, '');
    else if (value !== false) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** `labels` are the topics' names in the page's language, the values its search index is filtered by. */
export function buildPanel(idPrefix: string, lang: Lang, w: SearchWords, labels: string[]): HTMLElement {
  const href = (path: string) => withBase(localePath(lang, path));
  const searchPath = href(paths.search);
  const field = (name: string, label: string, control: HTMLElement) => h('div', {}, h('label', { for: `${idPrefix}-${name}` }, label), control);

  return h(
    'div',
    { class: 'search-panel', 'data-search': true },
    h(
      'form',
      { class: 'search-form', role: 'search', action: searchPath, method: 'get', 'data-search-form': true },
      h('label', { for: `${idPrefix}-q` }, w.label),
      h(
        'div',
        { class: 'search-box' },
        h('input', { type: 'search', id: `${idPrefix}-q`, name: 'q', autocomplete: 'off', spellcheck: 'false', enterkeyhint: 'search', 'data-search-input': true }),
      ),
      h(
        'div',
        { class: 'search-filters' },
        field(
          'topic',
          w.topic,
          h(
            'select',
            { id: `${idPrefix}-topic`, name: 'topic', 'data-search-topic': true },
            h('option', { value: '' }, w.allTopics),
            ...labels.map((l) => h('option', { value: l }, l)),
          ),
        ),
        field(
          'type',
          w.show,
          h('select', { id: `${idPrefix}-type`, name: 'type', 'data-search-type': true }, ...typeOptions(w).map((o) => h('option', { value: o.value }, o.label))),
        ),
      ),
    ),
    h('p', { class: 'search-status', role: 'status', 'data-search-status': true }),
    h('ol', { class: 'search-results', 'aria-label': w.results, 'data-search-results': true }),
    h('button', { type: 'button', class: 'button secondary search-more', hidden: true, 'data-search-more': true }, w.more),
    h(
      'div',
      { class: 'search-empty', hidden: true, 'data-search-empty': true },
      h('p', {}, w.tryOther),
      h(
        'ul',
        { class: 'search-topics' },
        ...labels.map((l) => h('li', {}, h('a', { href: searchHref(searchPath, { q: '', topic: l, type: '' }), 'data-search-topic': l }, l))),
      ),
      h('p', {}, `${w.strugglingBefore} `, h('a', { href: href(paths.helpNow) }, w.strugglingLink), ` ${w.strugglingAfter}`),
    ),
    h('p', { class: 'search-page-link' }, h('a', { href: searchPath, 'data-search-page-link': true }, w.fullPage)),
  );
}
