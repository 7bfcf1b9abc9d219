// The social portfolio planner: "Right now" first (a link from the check-in
// lands there on a hard day), then the people and activities, the week, the
// balance, conversation starters and the weekly goal. Dates depend on the
// reader's clock, so they appear only after hydration: the server's render
// and the first one in the browser are the same empty planner.
import { printExercise } from '../print-exercise';
import { focusSoon } from '../focus';
import { useQuestion } from '../Confirm';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldDef } from '../../../content/schemas';
import type { ExerciseDef } from '../../../workbook/kinds/types';
import {
  ACTIVITY_CIRCLE_LABEL,
  CIRCLE_LABEL,
  DAY_NAMES,
  ENERGIES,
  MAX_ITEMS,
  MOODS,
  anyDay,
  cap,
  isNamed,
  checkinOn,
  isRecurring,
  longDate,
  offWeek,
  oftenText,
  scheduleText,
  suggest,
  weekPlan,
  weekStart,
  type Energy,
  type Mood,
  type PortfolioData,
  type PortfolioItem,
} from '../../../workbook/kinds/portfolio-logic';
import { addItem, checkIn, dropIfUnnamed, removeItem, setDone, setStarters } from '../../../workbook/kinds/portfolio-actions';
import { localDate } from '../../../workbook/dates';
import { paths, withBase } from '../../../lib/urls';
import type { ExerciseHandle } from '../useExercise';
import { Field } from '../worksheet/Fields';
import { useOnDemand } from '../useOnDemand';
import { Choices } from './Choices';
import { useNearScreen } from './useNearScreen';

const loadExtras = () => import('./PortfolioExtras');
const loadEditor = () => import('./ItemEditor');

interface Props {
  def: ExerciseDef;
  handle: ExerciseHandle<PortfolioData>;
  /** Level of the planner's section headings: one below the exercise's. */
  headingLevel: 3 | 4;
}

/** The agreed anchor the check-in links to (/exercises/social-portfolio/#right-now). */
export const RIGHT_NOW = 'right-now';

const STARTERS: FieldDef = {
  id: 'starters',
  type: 'list',
  label: 'Your starters for nervous moments',
  hint: 'Light, neutral openers. For example: “What got you into this?”, “Are you watching anything good?”, “Have you been coming here long?”',
  itemLabel: 'Starter',
  maxItems: 12,
};
/** How an item is named to screen readers and in messages, even before it has a name. */
const nameOf = (i: PortfolioItem) => i.name.trim() || `unnamed ${i.type}`;
const circleLabel = (i: PortfolioItem) => (i.circle ? (i.type === 'person' ? CIRCLE_LABEL : ACTIVITY_CIRCLE_LABEL)[i.circle] : undefined);

export function Portfolio({ def, handle, headingLevel }: Props) {
  const H = `h${headingLevel}` as 'h3' | 'h4';
  const p = def.id;
  const { data, update } = handle;
  const [mounted, setMounted] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  // Rarely needed parts arrive on demand: the editor on the first Add or Edit,
  // the balance and weekly goal when they come near the screen.
  const editor = useOnDemand(loadEditor, editing !== null);
  const more = useRef<HTMLDivElement>(null);
  const extras = useOnDemand(loadExtras, useNearScreen(more));
  const today = mounted ? localDate(new Date()) : '';
  // Nothing can be chosen before saved answers are read: the choice would be lost.
  const waiting = !today || !handle.ready;
  const helpHref = withBase(paths.helpNow);
  // Parts loaded on demand may not arrive on a lost connection: say so where
  // they would have been, rather than leave a gap or a button that does nothing.
  const loadFailed = (
    <p class="warning" role="alert">
      This part of the planner could not load. What you have saved is safe. Check your connection, then reload the page.
    </p>
  );

  useEffect(() => {
    setMounted(true);
    const land = () => {
      if (location.hash !== `#${RIGHT_NOW}`) return;
      const el = document.getElementById(RIGHT_NOW);
      el?.focus({ preventScroll: true });
      el?.scrollIntoView({ block: 'start' });
    };
    land();
    addEventListener('hashchange', land);
    return () => removeEventListener('hashchange', land);
  }, []);

  // Without the editor nothing can be written in, and a new item that could
  // not be written in is not kept.
  useEffect(() => {
    if (editor !== false || editing === null) return;
    update((d) => dropIfUnnamed(d, editing));
    setEditing(null);
  }, [editor, editing]);

  // ---------- right now ----------
  const checkin = checkinOn(data, today);
  const named = data.items.filter(isNamed);
  const suggestions = today && checkin.energy && checkin.mood ? suggest(data, checkin.energy, checkin.mood, today) : [];

  // Merged with the saved check-in inside the update: two quick taps can land
  // before a re-render, and the second must not undo the first.
  function choose(choice: { energy?: Energy; mood?: Mood }) {
    update((d) => checkIn(d, today, choice));
    const saved = handle.current();
    const { energy, mood } = checkinOn(saved, today);
    if (energy && mood) {
      const n = suggest(saved, energy, mood, today).length;
      setMessage(n ? `${n} ${n === 1 ? 'idea fits' : 'ideas fit'} right now, easiest first.` : 'Nothing in your portfolio fits right now yet.');
    }
  }

  function markDone(item: PortfolioItem, done: boolean) {
    update((d) => setDone(d, item.id, today, done));
    setMessage(done ? `${item.name} marked as done today. Well done.` : `${item.name} is no longer marked as done today.`);
  }

  // ---------- items ----------
  const editPrefix = `${p}-item`;

  function close(id: string) {
    const item = handle.current().items.find((i) => i.id === id);
    setEditing(null);
    if (item && !isNamed(item)) {
      update((d) => dropIfUnnamed(d, id));
      focusSoon(`${p}-add-${item.type}`);
    } else focusSoon(`${p}-edit-${id}`);
  }

  // The editor focuses its first field when it opens.
  const edit = (id: string) => setEditing(id);

  function add(type: PortfolioItem['type']) {
    if (editing) close(editing);
    const id = crypto.randomUUID();
    update((d) => addItem(d, type, id));
    edit(id);
  }

  const question = useQuestion();
  const remove = (item: PortfolioItem) =>
    question.ask({
      key: item.id,
      text: `Remove ${nameOf(item)} from your portfolio?`,
      yes: 'Yes, remove it',
      back: `${p}-remove-${item.id}`,
      run() {
        update((d) => removeItem(d, item.id));
        setMessage(`${nameOf(item)} removed.`);
        focusSoon(`${p}-add-${item.type}`);
      },
    });

  const extrasProps = { p, handle, today, announce: setMessage, helpHref };

  // ---------- week ----------
  // This week's plans: fortnightly and monthly plans show only in the weeks they are on.
  const thisWeek = today && weekStart(today);
  const plan = weekPlan(data.items, thisWeek);
  const notThisWeek = thisWeek ? offWeek(data.items, thisWeek) : [];
  const nextWeekOnly = notThisWeek.filter((i) => i.often === 'fortnightly');
  const laterInMonth = notThisWeek.filter((i) => i.often === 'monthly');
  const loose = anyDay(data.items);

  const printWeek = () => printExercise(p);

  const planLine = (i: PortfolioItem, withTime: boolean) => (
    <li key={i.id}>
      {withTime && i.time && <span class="portfolio-time">{i.time} </span>}
      <strong>{i.name}</strong>
      {i.often !== 'weekly' && isRecurring(i) && ` (${oftenText(i)})`}
      {i.backup.trim() && <span class="portfolio-backup">If this falls through: {i.backup}</span>}
    </li>
  );

  return (
    <div class="portfolio">
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>

      <section class="portfolio-now" aria-labelledby={RIGHT_NOW}>
        <H id={RIGHT_NOW} tabIndex={-1}>
          Right now
        </H>
        <p class="hint">Pick how you are today. You get up to three things that fit, easiest first, each with its backup.</p>
        <Choices
          legend="Your energy today"
          name={`${p}-now-energy`}
          options={ENERGIES}
          label={cap}
          value={[checkin.energy]}
          disabled={waiting}
          onChange={([e]) => choose({ energy: e as Energy })}
        />
        <Choices
          legend="Your mood today"
          name={`${p}-now-mood`}
          options={MOODS}
          label={cap}
          value={[checkin.mood]}
          disabled={waiting}
          onChange={([m]) => choose({ mood: m as Mood })}
        />
        {checkin.energy && checkin.mood && (
          <div class="portfolio-ideas">
            {suggestions.length > 0 ? (
              <ol class="portfolio-list" aria-label="Ideas for right now">
                {suggestions.map(({ item, backup, doneToday }) => (
                  <li class="card" key={item.id}>
                    <p>
                      <strong>{item.name}</strong>{' '}
                      <span class="meta">
                        {circleLabel(item) ?? (item.type === 'person' ? 'Person' : 'Activity')} · {item.energy} energy
                      </span>
                    </p>
                    <p>{backup ? `If this falls through: ${backup}` : <span class="meta">No backup written for this one yet.</span>}</p>
                    {doneToday ? (
                      <p class="portfolio-done">
                        Done today.{' '}
                        <button type="button" class="button secondary small" aria-label={`Undo: ${item.name} done today`} onClick={() => markDone(item, false)}>
                          Undo
                        </button>
                      </p>
                    ) : (
                      <button type="button" class="button small" aria-label={`I did this: ${item.name}`} onClick={() => markDone(item, true)}>
                        I did this
                      </button>
                    )}
                  </li>
                ))}
              </ol>
            ) : (
              <p>
                {named.length === 0
                  ? 'Nothing in your portfolio yet. Add a person or an activity below, and ideas will appear here.'
                  : `Nothing in your portfolio fits a ${checkin.energy}-energy, ${checkin.mood} day yet. Add one small thing that would, like a text to someone who gets it.`}
              </p>
            )}
            {(checkin.mood === 'low' || checkin.mood === 'anxious') && (
              <p class="meta">
                If you feel unsafe, <a href={helpHref}>Help now</a> has free lines you can call or text.
              </p>
            )}
          </div>
        )}
      </section>

      <section class="portfolio-items" aria-labelledby={`${p}-items`}>
        <H id={`${p}-items`}>Your people and activities</H>
        {data.items.length === 0 ? (
          <p class="meta">Nothing here yet. Start with what you already have: one person, one thing you do.</p>
        ) : (
          <ul class="portfolio-list">
            {data.items.map((item) =>
              editing === item.id ? (
                <li class="card" key={item.id}>
                  {editor && (
                    <editor.ItemEditor
                      item={item}
                      prefix={editPrefix}
                      today={today}
                      handle={handle}
                      onDone={() => close(item.id)}
                    />
                  )}
                </li>
              ) : (
                <li class="card" key={item.id}>
                  <p>
                    <strong>{item.name || 'No name yet'}</strong>{' '}
                    <span class="meta">
                      {[circleLabel(item) ?? (item.type === 'person' ? 'Person' : 'Activity'), item.energy && `${item.energy} energy`]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </p>
                  {isRecurring(item) && (
                    <p class="meta">
                      {cap(scheduleText(item))}
                    </p>
                  )}
                  {item.backup.trim() && <p>If this falls through: {item.backup}</p>}
                  <div class="button-row">
                    <button type="button" id={`${p}-edit-${item.id}`} class="button secondary small" aria-label={`Edit ${nameOf(item)}`} onClick={() => (editing && close(editing), edit(item.id))}>
                      Edit
                    </button>
                    <button type="button" id={`${p}-remove-${item.id}`} class="button danger small" aria-label={`Remove ${nameOf(item)}`} onClick={() => remove(item)}>
                      Remove
                    </button>
                  </div>
                  {question.at(item.id)}
                </li>
              ),
            )}
          </ul>
        )}
        {editor === false && loadFailed}
        <div class="button-row">
          <button type="button" id={`${p}-add-person`} class="button secondary" disabled={waiting || data.items.length >= MAX_ITEMS} onClick={() => add('person')}>
            Add a person
          </button>
          <button type="button" id={`${p}-add-activity`} class="button secondary" disabled={waiting || data.items.length >= MAX_ITEMS} onClick={() => add('activity')}>
            Add an activity
          </button>
        </div>
        {data.items.length >= MAX_ITEMS && <p class="hint">That is the most the planner can hold ({MAX_ITEMS}). Remove one to add another.</p>}
      </section>

      <section class="portfolio-week" aria-labelledby={`${p}-week`}>
        <H id={`${p}-week`}>Your week</H>
        {thisWeek && <p class="meta">Week starting {longDate(thisWeek)}</p>}
        <p class="hint no-print">Plans with a set day show here, with their backups. Print it and put it on the fridge.</p>
        <table class="portfolio-calendar" aria-labelledby={`${p}-week`}>
          <tbody>
            {plan.map(({ day, entries }) => (
              <tr key={day}>
                <th scope="row">{DAY_NAMES[day]}</th>
                <td>{entries.length > 0 && <ul>{entries.map((i) => planLine(i, true))}</ul>}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Any day</th>
              <td>{loose.length > 0 && <ul>{loose.map((i) => planLine(i, false))}</ul>}</td>
            </tr>
          </tbody>
        </table>
        {nextWeekOnly.length > 0 && <p>Next week, not this one: {nextWeekOnly.map((i) => `${i.name} (every two weeks)`).join(', ')}.</p>}
        {laterInMonth.length > 0 && <p>Not this week: {laterInMonth.map((i) => `${i.name} (${oftenText(i)})`).join(', ')}.</p>}
        <p>
          <button type="button" class="button secondary small" onClick={printWeek}>
            Print the week for the fridge
          </button>
        </p>
      </section>

      <section class="portfolio-starters" aria-labelledby={`${p}-starters-h`}>
        <H id={`${p}-starters-h`}>Conversation starters</H>
        <Field field={STARTERS} idPrefix={p} value={data.starters} onChange={(v) => update((d) => setStarters(d, v as string[]))} announce={setMessage} />
      </section>

      <section class="portfolio-balance" aria-labelledby={`${p}-balance`}>
        <H id={`${p}-balance`}>Balance</H>
        {extras ? <extras.BalanceBody {...extrasProps} /> : extras === false ? loadFailed : <div class="portfolio-more" ref={more} />}
      </section>

      <section class="portfolio-goal" aria-labelledby={`${p}-goal-h`}>
        <H id={`${p}-goal-h`}>This week’s goal</H>
        {extras && <extras.GoalBody {...extrasProps} />}
      </section>
    </div>
  );
}
