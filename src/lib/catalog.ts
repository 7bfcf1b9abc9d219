// The content catalogue: every guide and exercise, checked against each other
// once per build. A broken reference stops the build with a message that names
// the file, rather than shipping a page with a dead link or a missing exercise.
import { getCollection, type CollectionEntry } from 'astro:content';
import { findCatalogProblems, findEditionProblems } from './catalog-check';
import { DEFAULT_LANG, langPaths, type Lang } from '../i18n/languages';

export type Guide = CollectionEntry<'guides'> | CollectionEntry<'guidesEs'>;
export type Exercise = CollectionEntry<'exercises'> | CollectionEntry<'exercisesEs'>;

const COLLECTIONS = {
  en: { guides: 'guides', exercises: 'exercises' },
  es: { guides: 'guidesEs', exercises: 'exercisesEs' },
} as const satisfies Record<Lang, unknown>;

export interface Catalog {
  lang: Lang;
  guides: Guide[];
  exercises: Exercise[];
  guide(id: string): Guide | undefined;
  exercise(id: string): Exercise | undefined;
}

/** The language of a guide or exercise, from the collection it comes from. */
export function entryLang(entry: Guide | Exercise): Lang {
  return (Object.keys(COLLECTIONS) as Lang[]).find((lang) => Object.values(COLLECTIONS[lang]).includes(entry.collection as never)) ?? DEFAULT_LANG;
}

const cached = new Map<Lang, Promise<Catalog>>();

/** Every guide and exercise in one language, checked; the Spanish edition is also checked against the English. */
export function loadCatalog(lang: Lang = DEFAULT_LANG): Promise<Catalog> {
  let catalog = cached.get(lang);
  if (!catalog) {
    catalog = lang === DEFAULT_LANG ? build(lang) : buildEdition(lang);
    cached.set(lang, catalog);
  }
  return catalog;
}

async function buildEdition(lang: Lang): Promise<Catalog> {
  const [english, edition] = await Promise.all([loadCatalog(DEFAULT_LANG), build(lang)]);
  const problems = findEditionProblems(lang, english, edition);
  if (problems.length) {
    throw new Error(`The ${lang} edition does not match the English one (${problems.length} problem(s)):\n  - ${problems.join('\n  - ')}`);
  }
  return edition;
}

async function build(lang: Lang): Promise<Catalog> {
  const names = COLLECTIONS[lang];
  const guides: Guide[] = (await getCollection(names.guides)).sort((a, b) => a.data.order - b.data.order);
  const exercises: Exercise[] = (await getCollection(names.exercises)).sort((a, b) => a.data.title.localeCompare(b.data.title, lang));
  const problems = findCatalogProblems(
    guides.map((g) => ({ id: g.id, related: g.data.related, body: g.body ?? '' })),
    exercises.map((e) => ({ id: e.id, guide: e.data.guide })),
  );
  if (problems.length) {
    throw new Error(`The content has ${problems.length} broken reference(s):\n  - ${problems.join('\n  - ')}`);
  }
  const guideById = new Map(guides.map((g) => [g.id, g]));
  const exerciseById = new Map(exercises.map((e) => [e.id, e]));
  return {
    lang,
    guides,
    exercises,
    guide: (id) => guideById.get(id),
    exercise: (id) => exerciseById.get(id),
  };
}

/**
 * getStaticPaths for the pages made once per exercise (its own page and its
 * blank print copy): each page gets its exercise and home guide as props.
 */
export async function exercisePagePaths() {
  const paths = await Promise.all(
    langPaths().map(async ({ params, props: { lang } }) => {
      const catalog = await loadCatalog(lang);
      // The catalogue check above guarantees every exercise's home guide exists.
      return catalog.exercises.map((exercise) => ({
        params: { ...params, id: exercise.id },
        props: { lang, exercise, guide: catalog.guide(exercise.data.guide)! },
      }));
    }),
  );
  return paths.flat();
}
export type ExercisePageProps = Awaited<ReturnType<typeof exercisePagePaths>>[number]['props'];
