import type { Exercise } from './catalog';
import type { ExerciseDef } from '../workbook/kinds/types';
import { helplineRows } from './helpline-rows';

/** The part of an exercise's data an island needs, small enough for props. */
export function toDef(e: Exercise): ExerciseDef {
  const { title, kind, mode, fields, guide, card, practice } = e.data;
  const startsFromHelplines = fields.some((f) => f.type === 'list' && f.prefill === 'helplines');
  return {
    id: e.id,
    title,
    kind,
    mode,
    fields,
    guide,
    ...(card && { card }),
    ...(practice && { practice }),
    ...(startsFromHelplines && { helplineRows: helplineRows() }),
  };
}
