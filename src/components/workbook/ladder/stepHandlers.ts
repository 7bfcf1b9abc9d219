// The handlers for adding steps and for changing one: see useLadder.ts.
import { focusSoon } from '../focus';
import { localDate } from '../../../workbook/dates';
import * as act from '../../../workbook/kinds/ladder-actions';
import { activeLadder, EASIER_STEP, midRating, newStep, nextStep, shownWhat, type Jump, type Ladder, type Step } from '../../../workbook/kinds/ladder-logic';
import type { Kit } from './useLadder';

export function stepHandlers({ idPrefix, words, sid, say, now, apply, showStep, setOpen, setError, ask }: Kit) {
  const w = words.say;
  /** A step's words as the page shows them (an idea from the guides in the page's language). */
  const shown = (s: Step) => shownWhat(s.what.trim(), words.starters);
  /** A step in a message: its words in quotes, or "The new step". */
  const named = (s: Step | undefined) => w.named(s ? shown(s) : '');
  // Steps whose rating changed since they were opened: they take their place when closed.
  const dirty = new Set<string>();

  function sayAdded(id: string) {
    const d = now();
    const { index, total } = act.placeOf(d, id);
    if (index >= 0) say(w.added(named(act.findStep(d, id)), index + 1, total));
  }

  /** Adds a step, or shows why it cannot be added. True when added. */
  function add(step: Step, at?: number, place?: boolean): boolean {
    const why = act.whyNotAddStep(now(), words.refusals);
    if (why) {
      setError(why);
      return false;
    }
    apply((d) => act.addStep(d, step, at, place));
    sayAdded(step.id);
    return true;
  }

  /** A new step with a rating but no words yet, opened for writing. */
  function addBlank(rating: number, at?: number, place?: boolean) {
    const step = newStep('', rating);
    if (!add(step, at, place)) return;
    showStep(step.id);
    focusSoon(sid(step.id, 'what'));
  }

  /** Moves a step whose rating changed to its place; says so when it moves. */
  function place(id: string) {
    dirty.delete(id);
    const from = act.placeOf(now(), id).index;
    apply((d) => act.placeStep(d, id));
    const { index, total } = act.placeOf(now(), id);
    if (index !== from) say(w.placed(named(act.findStep(now(), id)), index + 1, total));
  }

  function climbed(id: string, on: boolean) {
    apply((d) => (on ? act.markClimbed(d, id, localDate()) : act.markNotClimbed(d, id)));
    if (!on) return say(w.notClimbed);
    const after = nextStep(activeLadder(now()).steps);
    say(after ? w.climbedThen(shown(after)) : w.climbedLast);
  }

  return {
    // ---- adding steps ----
    editDraft: (patch: Partial<Ladder['draft']>) => apply((d) => act.editDraft(d, patch)),
    addDraft() {
      const d = now();
      const why = act.whyNotAddDraft(d, words.refusals);
      setError(why ?? '');
      if (!why) {
        const id = crypto.randomUUID();
        apply((d) => act.addDraft(d, id));
        sayAdded(id);
      }
      // Back to the box, for the next step or to write this one; a full ladder only says so.
      if (!act.whyNotAddStep(d, words.refusals)) focusSoon(`${idPrefix}-new-what`);
    },
    /** Adds one of the starter ideas, then focuses the element with id `then`. */
    addIdea(idea: { what: string; rating: number }, then: string) {
      if (add(newStep(idea.what, idea.rating))) focusSoon(then);
    },
    addEasier: () => addBlank(EASIER_STEP),
    /** A step halfway between the two steps of a big jump, just below the higher one. */
    addBetween({ low, high }: Jump) {
      const at = act.placeOf(now(), high.id).index;
      if (at >= 0) addBlank(midRating(low.rating!, high.rating!), at, false);
    },

    // ---- a step ----
    openStep: showStep,
    /** "Open this step" in the next-step box: opens it and goes there. */
    goToStep(id: string) {
      showStep(id);
      focusSoon(sid(id, 'toggle'));
    },
    closeStep(id: string) {
      setOpen((o) => o.filter((x) => x !== id));
      if (dirty.has(id)) place(id);
      focusSoon(sid(id, 'toggle'));
    },
    move(id: string, by: -1 | 1) {
      const from = act.placeOf(now(), id).index;
      apply((d) => act.moveStepBy(d, id, by));
      const { index: to, total } = act.placeOf(now(), id);
      if (to === from) return;
      say(w.moved(named(act.findStep(now(), id)), to + 1, total));
      // Stay on the button just used, or its twin once that one is disabled at an end.
      const atEnd = by < 0 ? to === 0 : to === total - 1;
      focusSoon(sid(id, by < 0 !== atEnd ? 'up' : 'down'));
    },
    sort() {
      apply(act.sortSteps);
      say(w.sorted);
    },
    edit: (id: string, patch: act.StepText) => apply((d) => act.editStep(d, id, patch)),
    rate(id: string, rating: number | null) {
      dirty.add(id);
      apply((d) => act.rateStep(d, id, rating));
    },
    /** Enter in the rating box: the step takes its place, and focus stays in the box. */
    place(id: string) {
      place(id);
      focusSoon(sid(id, 'rating'));
    },
    climbed,
    /** "Mark it climbed" in the next-step box, which then shows the step after. */
    climbNext(id: string) {
      climbed(id, true);
      focusSoon(`${idPrefix}-next`);
    },
    remove(id: string) {
      const { index } = act.placeOf(now(), id);
      const tries = act.findStep(now(), id)?.attempts.length ?? 0;
      // Read again on "yes": the ladder may have changed while the question was open.
      const removeNow = () => {
        const { steps } = activeLadder(now());
        const i = steps.findIndex((s) => s.id === id);
        if (i < 0) return;
        apply((d) => act.removeStep(d, id));
        say(w.removed(i + 1));
        const near = steps[i + 1] ?? steps[i - 1];
        focusSoon(near ? sid(near.id, 'toggle') : `${idPrefix}-new-what`);
      };
      // A step with no tries holds nothing that would be lost.
      if (!tries) return removeNow();
      const key = sid(id, 'remove');
      ask({ key, back: key, yes: w.removeYes, text: w.removeQuestion(index + 1, tries), run: removeNow });
    },
  };
}
