// The week chart's numbers as a table, folded away under the chart.
import type { Week } from '../../../workbook/name-it/patterns';
import { weekLabel } from './WeekChart';
import { orDash } from '../dash';
import { useLang } from '../../../i18n/widgets/words';
import { useNameItWords } from '../../../i18n/widgets/name-it';
import { useNameItLaterWords } from '../../../i18n/widgets/name-it-later';

export function WeekTable({ weeks }: { weeks: Week[] }) {
  const w = { ...useNameItWords(), ...useNameItLaterWords() };
  const lang = useLang();
  /** An average as the language writes it (5.8, 5,8), or a dash. */
  const average = (n: number | null) => (n === null ? orDash(n) : w.number(n));
  return (
    <details class="nameit-table">
      <summary>{w.table.summary}</summary>
      <table>
        <caption>{w.table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{w.table.week}</th>
            <th scope="col">{w.table.checkIns}</th>
            <th scope="col">{w.table.loneliness}</th>
            <th scope="col">{w.table.craving}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.start}>
              <th scope="row">{weekLabel(week.start, lang)}</th>
              <td>{week.checkIns}</td>
              <td>{average(week.loneliness)}</td>
              <td>{average(week.craving)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
