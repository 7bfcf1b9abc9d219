// Pure helpers for the search UI: what to show for a result, how to read and
// write the search address, what to announce. No DOM, so Vitest can check them.
import type { PagefindResultData, PagefindSubResult, SearchFilters } from './pagefind';
import type { SearchWords } from '../../i18n/widgets/en/search';

export interface SearchState {
  q: string;
  /** A topic label, as the pages mark it with data-pagefind-filter="topic". */
  topic: string;
  /** "Guide", "Exercise" or "" for both. */
  type: string;
}

/**
 * The pages' search filter for what a result is (data-pagefind-filter="type"):
 * the same ids in every language, so the code below can rely on them.
 */
export const RESULT_TYPE = { guide: 'Guide', exercise: 'Exercise' } as const;

/** The "Show" choices: a filter value and its words. */
export const typeOptions = (w: SearchWords) => [
  { value: '', label: w.types.all },
  { value: RESULT_TYPE.guide, label: w.types.guides },
  { value: RESULT_TYPE.exercise, label: w.types.exercises },
];

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const get = (key: string) => (params.get(key) ?? '').trim().slice(0, 200);
  const type = get('type');
  return {
    q: get('q'),
    topic: get('topic'),
    type: (Object.values(RESULT_TYPE) as string[]).includes(type) ? type : '',
  };
}

/** The search page address for a state; empty parts are left out. */
export function searchHref(searchPath: string, state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.topic) params.set('topic', state.topic);
  if (state.type) params.set('type', state.type);
  const query = params.toString();
  return query ? `${searchPath}?${query}` : searchPath;
}

export function filtersOf(state: SearchState): SearchFilters {
  const filters: SearchFilters = {};
  if (state.topic) filters.topic = state.topic;
  if (state.type) filters.type = state.type;
  return filters;
}

export function hasFilters(state: SearchState): boolean {
  return Boolean(state.topic || state.type);
}

function subScore(sub: PagefindSubResult): number {
  return (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
}

const withoutHash = (url: string) => url.split('#')[0]!;

/**
 * The sections worth listing under a page: those with their own anchor, most
 * relevant first, one per address (an exercise heading and the section that
 * introduces it can share an id), and never a repeat of the page title.
 */
export function pickSubResults(data: PagefindResultData, max = 3): PagefindSubResult[] {
  const pageTitle = (data.meta.title ?? '').trim().toLowerCase();
  const best = new Map<string, { sub: PagefindSubResult; score: number }>();
  for (const sub of data.sub_results ?? []) {
    if (!sub.url.includes('#') || withoutHash(sub.url) !== withoutHash(data.url)) continue;
    if (sub.title.trim().toLowerCase() === pageTitle) continue;
    const score = subScore(sub);
    const seen = best.get(sub.url);
    if (!seen || score > seen.score) best.set(sub.url, { sub, score });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map((x) => x.sub);
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name]!);
}

/**
 * Pagefind's excerpts are HTML with <mark> around the matched words. We render
 * text nodes only, so split them into plain parts instead of using innerHTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else {
      const text = decode(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}

/** The short line above a result's title: "Guide", "Exercise · about 10 min". */
export function resultLabel(data: PagefindResultData, w: SearchWords): string {
  const type = data.filters.type?.[0];
  if (type === RESULT_TYPE.exercise) {
    const minutes = Number(data.meta.minutes);
    return Number.isFinite(minutes) && minutes > 0 ? w.exerciseMinutes(minutes) : w.exercise;
  }
  return type === RESULT_TYPE.guide ? w.guide : w.page;
}

function describeFilters(state: SearchState, w: SearchWords): string {
  const parts: string[] = [];
  if (state.type) parts.push(state.type === RESULT_TYPE.guide ? w.guidesOnly : w.exercisesOnly);
  if (state.topic) parts.push(w.topicIs(state.topic));
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** The sentence the live region announces after each search. */
export function statusText(count: number, state: SearchState, w: SearchWords): string {
  const what = state.q ? w.forQuery(state.q) : '';
  const filters = describeFilters(state, w);
  if (count === 0) return w.none(what, filters);
  return `${w.count(count)}${what}${filters}.`;
}

export interface Ranked {
  score: number;
  data: PagefindResultData;
}

/**
 * An exercise's own page and its home guide often both carry the word in
 * their title, and the shorter exercise page then scores a little higher.
 * The guide is the better answer (it lists the exercise among its sections),
 * so it goes first unless the exercise page clearly wins: "boundaries" leads
 * to the boundaries guide, "ladder" still to the exposure ladder.
 */
export function preferHomeGuides<T extends Ranked>(ranked: T[], closeEnough = 0.8): T[] {
  const out = [...ranked];
  for (let i = 0; i < out.length; i++) {
    const item = out[i]!;
    const home = item.data.meta.guide;
    if (item.data.filters.type?.[0] !== RESULT_TYPE.exercise || !home) continue;
    const j = out.findIndex((g, k) => k > i && g.data.filters.type?.[0] === RESULT_TYPE.guide && g.data.meta.title === home);
    if (j > i && out[j]!.score >= item.score * closeEnough) {
      const [guide] = out.splice(j, 1);
      out.splice(i, 0, guide!);
    }
  }
  return out;
}
