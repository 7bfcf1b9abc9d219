// Dates written at build time, as a reader in any time zone should see them:
// "2 December 2026" or "2 de diciembre de 2026", for a date given in UTC
// (front matter, helpline checks).
import type { Lang } from '../i18n/languages';

const LOCALES: Record<Lang, string> = { en: 'en-GB', es: 'es' };
const formats = new Map<Lang, Intl.DateTimeFormat>();

export function longDate(date: Date, lang: Lang = 'en'): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(lang, format);
  }
  return format.format(date);
}

/** The date as a <time datetime> wants it: 2026-12-02. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
