// The week: this week's plans by day, with their backups, then the things to
// turn to on any day, and a note of the plans that are on in other weeks.
// Made to be printed and put on the fridge, or added to a calendar.
import { printExercise } from '../print-exercise';
import { anyDay, isRecurring, longDate, offWeek, oftenText, weekPlan, weekStart, type PortfolioItem } from '../../../workbook/kinds/portfolio-logic';
import { usePortfolioWords } from '../../../i18n/widgets/portfolio';
import { useLang } from '../../../i18n/widgets/words';
import { AddToCalendar, HideDetails, type CalendarChoice } from '../AddToCalendar';
import { headingTag, isCalendarPlan } from './common';

interface Props {
  /** Prefix for element ids: the exercise's id, which is also what is printed. */
  idPrefix: string;
  headingLevel: 3 | 4;
  items: PortfolioItem[];
  /** Today's local date; "" before hydration, when the week is an outline with no dates. */
  today: string;
  announce(message: string): void;
  calendar: CalendarChoice;
}

function PlanLine({ item, withTime }: { item: PortfolioItem; withTime: boolean }) {
  const words = usePortfolioWords();
  return (
    <li>
      {withTime && item.time && <span class="portfolio-time">{item.time} </span>}
      <strong>{item.name}</strong>
      {item.often !== 'weekly' && isRecurring(item) && ` (${oftenText(item, words)})`}
      {item.backup.trim() && <span class="portfolio-backup">{words.item.fallsThrough(item.backup)}</span>}
    </li>
  );
}

export function WeekPlan({ idPrefix, headingLevel, items, today, announce, calendar }: Props) {
  const H = headingTag(headingLevel);
  const words = usePortfolioWords();
  const w = words.week;
  const lang = useLang();
  const headingId = `${idPrefix}-week`;
  // This week's plans: fortnightly and monthly plans show only in the weeks they are on.
  const thisWeek = today && weekStart(today);
  const notThisWeek = thisWeek ? offWeek(items, thisWeek) : [];
  const nextWeekOnly = notThisWeek.filter((i) => i.often === 'fortnightly');
  const laterInMonth = notThisWeek.filter((i) => i.often === 'monthly');
  const loose = anyDay(items);
  const planned = items.some(isCalendarPlan);

  return (
    <section class="portfolio-week" aria-labelledby={headingId}>
      <H id={headingId}>{w.heading}</H>
      {thisWeek && <p class="meta">{words.item.weekStarting(longDate(thisWeek, lang))}</p>}
      <p class="hint no-print">{w.hint}</p>
      <table class="portfolio-calendar" aria-labelledby={headingId}>
        <tbody>
          {weekPlan(items, thisWeek).map(({ day, entries }) => (
            <tr key={day}>
              <th scope="row">{words.options.days[day]}</th>
              <td>
                {entries.length > 0 && (
                  <ul>
                    {entries.map((i) => (
                      <PlanLine key={i.id} item={i} withTime />
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{w.anyDay}</th>
            <td>
              {loose.length > 0 && (
                <ul>
                  {loose.map((i) => (
                    <PlanLine key={i.id} item={i} withTime={false} />
                  ))}
                </ul>
              )}
            </td>
          </tr>
        </tbody>
      </table>
      {nextWeekOnly.length > 0 && <p>{w.nextWeekOnly(words.and(nextWeekOnly.map((i) => words.item.aside(i.name, oftenText(i, words)))))}</p>}
      {laterInMonth.length > 0 && <p>{w.notThisWeek(words.and(laterInMonth.map((i) => words.item.aside(i.name, oftenText(i, words)))))}</p>}
      <p class="button-row">
        <button type="button" class="button secondary small" onClick={() => printExercise(idPrefix)}>
          {w.print}
        </button>
        {planned && (
          <AddToCalendar
            id={`${idPrefix}-calendar-week`}
            name={w.calendarName}
            adds={w.calendarAdds}
            fileName={w.calendarFile}
            make={(c, date) => c.weekCalendar(items, date, { hideDetails: calendar.hideDetails })}
            announce={announce}
          />
        )}
      </p>
      {planned && <HideDetails id={`${idPrefix}-calendar-week-private`} {...calendar} />}
    </section>
  );
}
