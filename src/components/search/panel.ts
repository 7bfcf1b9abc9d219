// Builds the search panel for the header dialog: the same structure and
// data-search-* hooks as SearchPanel.astro, made in the browser so pages
// carry none of it until search is opened.
import { TOPIC_IDS, topicLabel } from '../../lib/topics';
import { paths, withBase } from '../../lib/urls';
import { TYPE_OPTIONS, searchHref } from './results';

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

export function buildPanel(idPrefix: string): HTMLElement {
  const searchPath = withBase(paths.search);
  const labels = TOPIC_IDS.map(topicLabel);
  const field = (name: string, label: string, control: HTMLElement) => h('div', {}, h('label', { for: `${idPrefix}-${name}` }, label), control);

  return h(
    'div',
    { class: 'search-panel', 'data-search': true },
    h(
      'form',
      { class: 'search-form', role: 'search', action: searchPath, method: 'get', 'data-search-form': true },
      h('label', { for: `${idPrefix}-q` }, 'Search guides and exercises'),
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
          'Topic',
          h(
            'select',
            { id: `${idPrefix}-topic`, name: 'topic', 'data-search-topic': true },
            h('option', { value: '' }, 'All topics'),
            ...labels.map((l) => h('option', { value: l }, l)),
          ),
        ),
        field(
          'type',
          'Show',
          h('select', { id: `${idPrefix}-type`, name: 'type', 'data-search-type': true }, ...TYPE_OPTIONS.map((o) => h('option', { value: o.value }, o.label))),
        ),
      ),
    ),
    h('p', { class: 'search-status', role: 'status', 'data-search-status': true }),
    h('ol', { class: 'search-results', 'aria-label': 'Search results', 'data-search-results': true }),
    h('button', { type: 'button', class: 'button secondary search-more', hidden: true, 'data-search-more': true }, 'Show more results'),
    h(
      'div',
      { class: 'search-empty', hidden: true, 'data-search-empty': true },
      h('p', {}, 'Try a shorter or different word, or look through a topic:'),
      h(
        'ul',
        { class: 'search-topics' },
        ...labels.map((l) => h('li', {}, h('a', { href: searchHref(searchPath, { q: '', topic: l, type: '' }), 'data-search-topic': l }, l))),
      ),
      h('p', {}, 'If you are struggling right now, ', h('a', { href: withBase(paths.helpNow) }, 'go to Help now'), ' for people you can talk to today.'),
    ),
    h('p', { class: 'search-page-link' }, h('a', { href: searchPath, 'data-search-page-link': true }, 'Open the full search page')),
  );
}
