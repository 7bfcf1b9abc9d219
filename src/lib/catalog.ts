// The content catalogue: every guide and exercise, checked against each other
// once per build. A broken reference stops the build with a message that names
// the file, rather than shipping a page with a dead link or a missing exercise.
import { getCollection, type CollectionEntry } from 'astro:content';
import { findCatalogProblems } from './catalog-check';

export type Guide = CollectionEntry<'guides'>;
export type Exercise = CollectionEntry<'exercises'>;

export interface Catalog {
  guides: Guide[];
  exercises: Exercise[];
  guide(id: string): Guide | undefined;
  exercise(id: string): Exercise | undefined;
}

let cached: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Catalog> {
  const guides = (await getCollection('guides')).sort((a, b) => a.data.order - b.data.order);
  const exercises = (await getCollection('exercises')).sort((a, b) => a.data.title.localeCompare(b.data.title));
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
  const catalog = await loadCatalog();
  // The catalogue check above guarantees every exercise's home guide exists.
  return catalog.exercises.map((exercise) => ({ params: { id: exercise.id }, props: { exercise, guide: catalog.guide(exercise.data.guide)! } }));
}
export type ExercisePageProps = Awaited<ReturnType<typeof exercisePagePaths>>[number]['props'];
