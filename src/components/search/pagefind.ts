// Loads Pagefind's browser API from the built site (dist/pagefind/), once,
// and only when someone opens search: nothing here runs on page load.
import { withBase } from '../../lib/urls';

export interface PagefindLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text?: string; location: number };
  weighted_locations?: PagefindLocation[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

export type SearchFilters = Record<string, string>;

export interface SearchOptions {
  filters?: SearchFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse>;
  /** Resolves to null when a newer call replaced this one before it ran. */
  debouncedSearch(term: string | null, options?: SearchOptions, wait?: number): Promise<PagefindResponse | null>;
}

/**
 * Ranking, tuned on this site's guides: a page whose title carries the word
 * must beat a longer page that mentions it in passing.
 * - metaWeights: a match in the page title adds a strong boost on top of the
 *   body score (h1 and exercise headings also carry data-pagefind-weight in
 *   the markup). Exercise pages name their guide in a "guide" field, shown in
 *   results but not searched, or every exercise would match its guide's title.
 * - termFrequency and pageLength below the defaults: count weighted matches
 *   rather than matches per word, so a long guide about the subject is not
 *   beaten by a short page that names it once.
 * - termSimilarity above 1: "trust" prefers "trust" to "trustworthy".
 * The twenty words in tests/e2e/search.spec.ts check the result.
 */
export const RANKING = {
  metaWeights: { title: 12, guide: 0, minutes: 0 },
  termFrequency: 0.3,
  pageLength: 0.2,
  termSaturation: 1.4,
  termSimilarity: 2,
} as const;

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // A path built at run time, so Vite leaves it alone: the file only exists
    // after the build, written by integrations/pagefind.ts.
    const url = withBase('/pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: withBase('/'), excerptLength: 22, ranking: RANKING });
    await pagefind.init();
    return pagefind;
  })();
  // Let a later attempt retry after a failure (e.g. offline for a moment).
  loading.catch(() => (loading = undefined));
  return loading;
}
