// Saved dates written out in the page's language. English keeps what it did
// before: the reader's own locale (formatDate).
import type { Lang } from '../../../i18n/languages';
import { formatDate, parseDate } from '../../../workbook/dates';

export const dateIn = (lang: Lang, date: string, options: Intl.DateTimeFormatOptions) =>
  lang === 'en' ? formatDate(date, options) : parseDate(date).toLocaleDateString(lang, { ...options, timeZone: 'UTC' });
