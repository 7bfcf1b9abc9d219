// Zod schemas for the two collections. Kept apart from content.config.ts so the
// unit tests can check them without starting Astro.
import { z } from 'astro/zod';
import { TOPIC_IDS } from '../lib/topics';
import { EXERCISE_KINDS } from '../workbook/kinds';
import { PRACTICES } from '../lib/breathing';

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A paper (linked by its DOI) or a page from a health body, that a guide's claims rest on. */
export const sourceSchema = z.object({
  title: z.string().min(5).max(300),
  /** The authors ("Woo and others") or the body ("World Health Organization"). */
  by: z.string().min(2).max(120),
  year: z.number().int().min(1950).max(2100),
  /** The journal, or the body's series. */
  in: z.string().min(2).max(120).optional(),
  url: z
    .string()
    .url()
    .regex(/^https:\/\//, 'a source links over https'),
});

export const guideSchema = z.object({
  title: z.string().min(3).max(90),
  /** Two sentences: the guide's summary and its search excerpt. */
  description: z.string().min(40).max(300),
  /** "In short": three plain points a reader can act on without reading further. */
  inShort: z.array(z.string().min(10).max(160)).length(3, 'a guide opens with exactly three "In short" points'),
  topics: z.array(z.enum(TOPIC_IDS)).min(1),
  /** Position in the course, 1 = first. */
  order: z.number().int().positive(),
  /** When a person last checked the guide against its sources. */
  reviewed: z.coerce.date(),
  /** "Where this comes from": what backs the guide's main claims. */
  sources: z.array(sourceSchema).min(2, 'a guide names at least two sources').max(6, 'a guide names at most six sources'),
  related: z.array(z.string().regex(KEBAB_ID, 'related guides are named by their file name, in kebab-case')).default([]),
  /** One sentence naming something the reader can do today. */
  nextStep: z.string().min(10).max(240).optional(),
});

const fieldBase = {
  id: z.string().regex(KEBAB_ID, 'field ids are kebab-case'),
  label: z.string().min(1).max(160),
  hint: z.string().max(300).optional(),
};

export const fieldSchema = z.discriminatedUnion('type', [
  z.object({ ...fieldBase, type: z.literal('short') }),
  z.object({ ...fieldBase, type: z.literal('long') }),
  z.object({
    ...fieldBase,
    type: z.literal('rating'),
    max: z.union([z.literal(10), z.literal(100)]),
    minLabel: z.string().max(40).optional(),
    maxLabel: z.string().max(40).optional(),
  }),
  z.object({
    ...fieldBase,
    type: z.literal('choice'),
    options: z.array(z.string().min(1).max(120)).min(2).max(20),
    multiple: z.boolean().default(false),
  }),
  z.object({
    ...fieldBase,
    type: z.literal('list'),
    /** Label of one row's text box, e.g. "Warning sign". */
    itemLabel: z.string().min(1).max(80),
    maxItems: z.number().int().min(1).max(50).default(20),
    /** Rows to start from until the reader changes them: "helplines", the lines for their country. */
    prefill: z.literal('helplines').optional(),
  }),
]);

export const exerciseSchema = z
  .object({
    title: z.string().min(3).max(90),
    /** One sentence: why do this. Shown in the frame and the library. */
    purpose: z.string().min(20).max(240),
    /** A few sentences for the exercise's own page. */
    intro: z.string().min(20).max(800),
    minutes: z.number().int().min(1).max(60),
    kind: z.enum(EXERCISE_KINDS),
    /** Home guide (file name), where the exercise appears inline. */
    guide: z.string().regex(KEBAB_ID),
    topics: z.array(z.enum(TOPIC_IDS)).min(1),
    /** "single": one set of answers; "log": dated entries, e.g. a journal. */
    mode: z.enum(['single', 'log']).default('single'),
    /** Also prints as a wallet-sized card (a single worksheet, such as the safety plan). */
    card: z.boolean().default(false),
    /** A guided practice shown above a worksheet's fields: "breathing", a paced breathing timer. */
    practice: z.enum(PRACTICES).optional(),
    fields: z.array(fieldSchema).default([]),
  })
  .superRefine((ex, ctx) => {
    if (ex.card && (ex.kind !== 'worksheet' || ex.mode !== 'single')) {
      ctx.addIssue({ code: 'custom', path: ['card'], message: 'only a single worksheet prints as a card' });
    }
    if (ex.practice && ex.kind !== 'worksheet') {
      ctx.addIssue({ code: 'custom', path: ['practice'], message: 'only a worksheet carries a guided practice' });
    }
    if (ex.kind === 'worksheet' && ex.fields.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: 'a worksheet needs at least one field' });
    }
    const seen = new Set<string>();
    ex.fields.forEach((f, i) => {
      if (seen.has(f.id)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'id'], message: `duplicate field id "${f.id}"` });
      seen.add(f.id);
    });
  });

export type GuideData = z.infer<typeof guideSchema>;
export type ExerciseData = z.infer<typeof exerciseSchema>;
/**
 * A field as an exercise shows it. In a translated edition, a choice field
 * also carries `values`, its English options in the same order: the answer
 * saved is the English option, so it shows in either language (exercise-def.ts).
 */
export type FieldDef = z.infer<typeof fieldSchema> & { values?: string[] };
