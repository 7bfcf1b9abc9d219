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
import { parsePlan, planQuery } from '../../lib/plan';
import { AnswerSummary, type SummaryItem } from '../workbook/AnswerSummary';
import { LangContext } from '../../i18n/widgets/words';
import { useCounsellorWords } from '../../i18n/widgets/counsellor';
import type { Lang } from '../../i18n/languages';

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
  /** The page's language; the plan's words follow it. */
  lang?: Lang;
}

type Status = Progress | 'unavailable' | 'locked';

interface Row {
  ex: PlanExercise;
  status: Status;
  record?: WorkbookRecord;
}

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

export default function PlanPage({ lang, ...props }: Props) {
  return (
    <LangContext.Provider value={lang ?? 'en'}>
      <Plan {...props} />
    </LangContext.Provider>
  );
}

function Plan({ exercises, planUrl, libraryHref, builderHref }: Omit<Props, 'lang'>) {
  const w = useCounsellorWords().plan;
  const [plan, setPlan] = useState<{ items: PlanExercise[]; note: string; query: string } | null>(null);
  const [rows, setRows] = useState<Row[] | null>(null);

  useEffect(() => {
    const byId = new Map(exercises.map((e) => [e.id, e]));
    const parsed = parsePlan(location.search, (id) => byId.has(id));
    const items = parsed.ids.map((id) => byId.get(id)!);
    setPlan({ items, note: w.note(parsed.unknown, parsed.overflow), query: planQuery(parsed.ids) });

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

  if (!plan) return <p class="plan-reading">{w.reading}</p>;

  const note = plan.note && (
    <p class="note plan-note" role="note">
      {plan.note}
    </p>
  );

  if (plan.items.length === 0) {
    return (
      <div class="plan">
        {note}
        <p>{w.empty}</p>
        <p>
          {w.browseBefore} <a href={libraryHref}>{w.browseLink}</a>
          {w.browseAfter}
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
          {rows === null ? w.checking : w.progress(plan.items.length, done, started)}
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
                  {w.about(ex.minutes)} <a href={ex.guideHref}>{ex.guideTitle}</a>
                </p>
                {status && <p class={`plan-status is-${status}`}>{w.status[status]}</p>}
              </li>
            );
          })}
        </ol>

        <h2>{w.bringHeading}</h2>
        <p>{w.printIntro}</p>
        <button type="button" class="button" onClick={() => print()} disabled={summaryItems.length === 0}>
          {w.printButton}
        </button>
        {rows !== null && summaryItems.length === 0 && <p class="meta">{w.nothingToPrint}</p>}
        <p class="meta plan-edit">
          {w.editBefore} <a href={`${builderHref}${plan.query}#plan-builder`}>{w.editLink}</a>
          {w.editAfter}
        </p>
      </div>

      <div class="print-only plan-print">
        <h2>{w.printHeading}</h2>
        <p>{w.planAt(`${planUrl}${plan.query}`)}</p>
        <AnswerSummary items={summaryItems} headingLevel={3} />
        {summaryItems.length > 0 && notStarted.length > 0 && <p>{w.notStarted(notStarted)}</p>}
      </div>
    </div>
  );
}
