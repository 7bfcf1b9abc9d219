// The plan builder on the counsellors' page: pick exercises in order, get one
// link. The link holds exercise ids only; nothing here is stored or sent.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CopyLink } from '../workbook/CopyLink';
import { MAX_PLAN_ITEMS, parsePlan, planQuery } from '../../lib/plan';

export interface BuilderExercise {
  id: string;
  title: string;
  minutes: number;
}

export interface BuilderGroup {
  guideTitle: string;
  exercises: BuilderExercise[];
}

interface Props {
  groups: BuilderGroup[];
  /** Absolute address of the plan page, as sent to a client. */
  planUrl: string;
  /** Site path of the plan page, to open it here. */
  planHref: string;
}

export default function PlanBuilder({ groups, planUrl, planHref }: Props) {
  const all = groups.flatMap((g) => g.exercises);
  const byId = new Map(all.map((e) => [e.id, e]));
  const [ids, setIds] = useState<string[]>([]);
  const [choice, setChoice] = useState('');
  const [message, setMessage] = useState('');
  // The server-rendered form cannot add anything; its button waits for this.
  const [awake, setAwake] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  const picker = useRef<HTMLSelectElement>(null);

  // "Change this plan" on a plan page opens the builder with that plan.
  useEffect(() => {
    const start = parsePlan(location.search, (id) => byId.has(id)).ids;
    if (start.length) setIds(start);
    // Keep a choice made in the list before the island woke.
    else setChoice(picker.current?.value ?? '');
    setAwake(true);
  }, []);

  const full = ids.length >= MAX_PLAN_ITEMS;
  const available = all.filter((e) => !ids.includes(e.id));
  const selected = choice && !ids.includes(choice) ? choice : (available[0]?.id ?? '');
  const query = planQuery(ids);
  const minutes = ids.reduce((sum, id) => sum + (byId.get(id)?.minutes ?? 0), 0);

  const focusLater = (selector: string) => requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(selector)?.focus());

  function add(e: Event) {
    e.preventDefault();
    // The list as shown, which may have been changed before this island woke.
    const ex = byId.get(picker.current?.value || selected);
    if (!ex || full) return;
    setIds([...ids, ex.id]);
    setChoice('');
    setMessage(`Added “${ex.title}” as number ${ids.length + 1} of ${ids.length + 1}.`);
  }

  function move(from: number, to: number) {
    const next = [...ids];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id!);
    setIds(next);
    setMessage(`“${byId.get(id!)!.title}” moved to number ${to + 1} of ${ids.length}.`);
    const last = ids.length - 1;
    // Keep focus on the button just used, or its twin when that one is now disabled.
    const which = to > from ? (to === last ? 'up' : 'down') : to === 0 ? 'down' : 'up';
    focusLater(`[data-row="${to}"] [data-move="${which}"]`);
  }

  function remove(index: number) {
    const id = ids[index]!;
    const next = ids.filter((_, i) => i !== index);
    setIds(next);
    setMessage(`Removed “${byId.get(id)!.title}”. ${next.length} left in the plan.`);
    if (next.length) focusLater(`[data-row="${Math.min(index, next.length - 1)}"] [data-move="remove"]`);
    else picker.current?.focus();
  }

  return (
    <div class="plan-builder">
      <form class="plan-builder-pick" onSubmit={add}>
        <div class="field">
          <label for="plan-pick">Exercise to add</label>
          <select
            id="plan-pick"
            ref={picker}
            value={selected}
            onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value)}
            disabled={full || available.length === 0}
          >
            {groups.map((g) => (
              <optgroup label={g.guideTitle} key={g.guideTitle}>
                {g.exercises
                  .filter((e) => !ids.includes(e.id))
                  .map((e) => (
                    <option value={e.id} key={e.id}>
                      {e.title} ({e.minutes} min)
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="submit" class="button" disabled={!awake || full || !selected}>
          Add to plan
        </button>
        {full && <p class="hint">A plan holds at most {MAX_PLAN_ITEMS} exercises.</p>}
      </form>

      <p class="visually-hidden" role="status">
        {message}
      </p>

      <h3 id="plan-builder-list">Your plan ({ids.length === 0 ? 'empty' : `${ids.length} of at most ${MAX_PLAN_ITEMS}, about ${minutes} min in all`})</h3>
      {ids.length === 0 ? (
        <p class="meta">Add exercises in the order the client should do them.</p>
      ) : (
        <ol class="plan-builder-list" ref={list} aria-labelledby="plan-builder-list">
          {ids.map((id, i) => {
            const title = byId.get(id)!.title;
            return (
              <li key={id} data-row={i}>
                <span class="plan-builder-title">{title}</span>
                <span class="row-buttons">
                  <button type="button" class="button secondary small" data-move="up" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Move “${title}” up`}>
                    ↑
                  </button>
                  <button
                    type="button"
                    class="button secondary small"
                    data-move="down"
                    disabled={i === ids.length - 1}
                    onClick={() => move(i, i + 1)}
                    aria-label={`Move “${title}” down`}
                  >
                    ↓
                  </button>
                  <button type="button" class="button danger small" data-move="remove" onClick={() => remove(i)} aria-label={`Remove “${title}”`}>
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}

      {ids.length > 0 && (
        <div class="plan-builder-link">
          <label for="plan-link">Link to send</label>
          <input id="plan-link" type="text" readOnly value={`${planUrl}${query}`} onFocus={(e) => e.currentTarget.select()} />
          <div class="button-row">
            <CopyLink url={`${planUrl}${query}`} label="Copy plan link" className="button" />
            <a class="button secondary" href={`${planHref}${query}`}>
              Open the plan
            </a>
          </div>
        </div>
      )}
    </div>
  );
}
