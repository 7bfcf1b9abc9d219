// Editing one person or activity. Every change is saved as it is made, so a
// half-filled item is there after a reload like any other answer. Each change
// is made to the item as saved, so quick changes never undo each other.
import { useEffect } from 'preact/hooks';
import { MAX_SHORT } from '../../../workbook/limits';
import {
  ENERGIES,
  GIVES,
  MOODS,
  OFTENS,
  WEEKDAYS,
  WEEKS_OF_MONTH,
  fallsInWeek,
  monthlyWeek,
  weekStart,
  type Energy,
  type Give,
  type Mood,
  type PortfolioData,
  type PortfolioItem,
} from '../../../workbook/kinds/portfolio-logic';
import { editItem, setFortnightWeek, setMonthWeek, setOften, type ItemPatch } from '../../../workbook/kinds/portfolio-actions';
import type { ExerciseHandle } from '../useExercise';
import { focusSoon } from '../focus';
import { usePortfolioWords } from '../../../i18n/widgets/portfolio';
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

const DAYS = WEEKDAYS.map(String);

export function ItemEditor({ item, idPrefix, today, handle, onDone }: Props) {
  const words = usePortfolioWords();
  const { options, editor: w } = words;
  const person = item.type === 'person';
  const { id } = item;
  const set = (patch: ItemPatch) => handle.update((d) => editItem(d, id, patch));
  const text = (key: 'name' | 'backup') => (e: Event) => set({ [key]: (e.currentTarget as HTMLInputElement).value });
  const chosen = (e: Event) => (e.currentTarget as HTMLSelectElement).value;
  const circles: Partial<Record<string, string>> = person ? options.circle : options.activityCircle;
  const thisWeek = weekStart(today);
  // Opened by Add or Edit, it starts at the name: once the frame is drawn,
  // after the focus handed back to any item closed on the way.
  useEffect(() => void focusSoon(`${idPrefix}-name`), []);

  return (
    <div class="portfolio-editor" role="group" aria-label={words.item.kind[item.type]}>
      <div class="field">
        <label for={`${idPrefix}-name`}>{w.nameLabel[item.type]}</label>
        <span class="hint" id={`${idPrefix}-name-hint`}>
          {w.nameHint[item.type]}
        </span>
        <input id={`${idPrefix}-name`} type="text" maxLength={80} aria-describedby={`${idPrefix}-name-hint`} value={item.name} onInput={text('name')} />
      </div>
      <Choices
        legend={w.circle[item.type]}
        name={`${idPrefix}-circle`}
        options={Object.keys(circles)}
        label={(o) => circles[o]!}
        value={[item.circle]}
        onChange={([c]) => set({ circle: c as PortfolioItem['circle'] })}
      />
      <Choices
        legend={w.energy}
        name={`${idPrefix}-energy`}
        options={ENERGIES}
        label={(o) => options.energy[o as Energy]}
        value={[item.energy]}
        onChange={([e]) => set({ energy: e as PortfolioItem['energy'] })}
      />
      <Choices
        legend={w.moods}
        hint={w.moodsHint}
        name={`${idPrefix}-moods`}
        multiple
        options={MOODS}
        label={(o) => options.mood[o as Mood]}
        value={item.moods}
        onChange={(m) => set({ moods: MOODS.filter((x) => m.includes(x)) })}
      />
      <Choices
        legend={w.gives}
        name={`${idPrefix}-gives`}
        multiple
        options={GIVES}
        label={(o) => options.gives[o as Give]}
        value={item.gives}
        onChange={(g) => set({ gives: GIVES.filter((x) => g.includes(x)) })}
      />
      <div class="field">
        <label for={`${idPrefix}-often`}>{w.often}</label>
        <select
          id={`${idPrefix}-often`}
          value={item.often}
          onChange={(e) => {
            const often = chosen(e) as PortfolioItem['often'];
            handle.update((d) => setOften(d, id, often, today));
          }}
        >
          {OFTENS.map((o) => (
            <option value={o}>{options.often[o]}</option>
          ))}
        </select>
      </div>
      {item.often === 'fortnightly' && (
        <div class="field">
          <label for={`${idPrefix}-from`}>{w.thisWeek}</label>
          <select
            id={`${idPrefix}-from`}
            value={fallsInWeek(item, thisWeek) ? '0' : '7'}
            onChange={(e) => {
              const on = chosen(e) === '0';
              handle.update((d) => setFortnightWeek(d, id, today, on));
            }}
          >
            <option value="0">{w.yesThisWeek}</option>
            <option value="7">{w.noNextWeek}</option>
          </select>
        </div>
      )}
      {item.often === 'monthly' && (
        <div class="field">
          <label for={`${idPrefix}-month-week`}>{w.monthWeek}</label>
          <select
            id={`${idPrefix}-month-week`}
            value={String(monthlyWeek(item))}
            onChange={(e) => {
              const week = Number(chosen(e));
              handle.update((d) => setMonthWeek(d, id, today, week));
            }}
          >
            {WEEKS_OF_MONTH.map((week) => (
              <option value={String(week)}>{options.monthWeeks[week - 1]}</option>
            ))}
          </select>
        </div>
      )}
      {item.often !== 'sometimes' && (
        <>
          <Choices
            legend={w.days}
            name={`${idPrefix}-days`}
            multiple
            options={DAYS}
            label={(o) => options.days[Number(o)]!}
            value={item.days.map(String)}
            onChange={(d) => set({ days: d.map(Number).sort((a, b) => a - b) })}
          />
          <div class="field">
            <label for={`${idPrefix}-time`}>{w.time}</label>
            <input id={`${idPrefix}-time`} type="time" value={item.time} onInput={(e) => set({ time: (e.currentTarget as HTMLInputElement).value.slice(0, 5) })} />
          </div>
        </>
      )}
      <div class="field">
        <label for={`${idPrefix}-backup`}>{w.backup}</label>
        <span class="hint" id={`${idPrefix}-backup-hint`}>
          {w.backupHint}
        </span>
        <input id={`${idPrefix}-backup`} type="text" maxLength={MAX_SHORT} aria-describedby={`${idPrefix}-backup-hint`} value={item.backup} onInput={text('backup')} />
      </div>
      <button type="button" class="button" onClick={onDone}>
        {w.done}
      </button>
    </div>
  );
}
