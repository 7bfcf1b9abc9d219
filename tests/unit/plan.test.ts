import { describe, expect, it } from 'vitest';
import { KEBAB_ID } from '../../src/content/schemas';
import { MAX_PLAN_ITEMS, PLAN_ID, parsePlan, planNote, planQuery } from '../../src/lib/plan';

const KNOWN = new Set(['recovery-ally', 'connection-plan', 'careful-letter', 'values-sort', 'exposure-ladder']);
const isKnown = (id: string) => KNOWN.has(id);
// Thirteen made-up ids, all "known", to test the limit.
const many = Array.from({ length: MAX_PLAN_ITEMS + 3 }, (_, i) => `exercise-${i + 1}`);
const isAnyExercise = (id: string) => /^exercise-\d+$/.test(id);

describe('parsePlan', () => {
  it('keeps known ids in the order given', () => {
    expect(parsePlan('?e=careful-letter,recovery-ally,values-sort', isKnown)).toEqual({
      ids: ['careful-letter', 'recovery-ally', 'values-sort'],
      unknown: 0,
      overflow: 0,
    });
  });

  it('keeps the first of repeated ids', () => {
    expect(parsePlan('?e=values-sort,recovery-ally,values-sort,recovery-ally', isKnown).ids).toEqual(['values-sort', 'recovery-ally']);
  });

  it('drops unknown ids and counts each distinct one once', () => {
    const plan = parsePlan('?e=recovery-ally,no-such-thing,no-such-thing,old-exercise,values-sort', isKnown);
    expect(plan.ids).toEqual(['recovery-ally', 'values-sort']);
    expect(plan.unknown).toBe(2);
  });

  it(`holds at most ${MAX_PLAN_ITEMS} exercises and counts the rest`, () => {
    const plan = parsePlan(`?e=${many.join(',')}`, isAnyExercise);
    expect(plan.ids).toEqual(many.slice(0, MAX_PLAN_ITEMS));
    expect(plan.overflow).toBe(3);
    expect(plan.unknown).toBe(0);
  });

  it('does not let repeats or unknown ids use up places in the plan', () => {
    const ids = [many[0]!, many[0]!, 'nope', ...many.slice(1, MAX_PLAN_ITEMS)];
    const plan = parsePlan(`?e=${ids.join(',')}`, isAnyExercise);
    expect(plan.ids).toHaveLength(MAX_PLAN_ITEMS);
    expect(plan.overflow).toBe(0);
  });

  it('tolerates spaces, capitals, empty pieces and repeated parameters', () => {
    expect(parsePlan('?e=%20Recovery-Ally%20,,,&e=VALUES-SORT', isKnown).ids).toEqual(['recovery-ally', 'values-sort']);
  });

  it('reads a URLSearchParams as well as a string', () => {
    expect(parsePlan(new URLSearchParams({ e: 'recovery-ally' }), isKnown).ids).toEqual(['recovery-ally']);
  });

  it('returns an empty plan for a missing or empty parameter', () => {
    expect(parsePlan('', isKnown)).toEqual({ ids: [], unknown: 0, overflow: 0 });
    expect(parsePlan('?e=', isKnown)).toEqual({ ids: [], unknown: 0, overflow: 0 });
    expect(parsePlan('?x=recovery-ally', isKnown)).toEqual({ ids: [], unknown: 0, overflow: 0 });
  });

  describe('hostile input', () => {
    it('never passes markup, encoded or not, to the page', () => {
      for (const search of [
        '?e=<script>alert(1)</script>',
        '?e=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
        '?e=%253Cimg%2520src%253Dx%253E',
        '?e=recovery-ally%22%3E%3Cb%3E',
        '?e=javascript:alert(1)',
      ]) {
        const plan = parsePlan(search, () => true);
        expect(plan.ids, search).toEqual([]);
        expect(plan.unknown, search).toBeGreaterThan(0);
      }
    });

    it('refuses ids that are not kebab-case even if the site "knew" them', () => {
      const plan = parsePlan('?e=../workbook,recovery_ally,-x,x-,a--b,free text here', () => true);
      expect(plan.ids).toEqual([]);
      expect(plan.unknown).toBe(6);
    });

    it('ignores a very long piece', () => {
      const long = `recovery-ally-${'a'.repeat(200)}`;
      expect(parsePlan(`?e=${long},values-sort`, () => true).ids).toEqual(['values-sort']);
    });

    it('reads only the start of a huge value', () => {
      const huge = `?e=recovery-ally,${','.repeat(1_000_000)}values-sort,${'x'.repeat(1_000_000)}`;
      const plan = parsePlan(huge, isKnown);
      expect(plan.ids).toEqual(['recovery-ally']);
      expect(plan.overflow).toBe(0);
    });

    it('survives a value of only separators', () => {
      expect(parsePlan(`?e=${','.repeat(5000)}`, isKnown)).toEqual({ ids: [], unknown: 0, overflow: 0 });
    });
  });
});

describe('planQuery', () => {
  it('writes ids in order, joined by commas', () => {
    expect(planQuery(['careful-letter', 'recovery-ally'])).toBe('?e=careful-letter,recovery-ally');
  });

  it('is empty for an empty plan', () => {
    expect(planQuery([])).toBe('');
  });

  it('never writes anything but ids, at most the limit, without repeats', () => {
    expect(planQuery(['a-b', 'a-b', 'Free text', '<b>', 'c'])).toBe('?e=a-b,c');
    expect(planQuery(many).split(',')).toHaveLength(MAX_PLAN_ITEMS);
  });

  it('reads back as the same plan', () => {
    const ids = ['values-sort', 'recovery-ally', 'exposure-ladder'];
    expect(parsePlan(planQuery(ids), isKnown).ids).toEqual(ids);
  });
});

describe('planNote', () => {
  it('says nothing when nothing was left out', () => {
    expect(planNote({ unknown: 0, overflow: 0 })).toBe('');
  });

  it('says how many items were left out and why', () => {
    expect(planNote({ unknown: 1, overflow: 0 })).toMatch(/^One item in this link is not an exercise/);
    expect(planNote({ unknown: 3, overflow: 0 })).toMatch(/^3 items in this link are not exercises/);
    expect(planNote({ unknown: 0, overflow: 2 })).toBe(`A plan holds at most ${MAX_PLAN_ITEMS} exercises, so the last 2 were left out.`);
  });
});

it('uses the same id pattern as the content schema', () => {
  expect(PLAN_ID.source).toBe(KEBAB_ID.source);
});
