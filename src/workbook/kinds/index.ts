// The one list of exercise kinds. The content schema takes its kind names
// from here, each kind's island is typed against it (components/workbook/
// islands.ts) and the unit tests walk it. A widget adds its kind here.
import type { KindSpec } from './types';
import { worksheet } from './worksheet';
import { ladder } from './ladder';
import { nameIt } from './name-it';
import { portfolio } from './portfolio';

export const KINDS = {
  worksheet,
  ladder,
  'name-it': nameIt,
  portfolio,
};

export type ExerciseKind = keyof typeof KINDS;

export const EXERCISE_KINDS = Object.keys(KINDS) as [ExerciseKind, ...ExerciseKind[]];

export function hasKind(kind: string): kind is ExerciseKind {
  return Object.hasOwn(KINDS, kind);
}

export function kindSpec(kind: string): KindSpec<unknown> {
  if (!hasKind(kind)) throw new Error(`No exercise kind "${kind}" is registered in src/workbook/kinds/index.ts`);
  return KINDS[kind] as KindSpec<unknown>;
}
