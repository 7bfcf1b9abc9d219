import { describe, expect, it } from 'vitest';
import {
  addDraft,
  addLadder,
  addStep,
  addTry,
  dropTryIfBlank,
  editDraft,
  editStep,
  editTry,
  findStep,
  findTry,
  markClimbed,
  markNotClimbed,
  moveStepBy,
  placeOf,
  placeStep,
  rateStep,
  removeLadder,
  removeStep,
  removeTry,
  setGoal,
  showLadder,
  sortSteps,
  whyNotAddDraft,
  whyNotAddLadder,
  whyNotAddStep,
  whyNotAddTry,
} from '../../src/workbook/kinds/ladder-actions';
import {
  activeLadder,
  emptyLadder,
  MAX_ATTEMPTS,
  MAX_LADDERS,
  MAX_STEPS,
  newAttempt,
  newStep,
  type Attempt,
  type Ladder,
  type LadderData,
  type Step,
} from '../../src/workbook/kinds/ladder-logic';

/** A step whose id is its name, so tests can find it by what it says. */
const step = (what: string, rating: number | null, extra: Partial<Step> = {}): Step => ({ ...newStep(what, rating), id: what, ...extra });
const tryOn = (id: string, patch: Partial<Attempt> = {}): Attempt => ({ ...newAttempt('2026-11-20'), id, ...patch });
const ladderOf = (id: string, steps: Step[], patch: Partial<Ladder> = {}): Ladder => ({ ...emptyLadder(id), goal: `Goal ${id}`, steps, ...patch });
/** Two ladders, the first on screen. */
const data = (steps: Step[], patch: Partial<Ladder> = {}): LadderData => ({
  ladders: [ladderOf('one', steps, patch), ladderOf('two', [step('Other', 10)])],
  active: 'one',
});
/** The names of the steps on screen, easiest first. */
const names = (d: LadderData) => activeLadder(d).steps.map((s) => s.what);
const three = () => data([step('Call', 20), step('Visit', 50), step('Dinner', 80)]);
const full = () => data(Array.from({ length: MAX_STEPS }, (_, i) => step(`s${i}`, i)));

describe('adding steps', () => {
  it('puts a new step in its place by rating and leaves the other ladder alone', () => {
    const before = three();
    const after = addStep(before, step('Coffee', 35));
    expect(names(after)).toEqual(['Call', 'Coffee', 'Visit', 'Dinner']);
    expect(placeOf(after, 'Coffee')).toEqual({ index: 1, total: 4 });
    expect(after.ladders[1]).toBe(before.ladders[1]);
  });

  it('puts an unrated step at the top, where steps wait to be rated', () => {
    expect(names(addStep(three(), step('Someday', null)))).toEqual(['Call', 'Visit', 'Dinner', 'Someday']);
  });

  it('can put a step at a chosen place without moving it by rating', () => {
    // "Add a step between steps 2 and 3" asks for that place, whatever the rating.
    expect(names(addStep(three(), step('Between', 65), 2, false))).toEqual(['Call', 'Visit', 'Between', 'Dinner']);
    expect(names(addStep(three(), step('Easier', 10), 0, false))).toEqual(['Easier', 'Call', 'Visit', 'Dinner']);
  });

  it('refuses a step on a full ladder, says why, and changes nothing', () => {
    const d = full();
    expect(whyNotAddStep(d)).toBe(`This ladder has ${MAX_STEPS} steps, the most it can hold. You could start a new ladder.`);
    expect(addStep(d, step('One more', 5))).toBe(d);
    expect(whyNotAddStep(three())).toBeUndefined();
  });

  it('adds the step written in the form, trimmed, and empties the form', () => {
    const d = three();
    const written = editDraft(editDraft(d, { what: '  Coffee after the meeting  ' }), { rating: 60 });
    expect(activeLadder(written).draft).toEqual({ what: '  Coffee after the meeting  ', rating: 60 });
    const added = addDraft(written, 'new');
    expect(findStep(added, 'new')).toMatchObject({ what: 'Coffee after the meeting', rating: 60 });
    expect(names(added)).toEqual(['Call', 'Visit', 'Coffee after the meeting', 'Dinner']);
    expect(activeLadder(added).draft).toEqual({ what: '', rating: null });
  });

  it('refuses an empty form and a full ladder, keeping what is typed', () => {
    const blank = editDraft(three(), { what: '   ', rating: 40 });
    expect(whyNotAddDraft(blank)).toBe('Write what the step is, then add it.');
    expect(addDraft(blank, 'new')).toBe(blank);

    const fullWithDraft = editDraft(full(), { what: 'One more' });
    expect(whyNotAddDraft(fullWithDraft)).toBe(`This ladder has ${MAX_STEPS} steps, the most it can hold. You could start a new ladder.`);
    expect(addDraft(fullWithDraft, 'new')).toBe(fullWithDraft);
    expect(activeLadder(fullWithDraft).draft.what).toBe('One more');
  });
});

describe('changing steps', () => {
  it('removes a step and keeps the others in order', () => {
    expect(names(removeStep(three(), 'Visit'))).toEqual(['Call', 'Dinner']);
  });

  it('moves a step one place up or down, and not past either end', () => {
    expect(names(moveStepBy(three(), 'Dinner', -1))).toEqual(['Call', 'Dinner', 'Visit']);
    expect(names(moveStepBy(three(), 'Call', 1))).toEqual(['Visit', 'Call', 'Dinner']);
    expect(names(moveStepBy(three(), 'Call', -1))).toEqual(['Call', 'Visit', 'Dinner']);
    expect(names(moveStepBy(three(), 'Dinner', 1))).toEqual(['Call', 'Visit', 'Dinner']);
  });

  it('keeps a new rating in place while it is typed, and moves the step when asked', () => {
    const rated = rateStep(three(), 'Dinner', 10);
    expect(findStep(rated, 'Dinner')?.rating).toBe(10);
    expect(names(rated)).toEqual(['Call', 'Visit', 'Dinner']);
    const placed = placeStep(rated, 'Dinner');
    expect(names(placed)).toEqual(['Dinner', 'Call', 'Visit']);
    // Already in its place: nothing to do.
    const d = three();
    expect(placeStep(d, 'Visit')).toBe(d);
  });

  it('sorts the whole ladder by rating only when asked', () => {
    const handMade = moveStepBy(three(), 'Dinner', -1);
    expect(names(handMade)).toEqual(['Call', 'Dinner', 'Visit']);
    expect(names(sortSteps(handMade))).toEqual(['Call', 'Visit', 'Dinner']);
  });

  it('saves what is written on a step without touching its rating or place', () => {
    const edited = editStep(three(), 'Visit', { what: 'Visit my sister', where: 'At her flat', safety: 'Phone in my bag' });
    expect(findStep(edited, 'Visit')).toMatchObject({ what: 'Visit my sister', where: 'At her flat', safety: 'Phone in my bag', rating: 50 });
    expect(names(edited)).toEqual(['Call', 'Visit my sister', 'Dinner']);
    expect(findStep(editStep(edited, 'Visit', { on: '2026-12-05' }), 'Visit')).toMatchObject({ what: 'Visit my sister', on: '2026-12-05', rating: 50 });
  });

  it('marks a step climbed on a date, and not climbed again', () => {
    const climbed = markClimbed(three(), 'Call', '2026-11-21');
    expect(findStep(climbed, 'Call')?.climbedOn).toBe('2026-11-21');
    expect(findStep(markNotClimbed(climbed, 'Call'), 'Call')?.climbedOn).toBe('');
  });
});

describe('tries', () => {
  const withTry = () => data([step('Call', 20, { attempts: [tryOn('t1', { peak: 60 })] }), step('Visit', 50)]);

  it('adds a try to its step, after the earlier ones', () => {
    const added = addTry(withTry(), 'Call', tryOn('t2'));
    expect(findStep(added, 'Call')?.attempts.map((a) => a.id)).toEqual(['t1', 't2']);
    expect(findStep(added, 'Visit')?.attempts).toEqual([]);
  });

  it('refuses a try on a step that has the most it can hold, says why, and changes nothing', () => {
    const many = Array.from({ length: MAX_ATTEMPTS }, (_, i) => tryOn(`t${i}`));
    const d = data([step('Call', 20, { attempts: many })]);
    expect(whyNotAddTry(d, 'Call')).toBe(`This step has ${MAX_ATTEMPTS} tries, the most it can hold. You could delete an old one.`);
    expect(addTry(d, 'Call', tryOn('extra'))).toBe(d);
    expect(whyNotAddTry(withTry(), 'Call')).toBeUndefined();
  });

  it('saves what is written on a try', () => {
    const edited = editTry(withTry(), 'Call', 't1', { feared: 'She will not pick up.', before: 40, date: '2026-11-19' });
    expect(findTry(edited, 'Call', 't1')).toMatchObject({ feared: 'She will not pick up.', before: 40, peak: 60, date: '2026-11-19' });
  });

  it('deletes a try', () => {
    expect(findStep(removeTry(withTry(), 'Call', 't1'), 'Call')?.attempts).toEqual([]);
  });

  it('does not keep a try closed with nothing in it, and keeps one with anything written', () => {
    const d = addTry(withTry(), 'Call', tryOn('blank'));
    expect(findStep(dropTryIfBlank(d, 'Call', 'blank'), 'Call')?.attempts.map((a) => a.id)).toEqual(['t1']);
    const spaces = editTry(d, 'Call', 'blank', { happened: '   ' });
    expect(findTry(dropTryIfBlank(spaces, 'Call', 'blank'), 'Call', 'blank')).toBeUndefined();
    for (const patch of [{ happened: 'It went well' }, { after: 0 }]) {
      const written = editTry(d, 'Call', 'blank', patch);
      expect(dropTryIfBlank(written, 'Call', 'blank')).toBe(written);
    }
  });
});

describe('several ladders', () => {
  it('names a ladder by its goal', () => {
    const d = setGoal(three(), 'Go to a meeting and talk to someone');
    expect(activeLadder(d).goal).toBe('Go to a meeting and talk to someone');
    expect(d.ladders[1]!.goal).toBe('Goal two');
  });

  it('starts a new ladder, empty and on screen', () => {
    const d = addLadder(three(), 'new');
    expect(d.ladders.map((l) => l.id)).toEqual(['one', 'two', 'new']);
    expect(activeLadder(d)).toEqual(emptyLadder('new'));
  });

  it('refuses a ladder past the most the page can hold, says why, and changes nothing', () => {
    const d: LadderData = { ladders: Array.from({ length: MAX_LADDERS }, (_, i) => ladderOf(`l${i}`, [])), active: 'l0' };
    expect(whyNotAddLadder(d)).toBe(`You have ${MAX_LADDERS} ladders, the most this page can hold.`);
    expect(addLadder(d, 'new')).toBe(d);
    expect(whyNotAddLadder(three())).toBeUndefined();
  });

  it('switches the ladder on screen, and each keeps its own steps', () => {
    const d = showLadder(three(), 'two');
    expect(names(d)).toEqual(['Other']);
    expect(names(addStep(d, step('Another', 20)))).toEqual(['Other', 'Another']);
    expect(names(showLadder(addStep(d, step('Another', 20)), 'one'))).toEqual(['Call', 'Visit', 'Dinner']);
    const same = three();
    expect(showLadder(same, 'nowhere')).toBe(same);
  });

  it('deletes a ladder and shows the first one left', () => {
    const d = removeLadder(three(), 'one');
    expect(d.ladders.map((l) => l.id)).toEqual(['two']);
    expect(names(d)).toEqual(['Other']);
    // Deleting one not on screen leaves the screen as it was.
    expect(names(removeLadder(addLadder(three(), 'new'), 'two'))).toEqual([]);
    expect(activeLadder(removeLadder(addLadder(three(), 'new'), 'two')).id).toBe('new');
  });

  it('keeps the only ladder: the page always has one', () => {
    const only: LadderData = { ladders: [ladderOf('one', [step('Call', 20)])], active: 'one' };
    expect(removeLadder(only, 'one')).toBe(only);
  });
});
