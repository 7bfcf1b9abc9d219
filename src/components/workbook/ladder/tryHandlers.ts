// The handlers for a step's tries: see useLadder.ts.
import { focusSoon } from '../focus';
import { localDate } from '../../../workbook/dates';
import * as act from '../../../workbook/kinds/ladder-actions';
import { newAttempt } from '../../../workbook/kinds/ladder-logic';
import type { Kit } from './useLadder';

export function tryHandlers({ words, sid, say, now, apply, showStep, setOpenTry, ask }: Kit) {
  const w = words.say;
  return {
    addTry(stepId: string) {
      const why = act.whyNotAddTry(now(), stepId, words.refusals);
      if (why) return say(why);
      const a = newAttempt(localDate());
      apply((d) => act.addTry(d, stepId, a));
      showStep(stepId);
      setOpenTry(a.id);
      say(w.newTry);
      // The date is already today's; what the person fears comes first.
      focusSoon(sid(stepId, `${a.id}-feared`));
    },
    /** Opens a try's form from its date in the table, or closes it. */
    openTry: (id: string) => setOpenTry((open) => (open === id ? '' : id)),
    editTry: (stepId: string, id: string, patch: act.TryPatch) => apply((d) => act.editTry(d, stepId, id, patch)),
    closeTry(stepId: string, id: string) {
      setOpenTry('');
      const had = act.findTry(now(), stepId, id);
      apply((d) => act.dropTryIfBlank(d, stepId, id));
      if (had && !act.findTry(now(), stepId, id)) {
        say(w.emptyTry);
        return focusSoon(sid(stepId, 'try'));
      }
      say(w.trySaved);
      focusSoon(sid(stepId, `${id}-open`));
    },
    deleteTry(stepId: string, id: string) {
      const key = sid(stepId, `${id}-delete`);
      ask({
        key,
        back: key,
        yes: w.deleteYes,
        text: w.deleteTry,
        run() {
          setOpenTry('');
          apply((d) => act.removeTry(d, stepId, id));
          say(w.tryDeleted);
          focusSoon(sid(stepId, 'try'));
        },
      });
    },
  };
}
