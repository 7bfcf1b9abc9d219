// The week chart's numbers as a table, folded away under the chart.
import type { Week } from '../../../workbook/name-it/patterns';
import { weekLabel } from './WeekChart';
import { orDash } from '../dash';

export function WeekTable({ weeks }: { weeks: Week[] }) {
  return (
    <details class="nameit-table">
      <summary>The chart as a table</summary>
      <table>
        <caption>Averages by week. Each counts only the check-ins that rated it.</caption>
        <thead>
          <tr>
            <th scope="col">Week from</th>
            <th scope="col">Check-ins</th>
            <th scope="col">Loneliness</th>
            <th scope="col">Craving or urge</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.start}>
              <th scope="row">{weekLabel(w.start)}</th>
              <td>{w.checkIns}</td>
              <td>{orDash(w.loneliness)}</td>
              <td>{orDash(w.craving)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
