// What a search result shows and in which order, and how a search is written
// into a linkable address.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/widgets/en/search';
import { es } from '../../src/i18n/widgets/es/search';
import { excerptParts, filtersOf, pickSubResults, preferHomeGuides, readState, resultLabel, searchHref, statusText } from '../../src/components/search/results';
import type { PagefindResultData, PagefindSubResult } from '../../src/components/search/pagefind';

function sub(url: string, title: string, score: number): PagefindSubResult {
  return {
    url,
    title,
    excerpt: '',
    anchor: { element: 'h2', id: url.split('#')[1] ?? '', location: 0 },
    weighted_locations: [{ weight: 1, balanced_score: score, location: 0 }],
  };
}

function page(url: string, title: string, type: string, extra: Partial<PagefindResultData> = {}): PagefindResultData {
  return { url, excerpt: '', meta: { title }, filters: { type: [type] }, sub_results: [], ...extra };
}

describe('pickSubResults', () => {
  const data = page('/guides/boundaries/', 'Setting boundaries', 'Guide', {
    sub_results: [
      { url: '/guides/boundaries/', title: 'Setting boundaries', excerpt: '' },
      sub('/guides/boundaries/#what-a-boundary-is', 'What a boundary is', 2),
      sub('/guides/boundaries/#boundary-scripts', 'Boundary scripts', 5),
      // The exercise heading can share its id with the section before it.
      sub('/guides/boundaries/#boundary-scripts', 'My boundary scripts', 9),
      sub('/guides/boundaries/#when-people-push-back', 'When people push back', 1),
      sub('/guides/boundaries/#boundaries-with-family', 'Boundaries with family', 3),
    ],
  });

  it('lists the best sections first, one per address, leaving out the page itself', () => {
    expect(pickSubResults(data).map((s) => s.title)).toEqual(['My boundary scripts', 'Boundaries with family', 'What a boundary is']);
  });

  it('leaves out a heading that repeats the page title (an exercise page)', () => {
    const exercise = page('/exercises/boundary-scripts/', 'My boundary scripts', 'Exercise', {
      sub_results: [sub('/exercises/boundary-scripts/#boundary-scripts', 'My boundary scripts', 4)],
    });
    expect(pickSubResults(exercise)).toEqual([]);
  });
});

describe('excerptParts', () => {
  it('splits the highlighted words out without interpreting any other markup', () => {
    expect(excerptParts('Say <mark>no</mark> kindly &amp; <b>firmly</b> &lt;3')).toEqual([
      { text: 'Say ', mark: false },
      { text: 'no', mark: true },
      { text: ' kindly & firmly <3', mark: false },
    ]);
  });

  it('keeps text that looks like markup as text', () => {
    const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt;');
    expect(parts).toEqual([{ text: '<img src=x onerror=alert(1)>', mark: false }]);
  });
});

describe('the search address', () => {
  it('reads the query, topic and type, ignoring an unknown type', () => {
    expect(readState('?q=%20trust%20&topic=Relationships+and+trust&type=Exercise')).toEqual({ q: 'trust', topic: 'Relationships and trust', type: 'Exercise' });
    expect(readState('?q=x&type=Secret')).toEqual({ q: 'x', topic: '', type: '' });
    expect(readState('')).toEqual({ q: '', topic: '', type: '' });
  });

  it('writes only the parts in use, under the base path', () => {
    expect(searchHref('/reconnect/search/', { q: 'boundaries', topic: '', type: '' })).toBe('/reconnect/search/?q=boundaries');
    expect(searchHref('/search/', { q: '', topic: 'Setbacks and staying safe', type: 'Guide' })).toBe('/search/?topic=Setbacks+and+staying+safe&type=Guide');
    expect(searchHref('/search/', { q: '', topic: '', type: '' })).toBe('/search/');
  });

  it('turns the chosen filters into Pagefind filters', () => {
    expect(filtersOf({ q: 'x', topic: 'Purpose and routine', type: '' })).toEqual({ topic: 'Purpose and routine' });
    expect(filtersOf({ q: 'x', topic: '', type: 'Guide' })).toEqual({ type: 'Guide' });
  });
});

describe('labels and announcements', () => {
  it('labels an exercise with its minutes, and a guide as a guide', () => {
    expect(resultLabel(page('/exercises/x/', 'X', 'Exercise', { meta: { title: 'X', minutes: '10' } }), en)).toBe('Exercise · about 10 min');
    expect(resultLabel(page('/guides/x/', 'X', 'Guide'), en)).toBe('Guide');
    expect(resultLabel({ ...page('/exercises/', 'Exercises', ''), filters: {} }, en)).toBe('Page');
  });

  it('announces how many results, for what, with which filters', () => {
    expect(statusText(1, { q: 'trust', topic: '', type: '' }, en)).toBe('1 result for “trust”.');
    expect(statusText(4, { q: 'trust', topic: 'Relationships and trust', type: 'Exercise' }, en)).toBe(
      '4 results for “trust” (exercises only, topic Relationships and trust).',
    );
    expect(statusText(0, { q: 'xylophone', topic: '', type: '' }, en)).toMatch(/^No results for “xylophone”\. Topics to try, and Help now/);
    expect(statusText(2, { q: 'límites', topic: '', type: 'Guide' }, es)).toBe('2 resultados para «límites» (solo guías).');
    expect(resultLabel(page('/es/exercises/x/', 'X', 'Exercise', { meta: { title: 'X', minutes: '5' } }), es)).toBe('Ejercicio · unos 5 min');
  });
});

describe('preferHomeGuides', () => {
  const guide = { score: 29.8, data: page('/guides/boundaries/', 'Setting boundaries', 'Guide') };
  const exercise = {
    score: 31.4,
    data: page('/exercises/boundary-scripts/', 'My boundary scripts', 'Exercise', { meta: { title: 'My boundary scripts', guide: 'Setting boundaries' } }),
  };
  const other = { score: 30, data: page('/guides/rebuilding-trust/', 'Rebuilding trust', 'Guide') };

  it('puts a guide before its own exercise page when they score about the same', () => {
    expect(preferHomeGuides([exercise, guide]).map((r) => r.data.url)).toEqual(['/guides/boundaries/', '/exercises/boundary-scripts/']);
    expect(preferHomeGuides([exercise, other, guide]).map((r) => r.data.url)).toEqual([
      '/guides/boundaries/',
      '/exercises/boundary-scripts/',
      '/guides/rebuilding-trust/',
    ]);
  });

  it('leaves a clear exercise winner first ("ladder")', () => {
    const weakGuide = { ...guide, score: 5 };
    expect(preferHomeGuides([exercise, weakGuide]).map((r) => r.data.url)).toEqual(['/exercises/boundary-scripts/', '/guides/boundaries/']);
  });

  it('does not move other guides', () => {
    expect(preferHomeGuides([exercise, other])).toEqual([exercise, other]);
  });
});
