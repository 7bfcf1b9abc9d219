import { expect, it } from 'vitest';
import { ISLANDS } from '../../src/components/workbook/islands';
import { EXERCISE_KINDS, hasKind, kindSpec } from '../../src/workbook/kinds';

it('gives every registered kind an island and a spec', () => {
  expect(Object.keys(ISLANDS).sort()).toEqual([...EXERCISE_KINDS].sort());
  for (const kind of EXERCISE_KINDS) expect(kindSpec(kind).version).toBeGreaterThan(0);
});

it('knows no kind outside the registry', () => {
  expect(hasKind('no-such-kind')).toBe(false);
  expect(hasKind('toString')).toBe(false);
  expect(() => kindSpec('no-such-kind')).toThrow(/No exercise kind "no-such-kind"/);
});
