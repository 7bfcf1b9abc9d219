// The patterns across check-ins: the feelings that come up most, whether
// naming turned them down, and loneliness beside a craving or urge, week by
// week as a chart with the same numbers as a table.
import type { Change, Group, Week, WordCount } from '../../../workbook/name-it/patterns';
import { changeText, togetherText } from '../../../workbook/name-it/phrases';
import { count } from '../../../lib/words';
import { WeekChart } from './WeekChart';
import { WeekTable } from './WeekTable';

interface Props {
  top: WordCount[];
  change: { feelings: Change | null; craving: Change | null };
  together: { lonely: Group | null; other: Group | null };
  series: Week[];
  /** Level of the history's heading; these sit one below. */
  headingLevel: 3 | 4;
}

export function Patterns({ top, change, together, series, headingLevel }: Props) {
  const Sub = `h${headingLevel + 1}` as 'h4';
  const charted = series.some((w) => w.loneliness !== null || w.craving !== null);
  return (
    <>
      <Sub>Feelings that come up most</Sub>
      <ol class="nameit-top">
        {top.map((t) => (
          <li key={t.word}>
            {t.word}: {count(t.count, 'time', 'times')}
          </li>
        ))}
      </ol>

      <Sub>Before and after naming</Sub>
      {change.feelings || change.craving ? (
        <>
          {change.feelings && <p>{changeText(change.feelings, 'Your feelings')}</p>}
          {change.craving && <p>{changeText(change.craving, 'The craving or urge')}</p>}
        </>
      ) : (
        <p>After a check-in, rate it again a few minutes later. Here you will see whether naming a feeling turned it down.</p>
      )}

      <Sub>Loneliness and a craving or urge</Sub>
      <p>{togetherText(together)}</p>
      {charted && (
        <>
          <WeekChart weeks={series} />
          <WeekTable weeks={series} />
        </>
      )}
    </>
  );
}
