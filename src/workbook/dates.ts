// Calendar dates as the site saves them (YYYY-MM-DD) and the reader's clock.
// "Today" and times are the reader's own, never UTC's. Arithmetic on saved
// dates runs on UTC midnights, so no clock change moves a day.
import type { Lang } from '../i18n/languages';

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;

/** A whole calendar date, YYYY-MM-DD, as saved answers and date boxes hold it. */
export const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** The local calendar day of `d` (today by default) as YYYY-MM-DD. */
export const localDate = (d: Date = new Date()) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The local clock time of `d` as HH:MM. */
export const localTime = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** A saved date as the Date of its UTC midnight; format it with formatDate. */
export function parseDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

export const addDays = (date: string, days: number) => new Date(parseDate(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);

/** 0 = Monday … 6 = Sunday. */
export const weekday = (date: string) => (parseDate(date).getUTCDay() + 6) % 7;

/** The Monday on or before a date: weeks start on Monday. */
export const weekStart = (date: string) => addDays(date, -weekday(date));

/** Whole weeks from the week of `a` to the week of `b`. */
export const weeksBetween = (a: string, b: string) => Math.round((parseDate(weekStart(b)).getTime() - parseDate(weekStart(a)).getTime()) / (7 * DAY_MS));

/**
 * A saved date as the page's language writes it: in English, as the reader's
 * own locale does, e.g. "Monday 23 November"; in Spanish, "lunes, 23 de noviembre".
 */
export const formatDate = (date: string, options: Intl.DateTimeFormatOptions, lang: Lang = 'en') =>
  parseDate(date).toLocaleDateString(lang === 'en' ? undefined : lang, { ...options, timeZone: 'UTC' });
