// One person or activity as it reads when not being edited: its name, how you
// know them and the energy it takes, when it recurs, its backup, and buttons
// to edit or remove it, and to add a plan with a day to a calendar.
import { cap, isRecurring, scheduleText, type PortfolioItem } from '../../../workbook/kinds/portfolio-logic';
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
  return (
    <>
      <p>
        <strong>{item.name || 'No name yet'}</strong> <span class="meta">{[kindOf(item), item.energy && `${item.energy} energy`].filter(Boolean).join(' · ')}</span>
      </p>
      {isRecurring(item) && <p class="meta">{cap(scheduleText(item))}</p>}
      {item.backup.trim() && <p>If this falls through: {item.backup}</p>}
      <div class="button-row">
        <button type="button" id={`${idPrefix}-edit-${item.id}`} class="button secondary small" aria-label={`Edit ${nameOf(item)}`} onClick={onEdit}>
          Edit
        </button>
        <button type="button" id={`${idPrefix}-remove-${item.id}`} class="button danger small" aria-label={`Remove ${nameOf(item)}`} onClick={onRemove}>
          Remove
        </button>
        {isCalendarPlan(item) && (
          <AddToCalendar
            id={`${idPrefix}-calendar-${item.id}`}
            name={nameOf(item)}
            adds="the plan"
            fileName="plan.ics"
            make={(c, today) => c.planCalendar(item, today, { hideDetails })}
            announce={announce}
          />
        )}
      </div>
    </>
  );
}
