// "Add to calendar": saves a plan as an .ics file that any calendar app can
// open, made in the browser (lib/calendar.ts); nothing is sent anywhere. The
// file's code is fetched the first time a button shows, so a page without
// plans never loads it. Buttons and the "hide details" box are left off paper.
// The file is written in the page's language: the words go to the calendar
// code with it (calendarIn), and the code itself holds no Spanish.
import { useEffect } from 'preact/hooks';
import { localDate } from '../../workbook/dates';
import { useCalendarWords } from '../../i18n/widgets/calendar';
import type { CalendarFiles } from '../../lib/calendar';
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
  /** The file's text, from the calendar code (in the page's language) and today's date. */
  make(calendar: CalendarFiles, today: string): string;
  /** Says something in the exercise's status line, for screen readers. */
  announce(message: string): void;
  id: string;
}

export function AddToCalendar({ name, adds, fileName, make, announce, id }: Props) {
  const words = useCalendarWords();
  useEffect(() => {
    loadCalendar().catch(() => {});
  }, []);

  function add() {
    loadCalendar().then(
      (calendar) => {
        downloadText(fileName, make(calendar.calendarIn(words.file), localDate()), 'text/calendar');
        announce(words.downloaded(adds));
      },
      () => announce(words.failed),
    );
  }

  return (
    // The visible words begin the name (WCAG 2.5.3), so speech control finds it.
    <button type="button" id={id} class="button secondary small" aria-label={words.buttonLabel(name)} onClick={add}>
      {words.button}
    </button>
  );
}

/** The "hide details" box. Every box of one exercise shows the same choice. */
export function HideDetails({ id, hideDetails, setHideDetails }: CalendarChoice & { id: string }) {
  const words = useCalendarWords();
  return (
    <label class="check no-print" for={id}>
      <input id={id} type="checkbox" checked={hideDetails} onChange={(e) => setHideDetails((e.currentTarget as HTMLInputElement).checked)} />
      {words.hideDetails}
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
