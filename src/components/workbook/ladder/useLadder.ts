// The ladder's wiring: what is open on screen, the message read out, the
// question asked before deleting, and the handlers. A handler applies an
// action from ladder-actions.ts through the exercise handle, then says what
// happened and moves focus. Handlers read `now()`, the data as saved right
// now (handle.current()): two changes can land before Preact draws again.
// The handlers for steps and for tries are in stepHandlers.ts and tryHandlers.ts.
import { useRef, useState, type StateUpdater } from 'preact/hooks';
import type { ExerciseHandle } from '../useExercise';
import { useQuestion, type Question } from '../Confirm';
import { focusSoon } from '../focus';
import { useAnnouncer } from '../useAnnouncer';
import * as act from '../../../workbook/kinds/ladder-actions';
import { activeLadder, type LadderData } from '../../../workbook/kinds/ladder-logic';
import { useLadderWords, type LadderWords } from '../../../i18n/widgets/ladder';
import { stepHandlers } from './stepHandlers';
import { tryHandlers } from './tryHandlers';

/** What every handler works with. */
export interface Kit {
  idPrefix: string;
  /** The ladder's words in the page's language, for what is said and asked. */
  words: LadderWords;
  /** The id of an element of a step: "<idPrefix>-<step id>-<part>". */
  sid(stepId: string, part: string): string;
  /** Announces a message in the status line. */
  say(message: string): void;
  /** The data as saved right now, which may be newer than the last render's. */
  now(): LadderData;
  /** Saves a change made by one of the ladder actions. */
  apply(change: (d: LadderData) => LadderData): void;
  /** Opens a step (closing is the step handlers' job). */
  showStep(stepId: string): void;
  setOpen(change: StateUpdater<string[]>): void;
  setOpenTry(change: StateUpdater<string>): void;
  /** Shows why a step could not be added, under the "Add a step" form; "" clears it. */
  setError(error: string): void;
  ask(question: Question): void;
}

function ladderHandlers({ idPrefix, words, say, now, apply, setOpen, ask }: Kit) {
  const w = words.say;
  return {
    /** Says something in the ladder's status line ("Calendar file downloaded"). */
    say,
    /** The goal is also the ladder's name in the picker. */
    setGoal: (goal: string) => apply((d) => act.setGoal(d, goal)),
    showLadder(id: string) {
      apply((d) => act.showLadder(d, id));
      setOpen([]);
    },
    addLadder() {
      const why = act.whyNotAddLadder(now(), words.refusals);
      if (why) return say(why);
      const id = crypto.randomUUID();
      apply((d) => act.addLadder(d, id));
      setOpen([]);
      say(w.newLadder);
      focusSoon(`${idPrefix}-goal`);
    },
    removeLadder() {
      const { id, goal } = activeLadder(now());
      const key = `${idPrefix}-delete-ladder`;
      ask({
        key,
        back: key,
        yes: w.deleteYes,
        text: w.deleteLadder(goal.trim()),
        run() {
          apply((d) => act.removeLadder(d, id));
          say(w.ladderDeleted);
          // The picker is there only while there are two ladders or more.
          focusSoon(now().ladders.length > 1 ? `${idPrefix}-pick` : `${idPrefix}-goal`);
        },
      });
    },
  };
}

function handlers(kit: Kit) {
  return { ...ladderHandlers(kit), ...stepHandlers(kit), ...tryHandlers(kit) };
}

/** What the ladder's views can ask for; one object for the island's life, so rows can skip re-rendering. */
export type LadderHandlers = ReturnType<typeof handlers>;

export function useLadder(idPrefix: string, handle: ExerciseHandle<LadderData>) {
  const [open, setOpen] = useState<string[]>([]);
  const [openTry, setOpenTry] = useState('');
  const [msg, say] = useAnnouncer();
  const [error, setError] = useState('');
  const question = useQuestion();
  const words = useLadderWords();
  // The handlers are made once and reach the handle of the latest render
  // through this: the first render's handle has no store to save to yet.
  const latest = useRef(handle);
  latest.current = handle;
  const [on] = useState(() =>
    handlers({
      idPrefix,
      words,
      sid: (stepId, part) => `${idPrefix}-${stepId}-${part}`,
      say,
      now: () => latest.current.current(),
      apply: (change) => latest.current.update(change),
      showStep: (id) => setOpen((o) => (o.includes(id) ? o : [...o, id])),
      setOpen,
      setOpenTry,
      setError,
      // useQuestion's ask is a state setter: the same function on every render.
      ask: question.ask,
    }),
  );
  return { on, open, openTry, msg, error, question };
}
