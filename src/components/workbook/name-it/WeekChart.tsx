// A small hand-drawn SVG chart: loneliness and a craving or urge, averaged by
// week. Lines differ by dash and marker shape as well as colour; the history
// shows the same numbers as a table.
import type { Week } from '../../../workbook/name-it/patterns';
import type { Lang } from '../../../i18n/languages';
import { useLang } from '../../../i18n/widgets/words';
import { useNameItWords } from '../../../i18n/widgets/name-it';
import { useNameItLaterWords } from '../../../i18n/widgets/name-it-later';
import { formatDate } from '../../../workbook/dates';

const W = 320;
const TOP = 12;
const LEFT = 26;
const RIGHT = W - 10;
const BOTTOM = 132;

export const weekLabel = (start: string, lang: Lang) => formatDate(start, { day: 'numeric', month: 'short' }, lang);

const y = (v: number) => BOTTOM - (v / 10) * (BOTTOM - TOP);

/** Runs of consecutive weeks with a value, so a missing week breaks the line. */
function runs(points: ([number, number] | null)[]): [number, number][][] {
  const out: [number, number][][] = [[]];
  for (const p of points) {
    if (p) out[out.length - 1]!.push(p);
    else if (out[out.length - 1]!.length) out.push([]);
  }
  return out.filter((r) => r.length);
}

export function WeekChart({ weeks }: { weeks: Week[] }) {
  const words = { ...useNameItWords(), ...useNameItLaterWords() };
  const lang = useLang();
  const step = weeks.length > 1 ? (RIGHT - LEFT) / (weeks.length - 1) : 0;
  const x = (i: number) => (weeks.length > 1 ? LEFT + i * step : (LEFT + RIGHT) / 2);
  const series = (pick: (w: Week) => number | null) => weeks.map((w, i) => (pick(w) === null ? null : ([x(i), y(pick(w)!)] as [number, number])));
  const lonely = series((w) => w.loneliness);
  const craving = series((w) => w.craving);
  const labelled = weeks.length <= 4 ? weeks.map((_, i) => i) : [0, Math.floor((weeks.length - 1) / 2), weeks.length - 1];
  const line = (points: ([number, number] | null)[], cls: string) =>
    runs(points).map((r) => <polyline class={cls} points={r.map((p) => p.join(',')).join(' ')} fill="none" />);

  return (
    <figure class="nameit-chart">
      <svg viewBox={`0 0 ${W} 160`} width={W} height={160} role="img" aria-label={words.chart.label}>
        {[0, 5, 10].map((v) => (
          <>
            <line class="nameit-grid" x1={LEFT} x2={RIGHT} y1={y(v)} y2={y(v)} />
            <text class="nameit-axis" x={LEFT - 6} y={y(v) + 4} text-anchor="end">
              {v}
            </text>
          </>
        ))}
        {labelled.map((i) => (
          <text class="nameit-axis" x={x(i)} y={152} text-anchor={weeks.length > 1 && i === 0 ? 'start' : weeks.length > 1 && i === weeks.length - 1 ? 'end' : 'middle'}>
            {weekLabel(weeks[i]!.start, lang)}
          </text>
        ))}
        {line(lonely, 'nameit-lonely')}
        {line(craving, 'nameit-craving')}
        {lonely.map((p) => p && <circle class="nameit-lonely" cx={p[0]} cy={p[1]} r={4} />)}
        {craving.map((p) => p && <rect class="nameit-craving" x={p[0] - 3.5} y={p[1] - 3.5} width={7} height={7} />)}
      </svg>
      <figcaption>
        <span class="nameit-key nameit-key-lonely" aria-hidden="true" /> {words.chart.lonely} <span class="nameit-key nameit-key-craving" aria-hidden="true" />{' '}
        {words.chart.craving}
      </figcaption>
    </figure>
  );
}
