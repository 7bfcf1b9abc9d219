// Patterns across check-ins, for the history: which feelings come up most,
// whether naming a feeling turned it down, and how loneliness and a craving or
// urge move together over the weeks. Pure functions of the saved check-ins.
import type { CheckIn, Level } from '../kinds/name-it';
import { addDays, weekStart } from '../dates';
import { cleanWord } from './sentence';
import { LONELY_WORDS } from './words';

const key = (word: string) => cleanWord(word).toLowerCase();

/** Mean to one decimal place; null for no numbers. */
export function average(values: number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

export const newestFirst = (entries: CheckIn[]) => [...entries].sort((a, b) => `${b.date}${b.time}`.localeCompare(`${a.date}${a.time}`));

export interface WordCount {
  word: string;
  count: number;
}

/** The words named most often, each counted once per check-in, most often first. */
export function topFeelings(entries: CheckIn[], limit = 5): WordCount[] {
  const counts = new Map<string, WordCount>();
  for (const entry of newestFirst(entries)) {
    for (const k of new Set(entry.feelings.map((f) => key(f.word)))) {
      // The newest spelling of a word is the one shown.
      const known = counts.get(k) ?? { word: cleanWord(entry.feelings.find((f) => key(f.word) === k)!.word), count: 0 };
      known.count += 1;
      counts.set(k, known);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word)).slice(0, limit);
}

export interface Change {
  /** Ratings given both when named and a few minutes later. */
  pairs: number;
  before: number;
  after: number;
  lower: number;
  same: number;
  higher: number;
}

function change(pairs: [number, number][]): Change | null {
  if (pairs.length === 0) return null;
  return {
    pairs: pairs.length,
    before: average(pairs.map((p) => p[0]))!,
    after: average(pairs.map((p) => p[1]))!,
    lower: pairs.filter(([b, a]) => a < b).length,
    same: pairs.filter(([b, a]) => a === b).length,
    higher: pairs.filter(([b, a]) => a > b).length,
  };
}

const both = (before: Level, after: Level): [number, number][] => (before !== null && after !== null ? [[before, after]] : []);

/** How strong feelings, and the craving or urge, were when named and when re-rated. */
export function beforeAfter(entries: CheckIn[]): { feelings: Change | null; craving: Change | null } {
  return {
    feelings: change(entries.flatMap((e) => e.feelings.flatMap((f) => both(f.level, f.later)))),
    craving: change(entries.flatMap((e) => both(e.craving, e.cravingLater))),
  };
}

export const isLonelyWord = (word: string) => {
  const k = key(word);
  // Listed words are saved in English on either page; words of one's own may be Spanish.
  return LONELY_WORDS.includes(k) || /lonel|alone|isolat|cut off|soledad|aislad|^sol[oa]s?$/.test(k);
};

/** The strongest rated loneliness in a check-in; null when none was named and rated. */
export function lonelinessOf(entry: CheckIn): Level {
  const levels = entry.feelings.filter((f) => f.level !== null && isLonelyWord(f.word)).map((f) => f.level!);
  return levels.length ? Math.max(...levels) : null;
}

export interface Group {
  checkIns: number;
  craving: number;
}

/** Strong loneliness: rated at this or more. */
export const STRONG = 5;

/**
 * The average craving or urge when loneliness was strong, and at other times,
 * over the check-ins where a craving or urge was rated.
 */
export function lonelinessAndCraving(entries: CheckIn[]): { lonely: Group | null; other: Group | null } {
  const rated = entries.filter((e) => e.craving !== null);
  const group = (list: CheckIn[]): Group | null => (list.length ? { checkIns: list.length, craving: average(list.map((e) => e.craving!))! } : null);
  const lonely = rated.filter((e) => (lonelinessOf(e) ?? -1) >= STRONG);
  return { lonely: group(lonely), other: group(rated.filter((e) => !lonely.includes(e))) };
}

export interface Week {
  /** Monday, YYYY-MM-DD. */
  start: string;
  checkIns: number;
  /** Average over the check-ins that named and rated loneliness. */
  loneliness: number | null;
  /** Average over the check-ins that rated a craving or urge. */
  craving: number | null;
}

/**
 * Week by week, up to `span` weeks ending with this week (or the latest
 * check-in's week, if later), starting no earlier than the first check-in.
 * Weeks without check-ins are kept, so gaps in time show as gaps.
 */
export function weeks(entries: CheckIn[], today: string, span = 12): Week[] {
  if (entries.length === 0) return [];
  const dates = entries.map((e) => e.date).sort();
  const last = weekStart([today, dates[dates.length - 1]!].sort()[1]!);
  const first = weekStart(dates[0]!);
  const result: Week[] = [];
  for (let start = last; start >= first && result.length < span; start = addDays(start, -7)) {
    const end = addDays(start, 7);
    const inWeek = entries.filter((e) => e.date >= start && e.date < end);
    result.unshift({
      start,
      checkIns: inWeek.length,
      loneliness: average(inWeek.map(lonelinessOf).filter((n): n is number => n !== null)),
      craving: average(inWeek.flatMap((e) => (e.craving === null ? [] : [e.craving]))),
    });
  }
  return result;
}
