// The patterns across check-ins: the feelings that come up most, whether
// naming turned them down, and loneliness beside a craving or urge, week by
// week as a chart with the same numbers as a table.
import type { Change, Group, Week, WordCount } from '../../../workbook/name-it/patterns';
import { changeText, togetherText } from '../../../workbook/name-it/phrases';
import { feelingLabel } from '../../../workbook/name-it/words';
import { useNameItWords } from '../../../i18n/widgets/name-it';
import { useNameItLaterWords } from '../../../i18n/widgets/name-it-later';
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
  const w = { ...useNameItWords(), ...useNameItLaterWords() };
  const Sub = `h${headingLevel + 1}` as 'h4';
  const charted = series.some((w) => w.loneliness !== null || w.craving !== null);
  return (
    <>
      <Sub>{w.patterns.top}</Sub>
      <ol class="nameit-top">
        {top.map((t) => (
          <li key={t.word}>
            {feelingLabel(w, t.word)}: {w.patterns.times(t.count)}
          </li>
        ))}
      </ol>

      <Sub>{w.patterns.beforeAfter}</Sub>
      {change.feelings || change.craving ? (
        <>
          {change.feelings && <p>{changeText(change.feelings, w.patterns.yourFeelings, w)}</p>}
          {change.craving && <p>{changeText(change.craving, w.patterns.theCraving, w)}</p>}
        </>
      ) : (
        <p>{w.patterns.noRerates}</p>
      )}

      <Sub>{w.patterns.together}</Sub>
      <p>{togetherText(together, w)}</p>
      {charted && (
        <>
          <WeekChart weeks={series} />
          <WeekTable weeks={series} />
        </>
      )}
    </>
  );
}
