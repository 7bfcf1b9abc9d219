// The week: this week's plans by day, with their backups, then the things to
// turn to on any day, and a note of the plans that are on in other weeks.
// Made to be printed and put on the fridge, or added to a calendar.
import { printExercise } from '../print-exercise';
import { listWords } from '../../../lib/words';
import { DAY_NAMES, anyDay, isRecurring, longDate, offWeek, oftenText, weekPlan, weekStart, type PortfolioItem } from '../../../workbook/kinds/portfolio-logic';
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
  return (
    <li>
      {withTime && item.time && <span class="portfolio-time">{item.time} </span>}
      <strong>{item.name}</strong>
      {item.often !== 'weekly' && isRecurring(item) && ` (${oftenText(item)})`}
      {item.backup.trim() && <span class="portfolio-backup">If this falls through: {item.backup}</span>}
    </li>
  );
}

export function WeekPlan({ idPrefix, headingLevel, items, today, announce, calendar }: Props) {
  const H = headingTag(headingLevel);
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
      <H id={headingId}>Your week</H>
      {thisWeek && <p class="meta">Week starting {longDate(thisWeek)}</p>}
      <p class="hint no-print">Plans with a set day show here, with their backups. Print it and put it on the fridge.</p>
      <table class="portfolio-calendar" aria-labelledby={headingId}>
        <tbody>
          {weekPlan(items, thisWeek).map(({ day, entries }) => (
            <tr key={day}>
              <th scope="row">{DAY_NAMES[day]}</th>
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
            <th scope="row">Any day</th>
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
      {nextWeekOnly.length > 0 && <p>Next week, not this one: {listWords(nextWeekOnly.map((i) => `${i.name} (every two weeks)`))}.</p>}
      {laterInMonth.length > 0 && <p>Not this week: {listWords(laterInMonth.map((i) => `${i.name} (${oftenText(i)})`))}.</p>}
      <p class="button-row">
        <button type="button" class="button secondary small" onClick={() => printExercise(idPrefix)}>
          Print the week for the fridge
        </button>
        {planned && (
          <AddToCalendar
            id={`${idPrefix}-calendar-week`}
            name="every plan in your week"
            adds="your week’s plans"
            fileName="week.ics"
            make={(c, date) => c.weekCalendar(items, date, { hideDetails: calendar.hideDetails })}
            announce={announce}
          />
        )}
      </p>
      {planned && <HideDetails id={`${idPrefix}-calendar-week-private`} {...calendar} />}
    </section>
  );
}
