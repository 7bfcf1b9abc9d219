// Editing one person or activity. Every change is saved as it is made, so a
// half-filled item is there after a reload like any other answer. Each change
// is made to the item as saved, so quick changes never undo each other.
import { useEffect } from 'preact/hooks';
import { MAX_SHORT } from '../../../workbook/limits';
import {
  ACTIVITY_CIRCLE_LABEL,
  CIRCLE_LABEL,
  DAY_NAMES,
  ENERGIES,
  cap,
  GIVES,
  GIVE_LABEL,
  MOODS,
  OFTENS,
  MONTH_WEEKS,
  OFTEN_LABEL,
  fallsInWeek,
  monthlyWeek,
  weekStart,
  type PortfolioData,
  type PortfolioItem,
} from '../../../workbook/kinds/portfolio-logic';
import { editItem, setFortnightWeek, setMonthWeek, setOften, type ItemPatch } from '../../../workbook/kinds/portfolio-actions';
import type { ExerciseHandle } from '../useExercise';
import { focusSoon } from '../focus';
import { Choices } from './Choices';

interface Props {
  item: PortfolioItem;
  /** Prefix for the ids of this editor's fields. */
  idPrefix: string;
  /** Today's local date: a fortnightly plan counts its weeks from this week or the next; a monthly one starts in this week of the month. */
  today: string;
  handle: ExerciseHandle<PortfolioData>;
  onDone(): void;
}

const DAYS = DAY_NAMES.map((_, i) => String(i));
const MONTH_WEEK_DAYS = ['1st to 7th', '8th to 14th', '15th to 21st', '22nd to 28th'];

export function ItemEditor({ item, idPrefix, today, handle, onDone }: Props) {
  const person = item.type === 'person';
  const { id } = item;
  const set = (patch: ItemPatch) => handle.update((d) => editItem(d, id, patch));
  const text = (key: 'name' | 'backup') => (e: Event) => set({ [key]: (e.currentTarget as HTMLInputElement).value });
  const chosen = (e: Event) => (e.currentTarget as HTMLSelectElement).value;
  const circles = person ? CIRCLE_LABEL : ACTIVITY_CIRCLE_LABEL;
  const thisWeek = weekStart(today);
  // Opened by Add or Edit, it starts at the name: once the frame is drawn,
  // after the focus handed back to any item closed on the way.
  useEffect(() => void focusSoon(`${idPrefix}-name`), []);

  return (
    <div class="portfolio-editor" role="group" aria-label={person ? 'Person' : 'Activity'}>
      <div class="field">
        <label for={`${idPrefix}-name`}>{person ? 'First name or nickname' : 'What is it?'}</label>
        <span class="hint" id={`${idPrefix}-name-hint`}>
          {person ? 'A first name or nickname is enough.' : 'For example: a walk with a neighbour, a weekly class, an online group.'}
        </span>
        <input id={`${idPrefix}-name`} type="text" maxLength={80} aria-describedby={`${idPrefix}-name-hint`} value={item.name} onInput={text('name')} />
      </div>
      <Choices
        legend={person ? 'How you know them' : 'Who it connects you with'}
        name={`${idPrefix}-circle`}
        options={Object.keys(circles)}
        label={(o) => circles[o as keyof typeof circles]!}
        value={[item.circle]}
        onChange={([c]) => set({ circle: c as PortfolioItem['circle'] })}
      />
      <Choices
        legend="Energy it takes"
        name={`${idPrefix}-energy`}
        options={ENERGIES}
        label={cap}
        value={[item.energy]}
        onChange={([e]) => set({ energy: e as PortfolioItem['energy'] })}
      />
      <Choices
        legend="Moods it suits"
        hint="Leave them all unticked if it suits any mood."
        name={`${idPrefix}-moods`}
        multiple
        options={MOODS}
        label={cap}
        value={item.moods}
        onChange={(m) => set({ moods: MOODS.filter((x) => m.includes(x)) })}
      />
      <Choices
        legend="What it gives you"
        name={`${idPrefix}-gives`}
        multiple
        options={GIVES}
        label={(o) => GIVE_LABEL[o as keyof typeof GIVE_LABEL]}
        value={item.gives}
        onChange={(g) => set({ gives: GIVES.filter((x) => g.includes(x)) })}
      />
      <div class="field">
        <label for={`${idPrefix}-often`}>How often</label>
        <select
          id={`${idPrefix}-often`}
          value={item.often}
          onChange={(e) => {
            const often = chosen(e) as PortfolioItem['often'];
            handle.update((d) => setOften(d, id, often, today));
          }}
        >
          {OFTENS.map((o) => (
            <option value={o}>{OFTEN_LABEL[o]}</option>
          ))}
        </select>
      </div>
      {item.often === 'fortnightly' && (
        <div class="field">
          <label for={`${idPrefix}-from`}>Is it on this week?</label>
          <select
            id={`${idPrefix}-from`}
            value={fallsInWeek(item, thisWeek) ? '0' : '7'}
            onChange={(e) => {
              const on = chosen(e) === '0';
              handle.update((d) => setFortnightWeek(d, id, today, on));
            }}
          >
            <option value="0">Yes, this week</option>
            <option value="7">No, next week</option>
          </select>
        </div>
      )}
      {item.often === 'monthly' && (
        <div class="field">
          <label for={`${idPrefix}-month-week`}>Which week of the month?</label>
          <select
            id={`${idPrefix}-month-week`}
            value={String(monthlyWeek(item))}
            onChange={(e) => {
              const week = Number(chosen(e));
              handle.update((d) => setMonthWeek(d, id, today, week));
            }}
          >
            {MONTH_WEEKS.map((name, i) => (
              <option value={String(i + 1)}>{`${cap(name)} (${MONTH_WEEK_DAYS[i]})`}</option>
            ))}
          </select>
        </div>
      )}
      {item.often !== 'sometimes' && (
        <>
          <Choices
            legend="On which days"
            name={`${idPrefix}-days`}
            multiple
            options={DAYS}
            label={(o) => DAY_NAMES[Number(o)]!}
            value={item.days.map(String)}
            onChange={(d) => set({ days: d.map(Number).sort((a, b) => a - b) })}
          />
          <div class="field">
            <label for={`${idPrefix}-time`}>Time (if there is a set time)</label>
            <input id={`${idPrefix}-time`} type="time" value={item.time} onInput={(e) => set({ time: (e.currentTarget as HTMLInputElement).value.slice(0, 5) })} />
          </div>
        </>
      )}
      <div class="field">
        <label for={`${idPrefix}-backup`}>If this falls through</label>
        <span class="hint" id={`${idPrefix}-backup-hint`}>
          Your plan B. For example: text Sam, or join the online meeting.
        </span>
        <input id={`${idPrefix}-backup`} type="text" maxLength={MAX_SHORT} aria-describedby={`${idPrefix}-backup-hint`} value={item.backup} onInput={text('backup')} />
      </div>
      <button type="button" class="button" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
