// What a page computes from the catalogue, the same in each language: the
// pages' bodies (en/, es/) hold only their words and markup.
import { loadCatalog } from '../../lib/catalog';
import { exerciseDef } from '../../lib/exercise-def';
import { paths } from '../../lib/urls';
import { hrefIn } from '../../i18n';
import type { Lang } from '../../i18n/languages';

/** Home's ways in: the guides that suit each reader best, in order; guides not yet written are skipped. */
export const WAYS_IN = {
  lonely: ['small-first-steps', 'name-it-to-tame-it', 'gradual-exposure', 'self-compassion', 'loneliness-and-cravings'],
  recovery: ['loneliness-and-cravings', 'rebuilding-trust', 'social-portfolio', 'setback-plan'],
} as const;

/** The first three guides of a way in, in a language. */
export async function wayInGuides(lang: Lang, ids: readonly string[]) {
  const catalog = await loadCatalog(lang);
  return ids
    .map((id) => catalog.guide(id))
    .filter((g) => g !== undefined)
    .slice(0, 3);
}

/** Every exercise as an island needs it, in a language: answers are shared, so choices keep the English values. */
async function defs(lang: Lang) {
  const catalog = await loadCatalog(lang);
  return { catalog, defs: await Promise.all(catalog.exercises.map(async (e) => ({ e, def: await exerciseDef(e) }))) };
}

/** My workbook's list of exercises. */
export async function workbookExercises(lang: Lang) {
  const href = hrefIn(lang);
  return (await defs(lang)).defs.map(({ e, def }) => ({ ...def, href: href(paths.exercise(e.id)) }));
}

/** A plan's exercises: what progress and the print-out use. */
export async function planExercises(lang: Lang) {
  const href = hrefIn(lang);
  const { catalog, defs: all } = await defs(lang);
  return all.map(({ e, def }) => {
    const guide = catalog.guide(e.data.guide)!;
    return {
      ...def,
      // Hints help while writing; the plan needs only what progress and the print-out use.
      fields: def.fields.map((f) => ({ ...f, hint: undefined })),
      minutes: e.data.minutes,
      href: href(paths.exercise(e.id)),
      guideTitle: guide.data.title,
      guideHref: href(paths.guide(guide.id)),
    };
  });
}

/** The plan builder's exercises, grouped by their guide. */
export async function builderGroups(lang: Lang) {
  const catalog = await loadCatalog(lang);
  return catalog.guides
    .map((g) => ({
      guideTitle: g.data.title,
      exercises: catalog.exercises.filter((e) => e.data.guide === g.id).map((e) => ({ id: e.id, title: e.data.title, minutes: e.data.minutes })),
    }))
    .filter((g) => g.exercises.length > 0);
}
