// "Add to calendar": saves a plan as an .ics file that any calendar app can
// open, made in the browser (lib/calendar.ts); nothing is sent anywhere. The
// file's code is fetched the first time a button shows, so a page without
// plans never loads it. Buttons and the "hide details" box are left off paper.
import { useEffect } from 'preact/hooks';
import { localDate } from '../../workbook/dates';
import { downloadText } from './download';

type Calendar = typeof import('../../lib/calendar');

let loading: Promise<Calendar> | undefined;

/** The calendar code, fetched once; after a failure (a lost connection) it is asked for again. */
function loadCalendar(): Promise<Calendar> {
  loading ??= import('../../lib/calendar').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Whether calendar files show only "Plan": one choice for an exercise, kept while the page is open. */
export interface CalendarChoice {
  hideDetails: boolean;
  setHideDetails(hide: boolean): void;
}

interface Props {
  /** Names what is added, for screen readers: a page can have several of these buttons. */
  name: string;
  /** Says what the file adds, in the message read out: "the plan", "your week’s plans". */
  adds: string;
  /** A neutral file name, like "plan.ics": never the exercise's. */
  fileName: string;
  /** The file's text, from the calendar code and today's date. */
  make(calendar: Calendar, today: string): string;
  /** Says something in the exercise's status line, for screen readers. */
  announce(message: string): void;
  id: string;
}

export function AddToCalendar({ name, adds, fileName, make, announce, id }: Props) {
  useEffect(() => {
    loadCalendar().catch(() => {});
  }, []);

  function add() {
    loadCalendar().then(
      (calendar) => {
        downloadText(fileName, make(calendar, localDate()), 'text/calendar');
        announce(`Calendar file downloaded. Open it to add ${adds} to your calendar.`);
      },
      () => announce('The calendar file could not be made. Check your connection, then reload the page.'),
    );
  }

  return (
    // The visible words begin the name (WCAG 2.5.3), so speech control finds it.
    <button type="button" id={id} class="button secondary small" aria-label={`Add to calendar: ${name}`} onClick={add}>
      Add to calendar
    </button>
  );
}

/** The "hide details" box. Every box of one exercise shows the same choice. */
export function HideDetails({ id, hideDetails, setHideDetails }: CalendarChoice & { id: string }) {
  return (
    <label class="check no-print" for={id}>
      <input id={id} type="checkbox" checked={hideDetails} onChange={(e) => setHideDetails((e.currentTarget as HTMLInputElement).checked)} />
      Hide details, for a calendar others can see (the event shows only “Plan”)
    </label>
  );
}

/** The button on a line of its own, with the "hide details" box under it. */
export function AddToCalendarField({ calendar, ...button }: Props & { calendar: CalendarChoice }) {
  return (
    <div class="field">
      <p class="button-row">
        <AddToCalendar {...button} />
      </p>
      <HideDetails id={`${button.id}-private`} {...calendar} />
    </div>
  );
}
