// Wakes each exercise on the page as it nears the screen: fetches its island's
// code and hydrates the form the server rendered. Astro's client:visible does
// the same, but writes its island runtime into every page and loads a renderer
// of its own: about 2.5 KB gzip on each exercise page, a sixth of the 15 KB
// budget. This is a few hundred bytes. Pages whose islands are not exercises
// (My workbook, the plan pages) keep Astro's directives.
import type { Wakeable } from './island';

// Every island file, as a function that loads it (see integrations/lazy-chunk.ts).
const loaders = import.meta.glob<() => Promise<{ default: Wakeable }>>('./*Island.tsx', {
  eager: true,
  query: '?lazy',
  import: 'default',
});

async function wake(element: HTMLElement) {
  // An island with no file fails here as a lost connection does, and says so.
  (await loaders[`./${element.dataset.island}`]!()).default.mount(element);
  // For tests and styles: the island now answers input.
  element.dataset.awake = '';
}

// A margin, so the code is usually in by the time the exercise is on screen.
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const element = entry.target as HTMLElement;
      observer.unobserve(element);
      // On a lost connection the fields would stay greyed out with no reason
      // given: the message before the island (Exercise.astro) gives one.
      wake(element).catch(() => ((element.previousElementSibling as HTMLElement).hidden = false));
    }
  },
  { rootMargin: '200px 0px' },
);

for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) observer.observe(element);
