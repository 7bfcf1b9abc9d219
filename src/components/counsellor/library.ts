// The exercise library without a framework: a topic and time filter that
// announces how many exercises match, and a "Copy link" button on each card.
// Without JavaScript, CSS hides the filter and buttons and every exercise shows.
// They are in the page from the start, so showing them never moves the cards.
import { TIME_LIMITS, matchesFilter, readFilter, filterQuery, countText } from './library-filter';

function setUpFilter() {
  const form = document.getElementById('library-filter') as HTMLFormElement | null;
  const status = document.getElementById('library-count');
  const empty = document.getElementById('library-empty');
  if (!form || !status || !empty) return;
  const topic = form.elements.namedItem('topic') as HTMLSelectElement;
  const time = form.elements.namedItem('time') as HTMLSelectElement;
  const cards = [...document.querySelectorAll<HTMLElement>('[data-library-item]')];

  // Only values offered in the form are taken from the address.
  const initial = readFilter(
    location.search,
    [...topic.options].map((o) => o.value),
    TIME_LIMITS,
  );
  // A choice made before this code ran is kept unless the address says otherwise.
  if (initial.topic) topic.value = initial.topic;
  if (initial.time) time.value = initial.time;

  const apply = () => {
    const filter = { topic: topic.value, time: time.value };
    let shown = 0;
    for (const card of cards) {
      const match = matchesFilter({ topics: (card.dataset.topics ?? '').split(' '), minutes: Number(card.dataset.minutes) }, filter);
      card.hidden = !match;
      if (match) shown++;
    }
    empty.hidden = shown > 0;
    status.textContent = countText(shown, cards.length, { all: status.dataset.all!, none: status.dataset.none!, some: status.dataset.some! });
    return filter;
  };

  form.addEventListener('change', () => {
    const filter = apply();
    history.replaceState(history.state, '', `${location.pathname}${filterQuery(filter)}${location.hash}`);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();
}

async function copy(button: HTMLButtonElement) {
  const url = button.dataset.copy ?? '';
  const holder = button.parentElement!;
  const status = holder.querySelector<HTMLElement>('[role="status"]')!;
  holder.querySelector('.copy-link-manual')?.remove();
  status.textContent = '';
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    // No clipboard (an insecure address, or the browser said no): offer the
    // link selected in a field instead.
  }
  if (copied) {
    // Emptied first, so a second copy is announced again.
    requestAnimationFrame(() => (status.textContent = holder.dataset.copied!));
    return;
  }
  const label = document.createElement('label');
  label.className = 'copy-link-manual';
  label.append(holder.dataset.manual!);
  const field = document.createElement('input');
  field.type = 'text';
  field.readOnly = true;
  field.value = url;
  field.addEventListener('focus', () => field.select());
  label.append(field);
  holder.append(label);
  field.focus();
}

function setUpCopyButtons() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.addEventListener('click', () => void copy(button));
  }
}

setUpFilter();
setUpCopyButtons();
