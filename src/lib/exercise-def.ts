import type { Exercise } from './catalog';
import type { ExerciseDef } from '../workbook/kinds/types';

/** The part of an exercise's data an island needs, small enough for props. */
export function toDef(e: Exercise): ExerciseDef {
  const { title, kind, mode, fields, guide, card } = e.data;
  return { id: e.id, title, kind, mode, fields, guide, ...(card && { card }) };
}
