// Runs on every page, so it stays tiny: it turns the header's Search link
// into a button and listens for "/" and Ctrl/Cmd+K. The dialog, and Pagefind
// behind it, load only when search is opened. Without JavaScript, or if the
// dialog cannot load, the link's search page is used instead.

const link = document.getElementById('search-link') as HTMLAnchorElement | null;
const searchPage = link?.href;
// On the search page itself the shortcuts go to its own search field.
const pageInput = () => document.getElementById('search-page-q');

let typed = '';
let loading = false;
// Keys pressed while the dialog's code arrives belong in its search field.
const keep = (event: KeyboardEvent) => {
  if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    typed += event.key;
    event.preventDefault();
  }
};

function open(opener: HTMLElement | null) {
  const field = pageInput();
  if (field) return field.focus();
  if (loading) return;
  loading = true;
  addEventListener('keydown', keep, true);
  import('./dialog')
    .then((m) => m.openSearch(opener, typed))
    .catch(() => searchPage && location.assign(searchPage))
    .finally(() => {
      removeEventListener('keydown', keep, true);
      typed = '';
      loading = false;
    });
}

if (link && !pageInput()) {
  const button = document.createElement('button');
  const key = document.createElement('kbd');
  key.className = 'search-key';
  key.textContent = '/';
  key.setAttribute('aria-hidden', 'true');
  button.type = 'button';
  button.id = link.id;
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  button.append(link.textContent!.trim(), key);
  button.addEventListener('click', () => open(button));
  link.replaceWith(button);
}

addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing || event.altKey) return;
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const mod = event.ctrlKey || event.metaKey;
  if ((mod && event.key.toLowerCase() === 'k') || (!mod && !typing && event.key === '/')) {
    event.preventDefault();
    const from = document.activeElement;
    open(from instanceof HTMLElement && from !== document.body ? from : document.getElementById('search-link'));
  }
});
