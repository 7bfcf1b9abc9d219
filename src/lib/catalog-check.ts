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

/** What the edition check reads of a guide or an exercise (a content collection entry fits). */
interface EditionEntry<D> {
  id: string;
  data: D;
  body?: string;
}
interface GuideShape {
  topics: string[];
  order: number;
  related: string[];
}
interface ExerciseShape {
  kind: string;
  mode: string;
  guide: string;
  topics: string[];
  minutes: number;
  card: boolean;
  practice?: string;
  fields: Array<{ id: string; type: string } & Record<string, unknown>>;
}
interface Edition {
  guides: EditionEntry<GuideShape>[];
  exercises: EditionEntry<ExerciseShape>[];
}

const HEADING_LEVEL = /^(#{2,6})\s/gm;
const COMPONENT = /<([A-Z]\w*)[\s/>]/g;

/** A field's parts that must not change between languages: its id, type and limits, not its words. */
function fieldShape(field: Record<string, unknown>): string {
  const { id, type, max, maxItems, multiple, prefill, options } = field;
  return JSON.stringify({ id, type, max, maxItems, multiple, prefill, options: Array.isArray(options) ? options.length : undefined });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Problems that keep a translated edition from standing in for the English
 * one: a guide or exercise missing on either side; a guide whose headings
 * (the language switch maps sections by position), exercises or components
 * differ; an exercise whose fields, kind or settings differ, since saved
 * answers are shared between the languages.
 */
export function findEditionProblems(lang: string, english: Edition, edition: Edition): string[] {
  const problems: string[] = [];
  const match = <T extends { id: string }>(kind: string, file: (id: string) => string, en: T[], other: T[]) => {
    const byId = new Map(other.map((e) => [e.id, e]));
    for (const e of en) if (!byId.has(e.id)) problems.push(`${file(e.id)}: missing; every English ${kind} needs its ${lang} counterpart`);
    const enIds = new Set(en.map((e) => e.id));
    for (const e of other) if (!enIds.has(e.id)) problems.push(`${file(e.id)}: no English ${kind} has this id`);
    return en.flatMap((e) => (byId.has(e.id) ? [[e, byId.get(e.id)!] as const] : []));
  };

  const guideFile = (id: string) => `src/content/guides/${lang}/${id}.mdx`;
  for (const [en, other] of match('guide', guideFile, english.guides, edition.guides)) {
    const file = guideFile(en.id);
    for (const key of ['topics', 'order', 'related'] as const) {
      if (!same(en.data[key], other.data[key])) problems.push(`${file}: "${key}" must be the same as in the English guide`);
    }
    const levels = (body = '') => [...body.matchAll(HEADING_LEVEL)].map((m) => m[1]!.length);
    if (!same(levels(en.body), levels(other.body))) {
      problems.push(`${file}: its headings must match the English guide's in number, order and level (the language switch keeps the reader's section by position)`);
    }
    const components = (body = '') => [...body.matchAll(COMPONENT)].map((m) => m[1]);
    if (!same(exercisesPlacedIn(en.body ?? ''), exercisesPlacedIn(other.body ?? '')) || !same(components(en.body), components(other.body))) {
      problems.push(`${file}: it must place the same exercises and components, in the same order, as the English guide`);
    }
  }

  const exerciseFile = (id: string) => `src/content/exercises/${lang}/${id}.json`;
  for (const [en, other] of match('exercise', exerciseFile, english.exercises, edition.exercises)) {
    const file = exerciseFile(en.id);
    for (const key of ['kind', 'mode', 'guide', 'topics', 'minutes', 'card', 'practice'] as const) {
      if (!same(en.data[key], other.data[key])) problems.push(`${file}: "${key}" must be the same as in the English exercise`);
    }
    if (!same(en.data.fields.map(fieldShape), other.data.fields.map(fieldShape))) {
      problems.push(`${file}: its fields must match the English exercise's ids, types, limits and number of options, in order (answers are shared between languages)`);
    }
  }
  return problems;
}
