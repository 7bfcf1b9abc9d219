// Pure checks on how guides and exercises refer to each other, so they can be
// unit-tested without Astro. Each problem names the file to fix.
import { KEBAB_ID } from '../content/schemas';

export interface GuideRefs {
  id: string;
  related: string[];
  /** Raw MDX source: exercises are placed with <Exercise id="…" />. */
  body: string;
}

export interface ExerciseRefs {
  id: string;
  guide: string;
}

const EXERCISE_TAG = /<Exercise\s+[^>]*?\bid=["']([^"']+)["']/g;

const HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/gm;

/** Ids Astro gives a guide's headings (lower case, punctuation dropped, spaces to hyphens). */
export function headingIds(body: string): string[] {
  return [...body.matchAll(HEADING)].map((m) =>
    m[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .trim()
      .replace(/\s/g, '-'),
  );
}

/** Exercise ids placed in a guide's MDX, in order of appearance. */
export function exercisesPlacedIn(body: string): string[] {
  return [...body.matchAll(EXERCISE_TAG)].map((m) => m[1]!);
}

export function findCatalogProblems(guides: GuideRefs[], exercises: ExerciseRefs[]): string[] {
  const problems: string[] = [];
  const guideIds = new Set(guides.map((g) => g.id));
  const exerciseIds = new Set(exercises.map((e) => e.id));
  const placedIn = new Map<string, string[]>();

  for (const g of guides) {
    const file = `src/content/guides/${g.id}.mdx`;
    if (!KEBAB_ID.test(g.id)) problems.push(`${file}: the file name must be kebab-case (it becomes the guide's address)`);
    for (const r of g.related) {
      if (r === g.id) problems.push(`${file}: "related" lists the guide itself`);
      else if (!guideIds.has(r)) problems.push(`${file}: "related" names an unknown guide "${r}"`);
    }
    const headings = new Set(headingIds(g.body));
    for (const id of exercisesPlacedIn(g.body)) {
      if (!exerciseIds.has(id)) problems.push(`${file}: <Exercise id="${id}"> names an unknown exercise`);
      if (headings.has(id)) problems.push(`${file}: a heading has the same id as the exercise "${id}"; links to it would be ambiguous, so reword the heading`);
      placedIn.set(id, [...(placedIn.get(id) ?? []), g.id]);
    }
  }

  for (const e of exercises) {
    const file = `src/content/exercises/${e.id}.json`;
    if (!KEBAB_ID.test(e.id)) problems.push(`${file}: the file name must be kebab-case (it is the exercise's permanent id)`);
    if (!guideIds.has(e.guide)) {
      problems.push(`${file}: "guide" names an unknown guide "${e.guide}"`);
      continue;
    }
    const places = placedIn.get(e.id) ?? [];
    if (places.length > 1) {
      problems.push(`${file}: the exercise id "${e.id}" is placed ${places.length} times (${places.join(', ')}); an id may appear once`);
    } else if (places[0] !== e.guide) {
      problems.push(`${file}: its home guide "${e.guide}" must place it with <Exercise id="${e.id}" />`);
    }
  }
  return problems;
}
