// The insides of the planner's last two sections, loaded when they come near
// the screen: the balance picture with its prompts, and the weekly goal with
// its ticks and wins. Their headings are in Portfolio.tsx, so they can be
// found (and printed blank) before this arrives.
import type { FieldDef } from '../../../content/schemas';
import { AREAS, balance } from '../../../workbook/kinds/portfolio-balance';
import { GIVES, MAX_TARGET, currentWeek, doneThisWeek, isKept, isNamed, longDate, weekday, weeksKept } from '../../../workbook/kinds/portfolio-logic';
import { setGoalTarget, setGoalText, setWins, tick } from '../../../workbook/kinds/portfolio-actions';
import { usePortfolioWords, type PortfolioWords } from '../../../i18n/widgets/portfolio';
import { useLang } from '../../../i18n/widgets/words';
import { AddToCalendarField } from '../AddToCalendar';
import { Field } from '../worksheet/Fields';
import type { ViewProps } from './common';
import { promptText } from './prompt-text';

const goalField = ({ goal }: PortfolioWords): FieldDef => ({ id: 'goal', type: 'short', label: goal.label, hint: goal.hint });
const winsField = ({ goal }: PortfolioWords): FieldDef => ({
  id: 'wins',
  type: 'list',
  label: goal.winsLabel,
  hint: goal.winsHint,
  itemLabel: goal.winLabel,
  maxItems: 20,
});

export function BalanceBody({ idPrefix, handle, helpHref }: ViewProps & { helpHref: string }) {
  const words = usePortfolioWords();
  const w = words.balance;
  const { items } = handle.data;
  if (!items.some(isNamed)) {
    return <p class="meta">{w.empty}</p>;
  }
  const bal = balance(items);
  return (
    <>
      <Bars id={`${idPrefix}-areas`} title={w.areas} rows={AREAS.map((a) => [words.options.areas[a], bal.areas[a]])} />
      <Bars id={`${idPrefix}-gives`} title={w.gives} rows={GIVES.map((g) => [words.options.gives[g], bal.gives[g]])} />
      {bal.prompts.length ? (
        <ul class="portfolio-prompts">
          {bal.prompts.map((pr) => (
            <li class={pr.id === 'no-bad-day' ? 'warning' : undefined}>
              {promptText(pr, words)}
              {pr.id === 'no-bad-day' && (
                <>
                  {' '}
                  {w.untilThen.before}
                  <a href={helpHref}>{words.helpNow}</a>
                  {w.untilThen.after}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{w.goodSpread}</p>
      )}
    </>
  );
}

export function GoalBody({ idPrefix, handle, today, announce, calendar }: ViewProps) {
  const words = usePortfolioWords();
  const w = words.goal;
  const lang = useLang();
  const { data, update } = handle;
  if (!today) return null;
  const week = currentWeek(data, today);
  const doneWeek = doneThisWeek(data, today);
  const goal = { text: week.goal, target: week.target };
  return (
    <>
      <p class="meta">{words.item.weekStarting(longDate(week.week, lang))}</p>
      <Field field={goalField(words)} idPrefix={idPrefix} value={week.goal} onChange={(v) => update((d) => setGoalText(d, today, String(v)))} announce={announce} />
      <div class="field">
        <label for={`${idPrefix}-target`}>{w.howMany}</label>
        <select
          id={`${idPrefix}-target`}
          value={week.target}
          onChange={(e) => {
            const target = Number((e.currentTarget as HTMLSelectElement).value);
            update((d) => setGoalTarget(d, today, target));
          }}
        >
          {Array.from({ length: MAX_TARGET }, (_, i) => (
            <option value={i + 1}>{i + 1}</option>
          ))}
        </select>
      </div>
      {goal.text.trim() && (
        <AddToCalendarField
          id={`${idPrefix}-calendar-goal`}
          name={w.calendarName}
          adds={w.calendarAdds}
          fileName={w.calendarFile}
          make={(c, date) => c.goalCalendar(goal, date, { hideDetails: calendar.hideDetails })}
          announce={announce}
          calendar={calendar}
        />
      )}
      <fieldset class="field portfolio-choices">
        <legend>{w.ticked}</legend>
        <div class="rating-options">
          {Array.from({ length: week.target }, (_, i) => (
            <label class="rating-option">
              <input
                type="checkbox"
                checked={i < week.ticks}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  update((d) => tick(d, today, i, on));
                }}
              />
              <span>{w.tick(i + 1, week.target)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p>
        {isKept(week) ? w.kept : w.soFar(week.ticks, week.target)} {w.weeksKept(weeksKept(data.weeks))}
      </p>
      {doneWeek.length > 0 && <p>{w.doneThisWeek(words.and(doneWeek.map((x) => words.item.aside(x.item.name, words.item.days[weekday(x.date)]!))))}</p>}
      <Field field={winsField(words)} idPrefix={idPrefix} value={week.wins} onChange={(v) => update((d) => setWins(d, today, v as string[]))} announce={announce} />
    </>
  );
}

function Bars({ id, title, rows }: { id: string; title: string; rows: [string, number][] }) {
  const max = Math.max(1, ...rows.map(([, n]) => n));
  return (
    <>
      <p class="portfolio-bars-title" id={id}>
        {title}
      </p>
      <ul class="portfolio-bars" aria-labelledby={id}>
        {rows.map(([label, n]) => (
          <li key={label}>
            <span>{label}</span>
            <svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect class="track" width="100" height="8" rx="2" />
              <rect width={(100 * n) / max} height="8" rx="2" />
            </svg>
            <span class="portfolio-count">{n}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
