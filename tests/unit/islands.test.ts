import { expect, it } from 'vitest';
import { islandFileName, islandFor } from '../../src/components/workbook/islands';
import WorksheetIsland from '../../src/components/workbook/WorksheetIsland';
import { EXERCISE_KINDS } from '../../src/content/schemas';

it('names each kind’s island by the widgets’ naming rule', () => {
  expect(EXERCISE_KINDS.map(islandFileName)).toEqual(['WorksheetIsland.tsx', 'LadderIsland.tsx', 'NameItIsland.tsx', 'PortfolioIsland.tsx']);
});

it('finds the island of a kind, and nothing for a kind without one', () => {
  expect(islandFor('worksheet')).toBe(WorksheetIsland);
  expect(islandFor('no-such-kind')).toBeUndefined();
});
