// The words of "Add to calendar", in English: the button and its messages,
// and, under `file`, the text written into the calendar file for people.
// ../es/calendar.ts is typed against this shape, so a missing key fails `astro check`.
// The file's words stay neutral: a plan is titled with its own name, never
// the exercise's, and hidden details leave only `hiddenTitle`.
import type { Words } from '../words';

const HIDDEN_TITLE = 'Plan';

export const en = {
  button: 'Add to calendar',
  /** The visible words begin the name (WCAG 2.5.3); `name` says which plan. */
  buttonLabel: (name: string) => `Add to calendar: ${name}`,
  /** `adds` says what the file adds: "the plan", "your week’s plans". */
  downloaded: (adds: string) => `Calendar file downloaded. Open it to add ${adds} to your calendar.`,
  failed: 'The calendar file could not be made. Check your connection, then reload the page.',
  hideDetails: `Hide details, for a calendar others can see (the event shows only “${HIDDEN_TITLE}”)`,
  /** Written into the .ics file (lib/calendar.ts). */
  file: {
    /** The title of an event whose details are hidden, and of one with no words of its own. */
    hiddenTitle: HIDDEN_TITLE,
    /** A plan's description: its backup. */
    backup: (backup: string) => `If this falls through: ${backup}`,
    /** The weekly goal's description, before its full stop. */
    timesAWeek: (n: number) => (n === 1 ? 'Once a week' : n === 2 ? 'Twice a week' : `${n} times a week`),
    /** A ladder step's description, a line each. */
    where: (where: string) => `Where: ${where}`,
    when: (when: string) => `When: ${when}`,
    howLong: (howLong: string) => `For how long: ${howLong}`,
  },
};

export type CalendarWords = Words<typeof en>;
