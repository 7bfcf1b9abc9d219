// One person or activity as it reads when not being edited: its name, how you
// know them and the energy it takes, when it recurs, its backup, and buttons
// to edit or remove it, and to add a plan with a day to a calendar.
import { cap, isRecurring, scheduleText, type PortfolioItem } from '../../../workbook/kinds/portfolio-logic';
import { usePortfolioWords } from '../../../i18n/widgets/portfolio';
import { AddToCalendar } from '../AddToCalendar';
import { isCalendarPlan, kindOf, nameOf } from './common';

interface Props {
  item: PortfolioItem;
  /** Prefix for element ids: the exercise's id. The buttons' ids are where focus returns. */
  idPrefix: string;
  onEdit(): void;
  onRemove(): void;
  /** Whether "Add to calendar" hides the plan's details. */
  hideDetails: boolean;
  announce(message: string): void;
}

export function ItemCard({ item, idPrefix, onEdit, onRemove, hideDetails, announce }: Props) {
  const words = usePortfolioWords();
  const w = words.card;
  const name = nameOf(item, words);
  return (
    <>
      <p>
        <strong>{item.name || w.noName}</strong>{' '}
        <span class="meta">{[kindOf(item, words), item.energy && words.item.energy[item.energy]].filter(Boolean).join(' · ')}</span>
      </p>
      {isRecurring(item) && <p class="meta">{cap(scheduleText(item, words))}</p>}
      {item.backup.trim() && <p>{words.item.fallsThrough(item.backup)}</p>}
      <div class="button-row">
        <button type="button" id={`${idPrefix}-edit-${item.id}`} class="button secondary small" aria-label={w.editLabel(name)} onClick={onEdit}>
          {w.edit}
        </button>
        <button type="button" id={`${idPrefix}-remove-${item.id}`} class="button danger small" aria-label={w.removeLabel(name)} onClick={onRemove}>
          {w.remove}
        </button>
        {isCalendarPlan(item) && (
          <AddToCalendar
            id={`${idPrefix}-calendar-${item.id}`}
            name={name}
            adds={w.calendarAdds}
            fileName={w.calendarFile}
            make={(c, today) => c.planCalendar(item, today, { hideDetails })}
            announce={announce}
          />
        )}
      </div>
    </>
  );
}
