import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema, exerciseSchema } from './content/schemas';

// The file name is the permanent id: guides/<id>.mdx, exercises/<id>.json.
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/guides' }),
  schema: guideSchema,
});

const exercises = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/exercises' }),
  schema: exerciseSchema,
});

export const collections = { guides, exercises };
