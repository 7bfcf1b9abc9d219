// The words of "Add to calendar": its button, its messages and the text it
// writes into the calendar file (see words.ts).
import { en } from './en/calendar';
import { NEEDS_SPANISH, areaWords } from './words';

export type { CalendarWords } from './en/calendar';
export { en as calendarEn };

const es = NEEDS_SPANISH ? (await import('./es/calendar')).es : undefined;

export const { use: useCalendarWords, in: calendarWordsIn } = areaWords(en, es);
