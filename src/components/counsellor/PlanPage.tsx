// The plan page: the exercises a counsellor picked, in order, each with how
// far the person has got on this device, and a print-out of their answers to
// bring to a session. The list comes from the address (ids only); the progress
// and answers come from this browser's storage and go nowhere else.
import { useEffect, useState } from 'preact/hooks';
import type { ExerciseDef, Progress } from '../../workbook/kinds/types';
import { hasKind, kindSpec } from '../../workbook/kinds';
import { loadSchema, type WorkbookRecord } from '../../workbook/record';
import { readRecord } from '../../workbook/workbook';
import { answersSettled, currentStorage, lockReady } from '../../workbook/store';
import { exerciseKey } from '../../workbook/keys';
import { parsePlan, planNote, planQuery } from '../../lib/plan';
import { AnswerSummary, type SummaryItem } from '../workbook/AnswerSummary';
import { count, listWords } from '../../lib/words';

export interface PlanExercise extends ExerciseDef {
  minutes: number;
  href: string;
  guideTitle: string;
  guideHref: string;
}

interface Props {
  exercises: PlanExercise[];
  /** Absolute address of the plan page, for the print-out. */
  planUrl: string;
  libraryHref: string;
  builderHref: string;
}

type Status = Progress | 'unavailable' | 'locked';

interface Row {
  ex: PlanExercise;
  status: Status;
  record?: WorkbookRecord;
}

const STATUS_TEXT: Record<Status, string> = {
  'not-started': 'Not started',
  started: 'Started',
  done: 'Done',
  unavailable: 'Not ready to fill in on screen yet',
  locked: 'Locked: unlock in My workbook to see your progress',
};

/** Reads each exercise's saved answers; schemas load only for kinds with something saved. */
async function readRows(items: PlanExercise[]): Promise<Row[]> {
  // With the reader's lock closed, progress cannot be read: say so, not "Not started".
  const lock = await lockReady();
  await answersSettled();
  if (lock === 'locked') return items.map((ex) => ({ ex, status: hasKind(ex.kind) ? 'locked' : 'unavailable' }));
  const storage = currentStorage();
  const saved = items.filter((ex) => hasKind(ex.kind) && storage.get(exerciseKey(ex.id)) !== null);
  await Promise.all([...new Set(saved.map((ex) => kindSpec(ex.kind)))].map(loadSchema));
  return items.map((ex) => {
    if (!hasKind(ex.kind)) return { ex, status: 'unavailable' };
    const spec = kindSpec(ex.kind);
    const record = readRecord({ def: ex, spec });
    return { ex, status: record ? spec.progress(record.data, ex) : 'not-started', record };
  });
}

export default function PlanPage({ exercises, planUrl, libraryHref, builderHref }: Props) {
  const [plan, setPlan] = useState<{ items: PlanExercise[]; note: string; query: string } | null>(null);
  const [rows, setRows] = useState<Row[] | null>(null);

  useEffect(() => {
    const byId = new Map(exercises.map((e) => [e.id, e]));
    const parsed = parsePlan(location.search, (id) => byId.has(id));
    const items = parsed.ids.map((id) => byId.get(id)!);
    setPlan({ items, note: planNote(parsed), query: planQuery(parsed.ids) });

    let current = true;
    const refresh = () =>
      readRows(items).then(
        (r) => current && setRows(r),
        () => current && setRows(items.map((ex) => ({ ex, status: 'not-started' }))),
      );
    refresh();
    // Progress made in another tab, or before coming back with the Back button.
    const onShow = (e: PageTransitionEvent) => e.persisted && refresh();
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    addEventListener('storage', refresh);
    addEventListener('pageshow', onShow);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      current = false;
      removeEventListener('storage', refresh);
      removeEventListener('pageshow', onShow);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  if (!plan) return <p class="plan-reading">Reading your plan…</p>;

  const note = plan.note && (
    <p class="note plan-note" role="note">
      {plan.note}
    </p>
  );

  if (plan.items.length === 0) {
    return (
      <div class="plan">
        {note}
        <p>This plan link has no exercises in it. Check that the whole link was copied, or ask for it again.</p>
        <p>
          You can also browse <a href={libraryHref}>all the exercises</a>.
        </p>
      </div>
    );
  }

  const done = rows?.filter((r) => r.status === 'done').length ?? 0;
  const started = rows?.filter((r) => r.status === 'started').length ?? 0;
  const summaryItems: SummaryItem[] = (rows ?? []).filter((r) => r.record).map((r) => ({ known: { def: r.ex, spec: kindSpec(r.ex.kind) }, record: r.record! }));
  const notStarted = (rows ?? []).filter((r) => !r.record).map((r) => r.ex.title);

  return (
    <div class="plan">
      {note}
      <div class="no-print">
        <p class="plan-progress" aria-live="polite">
          {rows === null ? 'Checking your progress on this device…' : `${count(plan.items.length, 'exercise', 'exercises')}: ${done} done, ${started} started.`}
        </p>
        <ol class="plan-list">
          {plan.items.map((ex, i) => {
            const status = rows?.[i]?.status;
            return (
              <li class="plan-item" key={ex.id}>
                <h2 class="plan-item-title">
                  <a href={ex.href}>{ex.title}</a>
                </h2>
                <p class="meta">
                  About {ex.minutes} min · from the guide <a href={ex.guideHref}>{ex.guideTitle}</a>
                </p>
                {status && <p class={`plan-status is-${status}`}>{STATUS_TEXT[status]}</p>}
              </li>
            );
          })}
        </ol>

        <h2>Bring your answers to a session</h2>
        <p>Print your answers to these exercises, or save them as a PDF from the print window. Only what is saved on this device is printed.</p>
        <button type="button" class="button" onClick={() => print()} disabled={summaryItems.length === 0}>
          Print my answers for these exercises
        </button>
        {rows !== null && summaryItems.length === 0 && <p class="meta">Nothing to print yet: none of these exercises has answers saved on this device.</p>}
        <p class="meta plan-edit">
          Counsellor? <a href={`${builderHref}${plan.query}#plan-builder`}>Change this plan</a> to send a new link.
        </p>
      </div>

      <div class="print-only plan-print">
        <h2>My answers for this plan</h2>
        <p>Plan: {`${planUrl}${plan.query}`}</p>
        <AnswerSummary items={summaryItems} headingLevel={3} />
        {summaryItems.length > 0 && notStarted.length > 0 && <p>Not started yet: {listWords(notStarted)}.</p>}
      </div>
    </div>
  );
}
