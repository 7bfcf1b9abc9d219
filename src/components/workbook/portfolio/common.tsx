// What the planner's views share: their props, how an item is named, which
// plans can go in a calendar, and the note for a part that could not load.
import { isNamed, isRecurring, type Circle, type PortfolioData, type PortfolioItem } from '../../../workbook/kinds/portfolio-logic';
import { usePortfolioWords, type PortfolioWords } from '../../../i18n/widgets/portfolio';
import type { ExerciseHandle } from '../useExercise';
import type { CalendarChoice } from '../AddToCalendar';

export interface ViewProps {
  /** Prefix for element ids: the exercise's id. */
  idPrefix: string;
  handle: ExerciseHandle<PortfolioData>;
  /** Today's local date; "" before hydration, when nothing can be chosen yet. */
  today: string;
  /** Level of the section headings: one below the exercise's. */
  headingLevel: 3 | 4;
  /** Says something in the planner's status line, for screen readers. */
  announce(message: string): void;
  /** Whether "Add to calendar" hides the details: one choice for the planner. */
  calendar: CalendarChoice;
}

/** The heading element for a level. */
export const headingTag = (level: 3 | 4) => `h${level}` as 'h3' | 'h4';

/** Nothing can be chosen before the date and the saved answers are known: the choice would be lost. */
export const isWaiting = ({ today, handle }: Pick<ViewProps, 'today' | 'handle'>) => !today || !handle.ready;

/** How an item is named to screen readers and in messages, even before it has a name. */
export const nameOf = (i: PortfolioItem, words: PortfolioWords) => i.name.trim() || words.item.unnamed[i.type];

/** A plan that can go in a calendar: one with a name and a day. */
export const isCalendarPlan = (i: PortfolioItem) => isNamed(i) && isRecurring(i);

/** How you know a person, or whom an activity puts you with; "Person" or "Activity" until chosen. */
export function kindOf(i: PortfolioItem, words: PortfolioWords): string {
  const circles: Partial<Record<Circle, string>> = i.type === 'person' ? words.options.circle : words.options.activityCircle;
  return (i.circle ? circles[i.circle] : undefined) ?? words.item.kind[i.type];
}

/**
 * Said where a part loaded on demand would have been, when it could not load
 * (on a lost connection), rather than leave a gap or a button that does nothing.
 */
export function LoadFailed() {
  const words = usePortfolioWords();
  return (
    <p class="warning" role="alert">
      {words.list.loadFailed}
    </p>
  );
}
