// The search dialog opened from the header (button, "/" or Ctrl/Cmd+K).
// Loaded on first use only. A native modal <dialog> makes the rest of the page
// inert; we also keep Tab inside it, close on Escape or a click on the
// backdrop, and give focus back to whatever opened it.
import { buildPanel } from './panel';
import { mountSearch, type SearchPanel } from './ui';
import { searchWordsIn } from '../../i18n/widgets/search';
import { documentLang } from '../../i18n/languages';
import { TOPIC_IDS } from '../../lib/topics';

let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;
let input: HTMLInputElement | undefined;
let returnFocusTo: HTMLElement | null = null;

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hidden && el.getClientRects().length > 0);
}

function build(): HTMLDialogElement {
  const lang = documentLang();
  const w = searchWordsIn(lang);
  const d = document.createElement('dialog');
  d.className = 'search-dialog';
  d.setAttribute('aria-labelledby', 'search-dialog-title');

  const frame = document.createElement('div');
  frame.className = 'search-dialog-frame';
  const head = document.createElement('div');
  head.className = 'search-dialog-head';
  const title = document.createElement('h2');
  title.id = 'search-dialog-title';
  title.textContent = w.dialogTitle;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'button secondary small';
  close.textContent = w.close;
  close.addEventListener('click', () => d.close());
  head.append(title, close);

  const body = buildPanel(
    'search-dialog',
    lang,
    w,
    TOPIC_IDS.map((id) => w.topics[id]),
  );
  frame.append(head, body);
  d.append(frame);
  document.body.append(d);

  input = body.querySelector<HTMLInputElement>('[data-search-input]')!;
  panel = mountSearch(body, {
    headingLevel: 3,
    pageSize: 8,
    syncUrl: false,
    // Following a link, even to a section of this same page: close first and
    // let the browser scroll to the target instead of back to the opener.
    onFollow: () => {
      returnFocusTo = null;
      d.close();
    },
  });

  d.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // Handled here rather than by the browser's cancel, which in a search
      // field first clears the text and which Chrome may skip on repeats.
      event.preventDefault();
      d.close();
    } else if (event.key === 'Tab') {
      const items = focusables(d);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  // A click on the backdrop lands on the <dialog> itself, outside the frame.
  d.addEventListener('click', (event) => {
    if (event.target === d) d.close();
  });
  d.addEventListener('close', () => {
    const target = returnFocusTo;
    returnFocusTo = null;
    if (target?.isConnected) target.focus();
  });
  return d;
}

/** Opens the dialog; `typed` is what the reader typed while it loaded. */
export function openSearch(opener: HTMLElement | null, typed = ''): void {
  dialog ??= build();
  if (!dialog.open) {
    returnFocusTo = opener;
    dialog.showModal();
  }
  input!.focus();
  if (typed) input!.value = typed;
  else input!.select();
  // Show the last search again (or the one typed while loading).
  if (input!.value) panel!.run();
}
