// Hand-drawn SVG pictures: the ladder's rungs, and distress over a step's
// tries. Both are hidden from screen readers; the words and the tries table
// next to them say the same. Colours come from CSS classes (light, dark, print).
import type { Attempt, Step } from '../../../workbook/kinds/ladder-logic';
import { useLadderWords } from '../../../i18n/widgets/ladder';

/** The ladder as rungs, lowest step at the bottom; climbed rungs filled. */
export function Rungs({ steps, next }: { steps: Step[]; next?: Step }) {
  const n = Math.max(steps.length, 1);
  const h = Math.min(200, Math.max(80, n * 24));
  const gap = h / n;
  const thick = Math.min(8, gap * 0.5);
  return (
    <svg class="ladder-rungs" viewBox={`0 0 60 ${h}`} aria-hidden="true" focusable="false">
      <path class="rail" d={`M6 0V${h}M54 0V${h}`} />
      {steps.map((s, i) => (
        <rect
          key={s.id}
          class={s.climbedOn ? 'rung-done' : s === next ? 'rung-next' : 'rung-todo'}
          x="6"
          y={h - (i + 0.5) * gap - thick / 2}
          width="48"
          height={thick}
          rx="1.5"
        />
      ))}
    </svg>
  );
}

const W = 240;
const H = 120;
const LEFT = 28;
const TOP = 8;
const BOTTOM = 22;
const SERIES = ['peak', 'before', 'after'] as const;

/** Distress before, at the peak and after, over a step's tries (oldest first). */
export function TriesChart({ tries }: { tries: Attempt[] }) {
  const n = tries.length;
  const x = (i: number) => (n === 1 ? (LEFT + W) / 2 : LEFT + 6 + (i * (W - LEFT - 12)) / (n - 1));
  const y = (v: number) => TOP + ((100 - v) * (H - TOP - BOTTOM)) / 100;
  const w = useLadderWords().chart;
  return (
    <div class="ladder-chart" aria-hidden="true">
      <svg viewBox={`0 0 ${W} ${H}`} focusable="false">
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <path class="grid" d={`M${LEFT} ${y(v)}H${W}`} />
            <text x={LEFT - 4} y={y(v) + 5} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        <text x={x(0)} y={H - 4} text-anchor="middle">
          1
        </text>
        {n > 1 && (
          <text x={x(n - 1)} y={H - 4} text-anchor="middle">
            {n}
          </text>
        )}
        {SERIES.map((k) => {
          const pts = tries.flatMap((a, i) => (a[k] === null ? [] : [[x(i), y(a[k]!)]]));
          return (
            <g key={k} class={`s-${k}`}>
              <polyline points={pts.join(' ')} />
              {pts.map(([cx, cy]) => (
                <circle cx={cx} cy={cy} r={k === 'peak' ? 4 : 2.5} />
              ))}
            </g>
          );
        })}
      </svg>
      <p class="ladder-legend">
        {SERIES.map((k) => (
          <span key={k}>
            <svg viewBox="0 0 24 8" class={`s-${k}`} focusable="false">
              <polyline points="0,4 24,4" />
            </svg>
            {w[k]}
          </span>
        ))}
        <span>{w.axis}</span>
      </p>
    </div>
  );
}
