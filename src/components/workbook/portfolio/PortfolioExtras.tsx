// The insides of the planner's last two sections, loaded when they come near
// the screen: the balance picture with its prompts, and the weekly goal with
// its ticks and wins. Their headings are in Portfolio.tsx, so they can be
// found (and printed blank) before this arrives.
import type { FieldDef } from '../../../content/schemas';
import { listWords } from '../../../lib/words';
import { AREAS, AREA_LABEL, balance } from '../../../workbook/kinds/portfolio-balance';
import {
  DAY_NAMES,
  GIVES,
  GIVE_LABEL,
  MAX_TARGET,
  currentWeek,
  doneThisWeek,
  isKept,
  isNamed,
  longDate,
  weekday,
  weeksKept,
} from '../../../workbook/kinds/portfolio-logic';
import { setGoalTarget, setGoalText, setWins, tick } from '../../../workbook/kinds/portfolio-actions';
import { AddToCalendarField } from '../AddToCalendar';
import { Field } from '../worksheet/Fields';
import type { ViewProps } from './common';
import { promptText } from './prompt-text';

const GOAL: FieldDef = {
  id: 'goal',
  type: 'short',
  label: 'My goal for this week',
  hint: 'Small and clear, so you know when it is done. For example: start one new conversation, or go to two meetings.',
};
const WINS: FieldDef = { id: 'wins', type: 'list', label: 'Small wins this week', hint: 'A laugh, a plan made, a name remembered.', itemLabel: 'Win', maxItems: 20 };

export function BalanceBody({ idPrefix, handle, helpHref }: ViewProps & { helpHref: string }) {
  const { items } = handle.data;
  if (!items.some(isNamed)) {
    return <p class="meta">Once you add people and activities, you will see here how they spread, and what may be missing.</p>;
  }
  const bal = balance(items);
  return (
    <>
      <Bars id={`${idPrefix}-areas`} title="Where your support comes from" rows={AREAS.map((a) => [AREA_LABEL[a], bal.areas[a]])} />
      <Bars id={`${idPrefix}-gives`} title="What it gives you" rows={GIVES.map((g) => [GIVE_LABEL[g], bal.gives[g]])} />
      {bal.prompts.length ? (
        <ul class="portfolio-prompts">
          {bal.prompts.map((pr) => (
            <li class={pr.id === 'no-bad-day' ? 'warning' : undefined}>
              {promptText(pr)}
              {pr.id === 'no-bad-day' && (
                <>
                  {' '}
                  Until then, <a href={helpHref}>Help now</a> has free lines you can call or text.
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>A good spread. Look back at it whenever your life changes.</p>
      )}
    </>
  );
}

export function GoalBody({ idPrefix, handle, today, announce, calendar }: ViewProps) {
  const { data, update } = handle;
  if (!today) return null;
  const week = currentWeek(data, today);
  const doneWeek = doneThisWeek(data, today);
  const goal = { text: week.goal, target: week.target };
  return (
    <>
      <p class="meta">Week starting {longDate(week.week)}</p>
      <Field field={GOAL} idPrefix={idPrefix} value={week.goal} onChange={(v) => update((d) => setGoalText(d, today, String(v)))} announce={announce} />
      <div class="field">
        <label for={`${idPrefix}-target`}>How many times this week</label>
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
          name="your weekly goal"
          adds="your goal"
          fileName="goal.ics"
          make={(c, date) => c.goalCalendar(goal, date, { hideDetails: calendar.hideDetails })}
          announce={announce}
          calendar={calendar}
        />
      )}
      <fieldset class="field portfolio-choices">
        <legend>Ticked off this week</legend>
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
              <span>
                {i + 1} of {week.target}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <p>
        {isKept(week) ? 'Goal kept this week. Well done.' : `${week.ticks} of ${week.target} so far this week.`} Weeks you have kept your goal: {weeksKept(data.weeks)}.
      </p>
      {doneWeek.length > 0 && <p>From your portfolio this week: {listWords(doneWeek.map((x) => `${x.item.name} (${DAY_NAMES[weekday(x.date)]})`))}.</p>}
      <Field field={WINS} idPrefix={idPrefix} value={week.wins} onChange={(v) => update((d) => setWins(d, today, v as string[]))} announce={announce} />
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
