import { beforeAll, describe, expect, it } from 'vitest';
import {
  bigJumps,
  guidance,
  inRatingOrder,
  midRating,
  moveStep,
  newAttempt,
  newStep,
  nextStep,
  peakTrend,
  placeByRating,
  sortByRating,
  STARTERS,
  suggestClimbed,
  toRating,
  type Attempt,
  type LadderData,
  type Step,
} from '../../src/workbook/kinds/ladder-logic';
import { ladder } from '../../src/workbook/kinds/ladder';
import { ladderFixture, ladderFixtureRecord } from '../support/ladder-fixture';
import { decodeValue, loadSchema } from '../../src/workbook/record';
import type { ExerciseDef } from '../../src/workbook/kinds/types';

const def: ExerciseDef = { id: 'exposure-ladder', title: 'My exposure ladder', kind: 'ladder', mode: 'single', fields: [], guide: 'gradual-exposure' };

const step = (what: string, rating: number | null, extra: Partial<Step> = {}): Step => ({ ...newStep(what, rating), id: what, ...extra });
const names = (steps: Step[]) => steps.map((s) => s.what);
const tryAt = (date: string, before: number | null, peak: number | null, after: number | null): Attempt => ({ ...newAttempt(date), before, peak, after });

describe('ordering', () => {
  it('sorts by rating, keeps equal ratings in their order and puts unrated steps last', () => {
    const steps = [step('c', 50), step('x', null), step('a', 10), step('b', 50), step('d', 0)];
    expect(names(sortByRating(steps))).toEqual(['d', 'a', 'c', 'b', 'x']);
    expect(inRatingOrder(sortByRating(steps))).toBe(true);
    expect(inRatingOrder(steps)).toBe(false);
  });

  it('places a newly rated step between lower and higher ratings', () => {
    const steps = [step('a', 10), step('b', 30), step('c', 60), step('new', 40)];
    const placed = placeByRating(steps, 3);
    expect(names(placed.steps)).toEqual(['a', 'b', 'new', 'c']);
    expect(placed.index).toBe(2);
    // A step whose rating went up moves up the ladder.
    const raised = placeByRating([step('a', 70), step('b', 30), step('c', 60)], 0);
    expect(names(raised.steps)).toEqual(['b', 'c', 'a']);
  });

  it('moves only the step that changed, so an order made by hand survives', () => {
    // The person put "c" (60) below "b" (30) on purpose.
    const handMade = [step('a', 10), step('c', 60), step('b', 30), step('d', 80), step('e', 90)];
    const next = handMade.map((s) => (s.what === 'e' ? { ...s, rating: 20 } : s));
    const placed = placeByRating(next, 4);
    expect(names(placed.steps)).toEqual(['a', 'e', 'c', 'b', 'd']);
  });

  it('leaves a step in place when its rating is cleared', () => {
    const steps = [step('a', 10), step('b', null), step('c', 60)];
    expect(placeByRating(steps, 1)).toEqual({ steps, index: 1 });
  });

  it('moves a step by hand, and ignores moves off the ends', () => {
    const steps = [step('a', 10), step('b', 20), step('c', 30)];
    expect(names(moveStep(steps, 2, 0))).toEqual(['c', 'a', 'b']);
    expect(moveStep(steps, 0, -1)).toBe(steps);
    expect(moveStep(steps, 2, 3)).toBe(steps);
  });

  it('reads typed ratings as whole numbers from 0 to 100', () => {
    expect(toRating('')).toBeNull();
    expect(toRating('abc')).toBeNull();
    expect(toRating('35')).toBe(35);
    expect(toRating('150')).toBe(100);
    expect(toRating('-5')).toBe(0);
    expect(toRating('42.6')).toBe(43);
  });
});

describe('guidance', () => {
  it('finds rises of more than 25 between neighbouring rated steps', () => {
    const steps = [step('a', 10), step('b', 35), step('x', null), step('c', 70), step('d', 71)];
    const jumps = bigJumps(steps);
    expect(jumps.map((j) => [j.low.what, j.high.what, j.index])).toEqual([['b', 'c', 3]]);
    expect(bigJumps([step('a', 10), step('b', 35)])).toEqual([]);
    // A drop in an order made by hand is not a jump.
    expect(bigJumps([step('a', 90), step('b', 10)])).toEqual([]);
    expect(midRating(35, 70)).toBe(55);
    expect(midRating(10, 40)).toBe(25);
  });

  it('suggests a first step at 40 or below, notes a short ladder and unrated steps', () => {
    expect(guidance([])).toEqual([]);
    const high = guidance([step('a', 55), step('b', 60), step('c', null)]);
    expect(high).toEqual([
      { kind: 'first-high', lowest: 55 },
      { kind: 'few', count: 3 },
      { kind: 'unrated', count: 1 },
    ]);
    expect(guidance([step('a', 40)]).map((n) => n.kind)).toEqual(['few']);
  });

  it('has nothing to say about a well spread ladder of five or more steps', () => {
    expect(guidance([10, 30, 50, 70, 90].map((r) => step(String(r), r)))).toEqual([]);
  });
});

describe('next step', () => {
  it('is the lowest step in the ladder not yet climbed', () => {
    const steps = [step('a', 10, { climbedOn: '2026-11-01' }), step('', 15), step('b', 30), step('c', 20)];
    expect(nextStep(steps)?.what).toBe('b');
    expect(nextStep(steps.map((s) => ({ ...s, climbedOn: '2026-11-02' })))).toBeUndefined();
    expect(nextStep([])).toBeUndefined();
  });
});

describe('suggesting a step is climbed', () => {
  it('waits for two tries in a row that peaked at 30 or below', () => {
    const s = (attempts: Attempt[], extra: Partial<Step> = {}) => step('a', 50, { attempts, ...extra });
    expect(suggestClimbed(s([]))).toBe(false);
    expect(suggestClimbed(s([tryAt('2026-11-01', 20, 25, 10)]))).toBe(false);
    expect(suggestClimbed(s([tryAt('2026-11-01', 50, 70, 40), tryAt('2026-11-03', 20, 30, 10), tryAt('2026-11-05', 15, 25, 5)]))).toBe(true);
    // The latest try by date counts, not the latest written.
    expect(suggestClimbed(s([tryAt('2026-11-09', 40, 60, 30), tryAt('2026-11-03', 20, 30, 10), tryAt('2026-11-05', 15, 25, 5)]))).toBe(false);
    // Without a peak, the higher of before and after stands in; tries with no numbers are skipped.
    expect(suggestClimbed(s([tryAt('2026-11-03', 20, null, 25), tryAt('2026-11-04', null, null, null), tryAt('2026-11-05', 10, null, null)]))).toBe(true);
    expect(suggestClimbed(s([tryAt('2026-11-03', 20, 25, 10), tryAt('2026-11-05', 15, 25, 5)], { climbedOn: '2026-11-06' }))).toBe(false);
  });

  it('reports the first and latest peak', () => {
    expect(peakTrend(step('a', 50, { attempts: [tryAt('2026-11-03', 20, 35, 10), tryAt('2026-11-01', 40, 60, 30)] }))).toEqual([60, 35]);
    expect(peakTrend(step('a', 50, { attempts: [tryAt('2026-11-03', 20, 35, 10)] }))).toBeUndefined();
  });
});

describe('saved ladders', () => {
  beforeAll(() => loadSchema(ladder));
  const at = '2026-11-20T10:00:00.000Z';
  const decode = (data: unknown, v = ladder.version) => decodeValue({ v, updatedAt: at, data }, ladder, def);
  const withStep = (patch: Partial<Step>): LadderData => ({
    ladders: [{ id: 'l', goal: 'Feel at ease with my sister again', steps: [{ ...step('Text her', 20), ...patch }], draft: { what: '', rating: null } }],
    active: 'l',
  });

  it('accept an empty ladder, a full one and the 60-step fixture', () => {
    expect(decode(ladder.empty(def)).ok).toBe(true);
    expect(decode(withStep({ climbedOn: '2026-11-02', attempts: [tryAt('2026-11-01', 30, 45, 10)] }))).toMatchObject({ ok: true, migrated: false });
    const big = ladderFixture();
    expect(big.ladders[0]!.steps).toHaveLength(60);
    expect(big.ladders[0]!.steps.reduce((n, s) => n + s.attempts.length, 0)).toBe(300);
    expect(decodeValue(ladderFixtureRecord(), ladder, def).ok).toBe(true);
  });

  it.each([
    ['a rating above 100', { rating: 101 }],
    ['a rating that is not a whole number', { rating: 12.5 }],
    ['a climbed date that is not a date', { climbedOn: 'yes' }],
    ['a try without a proper date', { attempts: [tryAt('', 1, 2, 3)] }],
    ['a try rating below 0', { attempts: [tryAt('2026-11-01', -1, 2, 3)] }],
    ['a step over 500 characters', { what: 'x'.repeat(501) }],
    ['more than 100 tries on a step', { attempts: Array.from({ length: 101 }, () => tryAt('2026-11-01', 1, 2, 3)) }],
  ])('reject %s', (_, patch) => {
    expect(decode(withStep(patch as Partial<Step>)).ok).toBe(false);
  });

  it('reject a workbook with no ladder, and more than 100 steps', () => {
    expect(decode({ ladders: [], active: '' }).ok).toBe(false);
    expect(decode(ladderFixture({ steps: 101, attempts: 0 })).ok).toBe(false);
  });

  it('accept a planned day, or none, and reject one that is not a date', () => {
    expect(decode(withStep({ on: '2026-12-05' }))).toMatchObject({ ok: true, migrated: false });
    expect(decode(withStep({ on: '' })).ok).toBe(true);
    expect(decode(withStep({ on: 'Saturday' })).ok).toBe(false);
    expect(decode(withStep({ on: '20260-12-05' })).ok).toBe(false);
  });

  it('refuse answers saved by a newer version instead of guessing at them', () => {
    expect(ladder.version).toBe(2);
    expect(decode(ladder.empty(def), 3)).toEqual({ ok: false, problem: { code: 'newer', version: 3 } });
  });
});

describe('ladders saved before steps had a planned day (version 1)', () => {
  beforeAll(() => loadSchema(ladder));
  // Version 1 steps had no `on`.
  const old = ({ on: _, ...rest }: Step) => rest;
  const sister = step('Text her', 20, { where: 'At home', when: 'Sunday evening', climbedOn: '2026-11-02', attempts: [tryAt('2026-11-01', 30, 45, 10)] });
  const coffee = step('Coffee with her', 60);
  const v1 = {
    ladders: [
      { id: 'l', goal: 'Feel at ease with my sister again', steps: [old(sister), old(coffee)], draft: { what: 'Call her', rating: 40 } },
      { id: 'm', goal: 'Go to a meeting', steps: [], draft: { what: '', rating: null } },
    ],
    active: 'm',
  };
  const read = (data: unknown = v1) => decodeValue({ v: 1, updatedAt: '2026-11-20T10:00:00.000Z', data }, ladder, def);

  it('are read and brought up to the current version', () => {
    expect(read()).toMatchObject({ ok: true, migrated: true, record: { v: 2, updatedAt: '2026-11-20T10:00:00.000Z' } });
  });

  it('give every step no planned day and keep everything else as it was', () => {
    const result = read();
    expect(result.ok && result.record.data).toEqual({ ...v1, ladders: [{ ...v1.ladders[0]!, steps: [sister, coffee] }, v1.ladders[1]] });
    expect(sister.on).toBe('');
  });

  it('are still rejected when they were not in the old shape', () => {
    expect(read({ ...v1, ladders: 'Text her' }).ok).toBe(false);
    expect(read({ ...v1, ladders: [{ ...v1.ladders[0]!, steps: [{ what: 'Text her' }] }] }).ok).toBe(false);
    expect(read(null).ok).toBe(false);
  });
});

describe('progress and summary', () => {
  it('starts with anything written and is done once a step is climbed', () => {
    const empty = ladder.empty(def);
    expect(ladder.progress(empty, def)).toBe('not-started');
    const started = { ...empty, ladders: [{ ...empty.ladders[0]!, goal: 'Go to a meeting and talk to someone' }] };
    expect(ladder.progress(started, def)).toBe('started');
    const climbed = { ...empty, ladders: [{ ...empty.ladders[0]!, steps: [step('a', 10, { climbedOn: '2026-11-01' })] }] };
    expect(ladder.progress(climbed, def)).toBe('done');
  });

  it('prints each ladder in order with its tries, oldest first', () => {
    const data: LadderData = {
      ladders: [
        {
          id: 'l',
          goal: 'Go to a meeting and talk to someone',
          steps: [
            step('Say hello', 15, { safety: 'holding my phone', attempts: [tryAt('2026-11-05', 20, 30, 10), tryAt('2026-11-01', 40, 60, 20)] }),
            step('Stay for coffee', 50, { on: '2026-12-05' }),
          ],
          draft: { what: '', rating: null },
        },
      ],
      active: 'l',
    };
    const blocks = ladder.summary(data, def);
    expect(blocks.map((b) => b.heading)).toEqual(['Goal: Go to a meeting and talk to someone', 'Go to a meeting and talk to someone, step 1: Say hello']);
    expect(blocks[0]!.lines).toEqual([
      'Step 1: Say hello · expected distress 15 · safety behaviours to drop: holding my phone · 2 tries',
      'Step 2: Stay for coffee · expected distress 50 · planned for 2026-12-05',
    ]);
    expect(blocks[1]!.lines[0]).toBe('2026-11-01: distress before 40, at the peak 60, after 20');
  });

  it('prints a goal without steps, and nothing for an untouched ladder', () => {
    const empty = ladder.empty(def);
    expect(ladder.summary(empty, def).flatMap((b) => b.lines)).toEqual([]);
    const goalOnly = { ...empty, ladders: [{ ...empty.ladders[0]!, goal: 'Feel at ease with my sister again' }] };
    expect(ladder.summary(goalOnly, def)).toEqual([{ heading: 'Goal: Feel at ease with my sister again', lines: ['No steps yet.'] }]);
  });

  it('offers starter steps from the guides, each with a first step under 40 among them', () => {
    expect(STARTERS.length).toBeGreaterThanOrEqual(8);
    expect(STARTERS.some((s) => s.rating <= 40)).toBe(true);
  });
});
