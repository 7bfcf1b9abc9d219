// The library filter's rules, apart from the page so they can be tested.

/** "Time needed" choices, in minutes; "" means any length. */
export const TIME_LIMITS = ['5', '10', '15'] as const;

export interface LibraryFilter {
  /** A topic id, or "" for every topic. */
  topic: string;
  /** A value of TIME_LIMITS, or "" for any length. */
  time: string;
}

export function matchesFilter(item: { topics: string[]; minutes: number }, filter: LibraryFilter): boolean {
  if (filter.topic && !item.topics.includes(filter.topic)) return false;
  if (filter.time && item.minutes > Number(filter.time)) return false;
  return true;
}

/** The filter in an address ("?topic=feelings&time=10"); anything not offered is ignored. */
export function readFilter(search: string, topics: readonly string[], times: readonly string[]): LibraryFilter {
  const params = new URLSearchParams(search);
  const topic = params.get('topic') ?? '';
  const time = params.get('time') ?? '';
  return { topic: topics.includes(topic) ? topic : '', time: times.includes(time) ? time : '' };
}

export function filterQuery(filter: LibraryFilter): string {
  const params = new URLSearchParams();
  if (filter.topic) params.set('topic', filter.topic);
  if (filter.time) params.set('time', filter.time);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The page's words for the count (src/i18n, library.count): "{shown}" and "{total}" are filled in. */
export interface CountWords {
  all: string;
  none: string;
  some: string;
}

export function countText(shown: number, total: number, words: CountWords): string {
  const template = shown === total ? words.all : shown === 0 ? words.none : words.some;
  return template.replace('{shown}', String(shown)).replace('{total}', String(total));
}
