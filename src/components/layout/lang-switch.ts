// The language switch keeps the reader's place: the section in the address
// (from a link, or the page's contents list), or else the one on screen under
// the header, becomes the same section of the other language's page. Guides
// pass the map of section ids (their headings differ between languages);
// exercise ids and the page's fixed ids are the same in both, so an id
// missing from the map is kept as it is.
const link = document.getElementById('lang-switch') as HTMLAnchorElement | null;

/** The last heading with an id that has scrolled up to the top of the screen. */
function sectionInView(): string {
  let id = '';
  for (const h of document.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]')) {
    if (h.getBoundingClientRect().top > 80) break;
    id = h.id;
  }
  return id;
}

link?.addEventListener('click', () => {
  // "from to from to …": ids never hold spaces, and this keeps every page's HTML small.
  const pairs = (link.dataset.sections ?? '').split(' ');
  const sections = Object.fromEntries(pairs.flatMap((id, i) => (i % 2 ? [] : [[id, pairs[i + 1]!]])));
  const here = decodeURIComponent(location.hash.slice(1)) || sectionInView();
  link.hash = here ? (sections[here] ?? here) : '';
});

export {};
