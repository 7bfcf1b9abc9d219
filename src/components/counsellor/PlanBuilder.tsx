// The plan builder on the counsellors' page: pick exercises in order, get one
// link. The link holds exercise ids only; nothing here is stored or sent.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CopyLink } from '../workbook/CopyLink';
import { MAX_PLAN_ITEMS, parsePlan, planQuery } from '../../lib/plan';
import { LangContext } from '../../i18n/widgets/words';
import { useCounsellorWords } from '../../i18n/widgets/counsellor';
import type { Lang } from '../../i18n/languages';

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
  /** The page's language; the builder's words follow it. */
  lang?: Lang;
}

export default function PlanBuilder({ lang, ...props }: Props) {
  return (
    <LangContext.Provider value={lang ?? 'en'}>
      <Builder {...props} />
    </LangContext.Provider>
  );
}

function Builder({ groups, planUrl, planHref }: Omit<Props, 'lang'>) {
  const w = useCounsellorWords().builder;
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
    setMessage(w.added(ex.title, ids.length + 1));
  }

  function move(from: number, to: number) {
    const next = [...ids];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id!);
    setIds(next);
    setMessage(w.moved(byId.get(id!)!.title, to + 1, ids.length));
    const last = ids.length - 1;
    // Keep focus on the button just used, or its twin when that one is now disabled.
    const which = to > from ? (to === last ? 'up' : 'down') : to === 0 ? 'down' : 'up';
    focusLater(`[data-row="${to}"] [data-move="${which}"]`);
  }

  function remove(index: number) {
    const id = ids[index]!;
    const next = ids.filter((_, i) => i !== index);
    setIds(next);
    setMessage(w.removed(byId.get(id)!.title, next.length));
    if (next.length) focusLater(`[data-row="${Math.min(index, next.length - 1)}"] [data-move="remove"]`);
    else picker.current?.focus();
  }

  return (
    <div class="plan-builder">
      <form class="plan-builder-pick" onSubmit={add}>
        <div class="field">
          <label for="plan-pick">{w.pickLabel}</label>
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
                      {e.title} ({w.minutes(e.minutes)})
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="submit" class="button" disabled={!awake || full || !selected}>
          {w.add}
        </button>
        {full && <p class="hint">{w.full(MAX_PLAN_ITEMS)}</p>}
      </form>

      <p class="visually-hidden" role="status">
        {message}
      </p>

      <h3 id="plan-builder-list">{w.heading(ids.length, MAX_PLAN_ITEMS, minutes)}</h3>
      {ids.length === 0 ? (
        <p class="meta">{w.emptyHint}</p>
      ) : (
        <ol class="plan-builder-list" ref={list} aria-labelledby="plan-builder-list">
          {ids.map((id, i) => {
            const title = byId.get(id)!.title;
            return (
              <li key={id} data-row={i}>
                <span class="plan-builder-title">{title}</span>
                <span class="row-buttons">
                  <button type="button" class="button secondary small" data-move="up" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={w.moveUp(title)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    class="button secondary small"
                    data-move="down"
                    disabled={i === ids.length - 1}
                    onClick={() => move(i, i + 1)}
                    aria-label={w.moveDown(title)}
                  >
                    ↓
                  </button>
                  <button type="button" class="button danger small" data-move="remove" onClick={() => remove(i)} aria-label={w.remove(title)}>
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
          <label for="plan-link">{w.linkLabel}</label>
          <input id="plan-link" type="text" readOnly value={`${planUrl}${query}`} onFocus={(e) => e.currentTarget.select()} />
          <div class="button-row">
            <CopyLink url={`${planUrl}${query}`} label={w.copy} className="button" />
            <a class="button secondary" href={`${planHref}${query}`}>
              {w.open}
            </a>
          </div>
        </div>
      )}
    </div>
  );
}
