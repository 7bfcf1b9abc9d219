// "Add to calendar": plans as iCalendar files (RFC 5545), made in the browser
// and never sent anywhere. Loaded on demand, the first time a button shows.
//
// The words stay neutral, so an event does not say more than the person
// would: a plan is titled with its own name ("Coffee with Sam"), never the
// exercise's; "hide details" titles every event just "Plan", with no
// description, for a calendar other people can see. The words written for
// people come in the options, in the page's language (English by default):
// AddToCalendar gives them through calendarIn(), so this file, loaded on
// demand, carries no language of its own but the English default.
//
// Repeating plans follow the portfolio's own rules (portfolio-logic.ts), which
// map one to one onto RRULE: weekly is FREQ=WEEKLY; fortnightly adds
// INTERVAL=2 from a week the plan is on; monthly plans are on in days 1–7,
// 8–14, 15–21 or 22–28 of the month, which is exactly "the nth weekday"
// (BYDAY=2TU). Times are floating local times: the plan is at 18:30 wherever
// the person is, as in the planner.
import { addDays, weekday, weekStart } from '../workbook/dates';
import { isNamed, isOnDay, isRecurring, monthlyWeek, type PortfolioItem } from '../workbook/kinds/portfolio-logic';
import type { Step } from '../workbook/kinds/ladder-logic';
import { en, type CalendarWords } from '../i18n/widgets/en/calendar';

/** The words a calendar file holds for people. */
export type CalendarText = CalendarWords['file'];

export interface CalendarOptions {
  /** Title every event "Plan", with no description. */
  hideDetails?: boolean;
  /** When the file is made, for DTSTAMP. */
  now?: Date;
  /** A new unique id for each event; tests pass their own. */
  uid?: () => string;
  /** The words written for people (descriptions, the hidden title), in the page's language; English by default. */
  words?: CalendarText;
}

const wordsOf = (options: CalendarOptions): CalendarText => options.words ?? en.file;

interface CalendarEvent {
  summary: string;
  description: string;
  /** The first (or only) day, YYYY-MM-DD. */
  date: string;
  /** "HH:MM", or "" for an all-day event. */
  time: string;
  /** An RRULE value, or "" for a single event. */
  rule: string;
}

// ---------- the plans ----------

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

const weekdaysOf = (item: PortfolioItem) => [...new Set(item.days)].sort((a, b) => a - b).map((d) => BYDAY[d]!);

/** The RRULE of a recurring plan. */
export function planRule(item: PortfolioItem): string {
  const days = weekdaysOf(item);
  if (item.often === 'monthly') return `FREQ=MONTHLY;BYDAY=${days.map((d) => `${monthlyWeek(item)}${d}`).join(',')}`;
  // WKST decides which weeks count as "every second one"; the planner's weeks start on Monday.
  if (item.often === 'fortnightly') return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${days.join(',')};WKST=MO`;
  return `FREQ=WEEKLY;BYDAY=${days.join(',')}`;
}

/**
 * The first day, from `today` on, that a recurring plan is on. It starts the
 * repeating event: calendars count DTSTART as an occurrence even when it
 * does not match the rule, so it must be a real one.
 */
export function firstDay(item: PortfolioItem, today: string): string {
  // A monthly plan's day comes round within five weeks; six leave room.
  for (let i = 0; i < 42; i++) {
    const date = addDays(today, i);
    const day = weekday(date);
    if (item.days.includes(day) && isOnDay(item, weekStart(date), day)) return date;
  }
  return today;
}

function planEvent(item: PortfolioItem, today: string, words: CalendarText): CalendarEvent {
  const backup = item.backup.trim();
  return {
    summary: item.name.trim(),
    description: backup ? words.backup(backup) : '',
    date: firstDay(item, today),
    time: item.time,
    rule: planRule(item),
  };
}

/** One recurring plan of the portfolio (see isRecurring), from its next day on. */
export const planCalendar = (item: PortfolioItem, today: string, options: CalendarOptions = {}) => calendar([planEvent(item, today, wordsOf(options))], options);

/** Every recurring plan of the week, each as its own repeating event. */
export const weekCalendar = (items: PortfolioItem[], today: string, options: CalendarOptions = {}) =>
  calendar(
    items.filter((i) => isNamed(i) && isRecurring(i)).map((i) => planEvent(i, today, wordsOf(options))),
    options,
  );

/** The weekly goal: an all-day event every Monday, from the Monday of this week. */
export const goalCalendar = (goal: { text: string; target: number }, today: string, options: CalendarOptions = {}) =>
  calendar(
    [{ summary: goal.text.trim(), description: `${wordsOf(options).timesAWeek(goal.target)}.`, date: weekStart(today), time: '', rule: 'FREQ=WEEKLY;BYDAY=MO' }],
    options,
  );

/** A step of an exposure ladder: an all-day event on the day planned for it. */
export function stepCalendar(step: Pick<Step, 'what' | 'where' | 'when' | 'howLong' | 'on'>, options: CalendarOptions = {}): string {
  const words = wordsOf(options);
  const details = [
    step.where.trim() && words.where(step.where.trim()),
    step.when.trim() && words.when(step.when.trim()),
    step.howLong.trim() && words.howLong(step.howLong.trim()),
  ].filter(Boolean);
  return calendar([{ summary: step.what.trim(), description: details.join('\n'), date: step.on, time: '', rule: '' }], options);
}

/**
 * The calendar files with their words for people in a language: the same
 * functions, each taking the words unless its options give others.
 * AddToCalendar hands this to the code that makes the file.
 */
export function calendarIn(words: CalendarText) {
  const withWords = (options: CalendarOptions = {}): CalendarOptions => ({ words, ...options });
  return {
    planCalendar: (item: PortfolioItem, today: string, options?: CalendarOptions) => planCalendar(item, today, withWords(options)),
    weekCalendar: (items: PortfolioItem[], today: string, options?: CalendarOptions) => weekCalendar(items, today, withWords(options)),
    goalCalendar: (goal: { text: string; target: number }, today: string, options?: CalendarOptions) => goalCalendar(goal, today, withWords(options)),
    stepCalendar: (step: Pick<Step, 'what' | 'where' | 'when' | 'howLong' | 'on'>, options?: CalendarOptions) => stepCalendar(step, withWords(options)),
  };
}

/** What makes calendar files in the page's language (see calendarIn). */
export type CalendarFiles = ReturnType<typeof calendarIn>;

// ---------- the file ----------

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\r\n?|\n/g, '\\n')
      // Other control characters are not allowed in a TEXT value at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * A content line folded to at most 75 octets a line (RFC 5545 3.1), each
 * further line starting with a space. Counted in UTF-8 bytes and cut only
 * between characters, so no multi-byte character is split.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    if (size + n > 75) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  lines.push(current);
  return lines.join('\r\n');
}

const compact = (date: string) => date.replaceAll('-', '');

/** A UTC time as DTSTAMP wants it: 20261207T183000Z. */
const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

function eventLines(e: CalendarEvent, uid: string, stamp: string, hide: boolean, hiddenTitle: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp}`];
  if (e.time) {
    lines.push(`DTSTART:${compact(e.date)}T${e.time.replace(':', '')}00`, 'DURATION:PT1H');
  } else {
    // An all-day plan is a reminder for the day: it does not make the person look busy.
    lines.push(`DTSTART;VALUE=DATE:${compact(e.date)}`, `DTEND;VALUE=DATE:${compact(addDays(e.date, 1))}`, 'TRANSP:TRANSPARENT');
  }
  if (e.rule) lines.push(`RRULE:${e.rule}`);
  lines.push(`SUMMARY:${escapeText(hide ? hiddenTitle : e.summary || hiddenTitle)}`);
  if (!hide && e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  lines.push('END:VEVENT');
  return lines;
}

function calendar(events: CalendarEvent[], options: CalendarOptions): string {
  const { hideDetails = false, now = new Date(), uid = () => `${crypto.randomUUID()}@reconnect` } = options;
  const { hiddenTitle } = wordsOf(options);
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Reconnect//Plans//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((e) => eventLines(e, uid(), stamp, hideDetails, hiddenTitle)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
