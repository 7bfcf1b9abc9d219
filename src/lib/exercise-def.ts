import { entryLang, loadCatalog, type Exercise } from './catalog';
import { DEFAULT_LANG } from '../i18n/languages';
import type { ExerciseDef } from '../workbook/kinds/types';
import { helplineRows } from './helpline-rows';

/**
 * The part of an exercise's data an island needs, small enough for props.
 * `english` is the same exercise in English: a choice's answer is saved as
 * the English option, so it shows, ticked, in either language.
 */
export function toDef(e: Exercise, english: Exercise = e): ExerciseDef {
  const { title, kind, mode, guide, card, practice } = e.data;
  const fields = e.data.fields.map((field, i) => {
    const en = english.data.fields[i];
    return field.type === 'choice' && en?.type === 'choice' && en !== field ? { ...field, values: en.options } : field;
  });
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
    ...(startsFromHelplines && { helplineRows: helplineRows(entryLang(e)) }),
  };
}

/** toDef with the exercise's English counterpart looked up (an English exercise is its own). */
export async function exerciseDef(e: Exercise): Promise<ExerciseDef> {
  return toDef(e, entryLang(e) === DEFAULT_LANG ? e : (await loadCatalog()).exercise(e.id));
}
