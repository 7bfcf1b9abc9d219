// Each kind's island, for pages that render an exercise on the server only
// (the blank print-out). Typed against the registry of kinds, so a kind
// without an island fails the type check. Exercise.astro names the islands
// itself: Astro hydrates only components it sees imported by name.
import type { ComponentType } from 'preact';
import type { ExerciseKind } from '../../workbook/kinds';
import type { IslandProps } from './island';
import WorksheetIsland from './WorksheetIsland';
import LadderIsland from './LadderIsland';
import NameItIsland from './NameItIsland';
import PortfolioIsland from './PortfolioIsland';

export const ISLANDS = {
  worksheet: WorksheetIsland,
  ladder: LadderIsland,
  'name-it': NameItIsland,
  portfolio: PortfolioIsland,
} satisfies Record<ExerciseKind, ComponentType<IslandProps>>;
