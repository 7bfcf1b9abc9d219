// The exposure ladder builder: a goal, steps rated 0–100 and kept in order,
// "your next step" at the top, gentle guidance, tries with a chart, and a
// paper version. Everything a person writes is saved through the handle as
// they type; only what is open on screen lives in component state.
// How ordering works is explained at the top of ladder-logic.ts.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExerciseDef } from '../../../workbook/kinds/types';
import type { ExerciseHandle } from '../useExercise';
import { openStore } from '../../../workbook/store';
import { printExercise } from '../print-exercise';
import { focusSoon } from '../focus';
import { useQuestion } from '../Confirm';
import {
  activeLadder,
  emptyLadder,
  FEW_STEPS,
  FIRST_STEP_MAX,
  guidance,
  inRatingOrder,
  MAX_ATTEMPTS,
  MAX_LADDERS,
  MAX_STEPS,
  midRating,
  moveStep,
  newAttempt,
  newStep,
  nextStep,
  placeByRating,
  sortByRating,
  STARTERS,
  suggestClimbed,
  type Attempt,
  type Jump,
  type Ladder as LadderT,
  type LadderData,
  type Note,
  type Step,
} from '../../../workbook/kinds/ladder-logic';
import { localDate } from '../../../workbook/dates';
import { Rungs } from './Chart';
import { Rating, Text } from './Inputs';
import { BlankSheet, PrintView } from './Print';
import { stepMeta, StepRow, SUGGEST_TEXT, type Actions } from './Step';

interface Props {
  def: ExerciseDef;
  handle: ExerciseHandle<LadderData>;
  headingLevel: 3 | 4;
}

const isBlank = (a: Attempt) => a.before === null && a.peak === null && a.after === null && !(a.feared + a.happened + a.reflection).trim();
const named = (s: Step) => (s.what.trim() ? `“${s.what.trim()}”` : 'The new step');
const EASIER = 30;

export function Ladder({ def, handle, headingLevel }: Props) {
  const H = `h${headingLevel}` as 'h3' | 'h4';
  const p = def.id;
  const { data } = handle;
  const lad = activeLadder(data);
  const steps = lad.steps;
  const [open, setOpen] = useState<string[]>([]);
  const [openTry, setOpenTry] = useState('');
  // Steps whose rating changed since they were opened: they take their place when closed.
  const [dirty] = useState(() => new Set<string>());
  const [msg, setMsg] = useState('');
  const [error, setError] = useState('');
  const act = useRef({} as Actions).current;
  const question = useQuestion();
  // The paper version is most of the ladder's markup and is not seen on
  // screen, so it is drawn once the page is idle rather than at first paint.
  const [paper, setPaper] = useState(false);
  useEffect(() => {
    const show = () => setPaper(true);
    const idle = window.requestIdleCallback?.(show, { timeout: 2000 }) ?? setTimeout(show, 500);
    return () => (window.cancelIdleCallback ?? clearTimeout)(idle);
  }, []);

  // The same message twice in a row is still announced.
  const say = (m: string) => setMsg((old) => (old === m ? `${m}\u00a0` : m));
  const sid = (id: string, part: string) => `${p}-${id}-${part}`;
  // Handlers read the saved data afresh: two changes can land before Preact
  // draws again, so the render a handler was made in may be one change behind.
  const fresh = () => (openStore(def.id)?.$record.get().data as LadderData | undefined) ?? data;
  const now = () => activeLadder(fresh());

  const setLadder = (change: (l: LadderT) => LadderT) =>
    handle.update((d) => {
      const id = activeLadder(d).id;
      return { ...d, ladders: d.ladders.map((l) => (l.id === id ? change(l) : l)) };
    });
  const setSteps = (list: Step[], patch: Partial<LadderT> = {}) => setLadder((l) => ({ ...l, ...patch, steps: list }));
  const setStep = (id: string, change: (s: Step) => Step) => setLadder((l) => ({ ...l, steps: l.steps.map((s) => (s.id === id ? change(s) : s)) }));
  const setTries = (id: string, change: (a: Attempt[]) => Attempt[]) => setStep(id, (s) => ({ ...s, attempts: change(s.attempts) }));
  const openStep = (id: string) => setOpen((o) => (o.includes(id) ? o : [...o, id]));

  /** Adds a step at `at`, then lets it find its place by rating. Returns its position, or -1. */
  function add(step: Step, patch: Partial<LadderT> = {}, at?: number, place = true): number {
    const { steps } = now();
    at ??= steps.length;
    if (steps.length >= MAX_STEPS) {
      setError(`This ladder has ${MAX_STEPS} steps, the most it can hold. You could start a new ladder.`);
      return -1;
    }
    const list = [...steps];
    list.splice(at, 0, step);
    const placed = place ? placeByRating(list, at) : { steps: list, index: at };
    setSteps(placed.steps, patch);
    say(`${named(step)} added as step ${placed.index + 1} of ${list.length}.`);
    return placed.index;
  }

  /** Moves a step whose rating changed to its place; says so when it moves. */
  function place(id: string) {
    dirty.delete(id);
    const { steps } = now();
    const i = steps.findIndex((s) => s.id === id);
    const placed = placeByRating(steps, i);
    if (placed.index === i) return;
    setSteps(placed.steps);
    say(`${named(steps[i]!)} moved to step ${placed.index + 1} of ${steps.length}, by its rating.`);
  }

  /** A new step with a rating but no words yet, opened for writing. */
  function addBlank(rating: number, at: number | undefined, placeIt: boolean) {
    const step = newStep('', rating);
    if (add(step, {}, at, placeIt) < 0) return;
    openStep(step.id);
    focusSoon(sid(step.id, 'what'));
  }

  Object.assign(act, {
    toggle(id) {
      if (!open.includes(id)) return openStep(id);
      setOpen(open.filter((x) => x !== id));
      if (dirty.has(id)) place(id);
      focusSoon(sid(id, 'toggle'));
    },
    move(i, by) {
      const { steps } = now();
      const s = steps[i]!;
      const to = i + by;
      setSteps(moveStep(steps, i, to));
      say(`${named(s)} moved to step ${to + 1} of ${steps.length}.`);
      // Stay on the button just used, or its twin once that one is disabled at an end.
      const atEnd = by < 0 ? to === 0 : to === steps.length - 1;
      focusSoon(sid(s.id, (by < 0) !== atEnd ? 'up' : 'down'));
    },
    edit: (id, patch) => setStep(id, (s) => ({ ...s, ...patch })),
    rate(id, rating) {
      dirty.add(id);
      setStep(id, (s) => ({ ...s, rating }));
    },
    place(id) {
      place(id);
      focusSoon(sid(id, 'rating'));
    },
    climbed(id, on) {
      setStep(id, (s) => ({ ...s, climbedOn: on ? localDate() : '' }));
      if (!on) return say('Marked as not climbed yet.');
      const { steps } = now();
      const after = nextStep(steps.filter((s) => s.id !== id && !s.climbedOn));
      say(`Step climbed. ${after ? `Your next step: ${after.what.trim()}.` : 'That was the last step on this ladder.'}`);
    },
    remove(id) {
      const { steps } = now();
      const i = steps.findIndex((s) => s.id === id);
      const count = steps[i]!.attempts.length;
      // Read again on "yes": the ladder may have changed while the question was open.
      const removeNow = () => {
        const { steps } = now();
        const i = steps.findIndex((s) => s.id === id);
        if (i < 0) return;
        setSteps(steps.filter((s) => s.id !== id));
        say(`Step ${i + 1} removed.`);
        const near = steps[i + 1] ?? steps[i - 1];
        focusSoon(near ? sid(near.id, 'toggle') : `${p}-new-what`);
      };
      // A step with no tries holds nothing that would be lost.
      if (!count) return removeNow();
      const key = sid(id, 'remove');
      question.ask({ key, back: key, yes: 'Yes, remove it', text: `Remove step ${i + 1} and its ${count === 1 ? 'try' : `${count} tries`}? This cannot be undone.`, run: removeNow });
    },
    addTry(id) {
      if ((now().steps.find((s) => s.id === id)?.attempts.length ?? 0) >= MAX_ATTEMPTS) {
        return say(`This step has ${MAX_ATTEMPTS} tries, the most it can hold. You could delete an old one.`);
      }
      const a = newAttempt(localDate());
      setTries(id, (list) => [...list, a]);
      openStep(id);
      setOpenTry(a.id);
      say('New try added, dated today.');
      // The date is already today's; what the person fears comes first.
      focusSoon(sid(id, `${a.id}-feared`));
    },
    openTry: (id) => setOpenTry(openTry === id ? '' : id),
    editTry: (stepId, id, patch) => setTries(stepId, (list) => list.map((a) => (a.id === id ? { ...a, ...patch } : a))),
    closeTry(stepId, id) {
      setOpenTry('');
      const a = now().steps.find((s) => s.id === stepId)?.attempts.find((x) => x.id === id);
      if (a && isBlank(a)) {
        setTries(stepId, (list) => list.filter((x) => x.id !== id));
        say('The try was empty, so it was not kept.');
        return focusSoon(sid(stepId, 'try'));
      }
      say('Try saved on this device.');
      focusSoon(sid(stepId, `${id}-open`));
    },
    deleteTry(stepId, id) {
      const key = sid(stepId, `${id}-delete`);
      question.ask({
        key,
        back: key,
        yes: 'Yes, delete it',
        text: 'Delete this try? This cannot be undone.',
        run() {
          setOpenTry('');
          setTries(stepId, (list) => list.filter((x) => x.id !== id));
          say('Try deleted.');
          focusSoon(sid(stepId, 'try'));
        },
      });
    },
  } satisfies Actions);

  function addDraft(e: Event) {
    e.preventDefault();
    const { draft } = now();
    const what = draft.what.trim();
    if (!what) {
      setError('Write what the step is, then add it.');
      return focusSoon(`${p}-new-what`);
    }
    setError('');
    if (add(newStep(what, draft.rating), { draft: { what: '', rating: null } }) >= 0) focusSoon(`${p}-new-what`);
  }

  function addStarter(s: (typeof STARTERS)[number], i: number) {
    // Focus moves to the idea that takes this one's place, or to the form after the last.
    if (add(newStep(s.what, s.rating)) >= 0) focusSoon(i < starters.length - 1 ? `${p}-starter-${i}` : `${p}-new-what`);
  }

  function newLadder() {
    if (fresh().ladders.length >= MAX_LADDERS) return say(`You have ${MAX_LADDERS} ladders, the most this page can hold.`);
    const id = crypto.randomUUID();
    handle.update((d) => ({ ladders: [...d.ladders, emptyLadder(id)], active: id }));
    setOpen([]);
    say('New ladder started. Write its goal first.');
    focusSoon(`${p}-goal`);
  }

  function deleteLadder() {
    const key = `${p}-delete-ladder`;
    question.ask({
      key,
      back: key,
      yes: 'Yes, delete it',
      text: `Delete the ladder “${lad.goal.trim() || 'with no goal yet'}” with all its steps and tries? This cannot be undone.`,
      run() {
        const rest = fresh().ladders.filter((l) => l.id !== lad.id);
        handle.update(() => ({ ladders: rest, active: rest[0]!.id }));
        say('Ladder deleted.');
        focusSoon(`${p}-pick`);
      },
    });
  }

  const next = nextStep(steps);
  const written = steps.some((s) => s.what.trim());
  const climbed = steps.filter((s) => s.climbedOn).length;
  const starters = STARTERS.filter((s) => !steps.some((x) => x.what.trim() === s.what));
  const pos = (s: Step) => steps.indexOf(s) + 1;
  const notes = guidance(steps);

  function note(n: Note) {
    switch (n.kind) {
      case 'first-high':
        return (
          <li>
            Your easiest step is rated {n.lowest}. A first step at about {FIRST_STEP_MAX} or below is gentler to begin with.{' '}
            <button type="button" class="link-button" onClick={() => addBlank(EASIER, undefined, true)}>
              Add an easier step
            </button>
          </li>
        );
      case 'jump': {
        const { low, high, index }: Jump = n.jump;
        return (
          <li>
            Big jump from step {pos(low)} ({low.rating}) to step {pos(high)} ({high.rating}). A step in between could make it easier.{' '}
            <button type="button" class="link-button" onClick={() => addBlank(midRating(low.rating!, high.rating!), index, false)}>
              Add a step between steps {pos(low)} and {pos(high)}
            </button>
          </li>
        );
      }
      case 'few':
        return (
          <li>
            You have {n.count} {n.count === 1 ? 'step' : 'steps'} so far. A ladder of {FEW_STEPS} or more small steps, from easy to hard, is easier to climb.
          </li>
        );
      case 'unrated':
        return <li>{n.count === 1 ? 'One step has' : `${n.count} steps have`} no rating yet. Give each one a number so it finds its place.</li>;
    }
  }

  return (
    <div class={`ladder${data.ladders.some((l) => l.steps.length) ? ' has-steps' : ''}`}>
      <div class="ladder-screen">
        {data.ladders.length > 1 && (
          <div class="field">
            <label for={`${p}-pick`}>Ladder to show</label>
            <select
              id={`${p}-pick`}
              value={lad.id}
              onChange={(e) => {
                const active = (e.currentTarget as HTMLSelectElement).value;
                handle.update((d) => ({ ...d, active }));
                setOpen([]);
              }}
            >
              {data.ladders.map((l, i) => (
                <option value={l.id} key={l.id}>
                  {l.goal.trim() || `Ladder ${i + 1} (no goal yet)`}
                </option>
              ))}
            </select>
          </div>
        )}
        <Text
          id={`${p}-goal`}
          label="My goal for this ladder"
          hint="In your own words, for example “Feel at ease with my sister again” or “Go to a meeting and talk to someone”."
          value={lad.goal}
          set={(goal) => setLadder((l) => ({ ...l, goal }))}
        />

        <section class="ladder-next" aria-labelledby={`${p}-next`}>
          <Rungs steps={steps} next={next} />
          <H id={`${p}-next`} tabIndex={-1}>
            Your next step
          </H>
          {!written ? (
            <p>Add a step below to start your ladder. A first step rated about {FIRST_STEP_MAX} or below is a good place to begin.</p>
          ) : !next ? (
            <p>You have climbed every step on this ladder. Well done. You could add a harder step, or start a new ladder.</p>
          ) : (
            <>
              <p class="ladder-next-what">{next.what}</p>
              <p class="meta">{stepMeta(next)}</p>
              {suggestClimbed(next) && (
                <p class="ladder-suggest">
                  {SUGGEST_TEXT}{' '}
                  <button
                    type="button"
                    class="button secondary small"
                    onClick={() => {
                      act.climbed(next.id, true);
                      focusSoon(`${p}-next`);
                    }}
                  >
                    Mark it climbed
                  </button>
                </p>
              )}
              <div class="button-row">
                <button type="button" class="button small" id={`${p}-next-try`} onClick={() => act.addTry(next.id)}>
                  Record a try
                </button>
                <button
                  type="button"
                  class="button secondary small"
                  onClick={() => {
                    openStep(next.id);
                    focusSoon(sid(next.id, 'toggle'));
                  }}
                >
                  Open this step
                </button>
              </div>
              {next.attempts.length === 0 && (
                <p class="hint">Before you try it, note what you fear will happen. Then stay long enough for the anxiety to start to ease.</p>
              )}
            </>
          )}
          {steps.length > 0 && (
            <p class="meta">
              Climbed {climbed} of {steps.length} {steps.length === 1 ? 'step' : 'steps'}.
            </p>
          )}
        </section>

        {notes.length > 0 && <ul class="ladder-notes">{notes.map(note)}</ul>}

        <H id={`${p}-steps`}>Your ladder, easiest step first</H>
        {!inRatingOrder(steps) && (
          <p class="ladder-note">
            The order is not the same as the ratings. That is fine if you chose it.{' '}
            <button
              type="button"
              class="link-button"
              onClick={() => {
                setSteps(sortByRating(now().steps));
                say('Steps sorted by rating, easiest first.');
              }}
            >
              Sort by rating
            </button>
          </p>
        )}
        {steps.length === 0 ? (
          <p class="meta">No steps yet. Add your first one below, or start from one of the ideas.</p>
        ) : (
          <ol class="ladder-steps" aria-labelledby={`${p}-steps`}>
            {steps.map((s, i) => (
              <StepRow
                key={s.id}
                step={s}
                n={i + 1}
                total={steps.length}
                open={open.includes(s.id)}
                openTry={s.attempts.some((a) => a.id === openTry) ? openTry : ''}
                isNext={s === next}
                p={p}
                act={act}
                ask={question.asking.startsWith(sid(s.id, '')) ? { key: question.asking, node: question.at(question.asking)! } : undefined}
              />
            ))}
          </ol>
        )}

        <form class="ladder-add" onSubmit={addDraft} noValidate aria-labelledby={`${p}-add`}>
          <H id={`${p}-add`}>Add a step</H>
          <Text
            id={`${p}-new-what`}
            label="What you will do"
            hint="A real situation, for example “Say good morning to my neighbour”."
            value={lad.draft.what}
            set={(what) => setLadder((l) => ({ ...l, draft: { ...l.draft, what } }))}
          />
          <Rating
            id={`${p}-new-rating`}
            label="Expected distress, 0 to 100"
            hint="How anxious you think it would make you: 0 is calm, 100 the most anxious you can imagine. A guess is fine."
            value={lad.draft.rating}
            set={(rating) => setLadder((l) => ({ ...l, draft: { ...l.draft, rating } }))}
          />
          {error && (
            <p class="error-text" role="alert">
              {error}
            </p>
          )}
          <button type="submit" class="button">
            Add step
          </button>
        </form>

        {starters.length > 0 && (
          <details class="ladder-ideas" open>
            <summary>Ideas for steps, from the guides</summary>
            <p class="hint">One click adds the idea with a typical rating. Change the rating to fit you.</p>
            <ul>
              {starters.map((s, i) => (
                <li key={s.what}>
                  <button type="button" class="button secondary small" id={`${p}-starter-${i}`} onClick={() => addStarter(s, i)}>
                    Add: {s.what} ({s.rating})
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )}

        <div class="button-row ladder-tools">
          <button type="button" class="button secondary small" onClick={newLadder}>
            Start a new ladder
          </button>
          {data.ladders.length > 1 && (
            <button type="button" id={`${p}-delete-ladder`} class="button danger small" onClick={deleteLadder}>
              Delete this ladder
            </button>
          )}
          <button type="button" class="button secondary small" onClick={() => printExercise(p, 'ladder-blank-print')}>
            Print a blank ladder
          </button>
        </div>
        {question.at(`${p}-delete-ladder`)}
        <p class="visually-hidden" role="status" aria-live="polite">
          {msg}
        </p>
      </div>
      {paper && <PrintView data={data} />}
      <BlankSheet />
    </div>
  );
}
