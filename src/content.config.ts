import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema, exerciseSchema } from './content/schemas';

// The file name is the permanent id: guides/<id>.mdx, exercises/<id>.json.
// The Spanish edition keeps the same ids one folder down (guides/es/<id>.mdx),
// so a saved answer or a counsellor's link is the same in both languages.
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/guides' }),
  schema: guideSchema,
});

const exercises = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/exercises' }),
  schema: exerciseSchema,
});

const guidesEs = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/guides/es' }),
  schema: guideSchema,
});

const exercisesEs = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/exercises/es' }),
  schema: exerciseSchema,
});

export const collections = { guides, exercises, guidesEs, exercisesEs };
