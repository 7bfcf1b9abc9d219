// The people and activities: a card for each, the editor in place of the one
// being edited, and buttons to add more. The editor arrives on the first Add
// or Edit. Removing asks first, in place.
import { useEffect, useState } from 'preact/hooks';
import { MAX_ITEMS, isNamed, type PortfolioItem } from '../../../workbook/kinds/portfolio-logic';
import { addItem, dropIfUnnamed, removeItem } from '../../../workbook/kinds/portfolio-actions';
import { useQuestion } from '../Confirm';
import { focusSoon } from '../focus';
import { useOnDemand } from '../useOnDemand';
import { HideDetails } from '../AddToCalendar';
import { usePortfolioWords } from '../../../i18n/widgets/portfolio';
import { ItemCard } from './ItemCard';
import { LoadFailed, headingTag, isCalendarPlan, isWaiting, nameOf, type ViewProps } from './common';

const loadEditor = () => import('./ItemEditor');

export function ItemList({ idPrefix, handle, today, headingLevel, announce, calendar }: ViewProps) {
  const H = headingTag(headingLevel);
  const words = usePortfolioWords();
  const w = words.list;
  const { data, update } = handle;
  const [editing, setEditing] = useState<string | null>(null);
  const editor = useOnDemand(loadEditor, editing !== null);
  const question = useQuestion();
  const full = data.items.length >= MAX_ITEMS;
  const waiting = isWaiting({ today, handle });

  // Without the editor nothing can be written in, and a new item that could
  // not be written in is not kept.
  useEffect(() => {
    if (editor !== false || editing === null) return;
    update((d) => dropIfUnnamed(d, editing));
    setEditing(null);
  }, [editor, editing]);

  /** Closes the editor. An item left without a name goes; focus goes back to where it came from. */
  function close(id: string) {
    const item = handle.current().items.find((i) => i.id === id);
    setEditing(null);
    update((d) => dropIfUnnamed(d, id));
    if (item && !isNamed(item)) focusSoon(`${idPrefix}-add-${item.type}`);
    else focusSoon(`${idPrefix}-edit-${id}`);
  }

  /** Opens the editor on an item, closing any other. The editor focuses its first field. */
  function open(id: string) {
    if (editing) close(editing);
    setEditing(id);
  }

  function add(type: PortfolioItem['type']) {
    if (editing) close(editing);
    const id = crypto.randomUUID();
    update((d) => addItem(d, type, id));
    // A full planner takes no more.
    if (handle.current().items.some((i) => i.id === id)) setEditing(id);
  }

  const remove = (item: PortfolioItem) =>
    question.ask({
      key: item.id,
      text: w.removeQuestion(nameOf(item, words), item.type),
      yes: w.removeYes,
      back: `${idPrefix}-remove-${item.id}`,
      run() {
        update((d) => removeItem(d, item.id));
        announce(w.removed(nameOf(item, words)));
        focusSoon(`${idPrefix}-add-${item.type}`);
      },
    });

  return (
    <section class="portfolio-items" aria-labelledby={`${idPrefix}-items`}>
      <H id={`${idPrefix}-items`}>{w.heading}</H>
      {data.items.length === 0 ? (
        <p class="meta">{w.empty}</p>
      ) : (
        <ul class="portfolio-list">
          {data.items.map((item) => (
            <li class="card" key={item.id}>
              {editing === item.id ? (
                editor && <editor.ItemEditor item={item} idPrefix={`${idPrefix}-item`} today={today} handle={handle} onDone={() => close(item.id)} />
              ) : (
                <>
                  <ItemCard
                    item={item}
                    idPrefix={idPrefix}
                    onEdit={() => open(item.id)}
                    onRemove={() => remove(item)}
                    hideDetails={calendar.hideDetails}
                    announce={announce}
                  />
                  {question.at(item.id)}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {data.items.some(isCalendarPlan) && <HideDetails id={`${idPrefix}-calendar-private`} {...calendar} />}
      {editor === false && <LoadFailed />}
      <div class="button-row">
        <button type="button" id={`${idPrefix}-add-person`} class="button secondary" disabled={waiting || full} onClick={() => add('person')}>
          {w.addPerson}
        </button>
        <button type="button" id={`${idPrefix}-add-activity`} class="button secondary" disabled={waiting || full} onClick={() => add('activity')}>
          {w.addActivity}
        </button>
      </div>
      {full && <p class="hint">{w.full(MAX_ITEMS)}</p>}
    </section>
  );
}
