import { describe, expect, it } from 'vitest';
import { exerciseSchema, guideSchema } from '../../src/content/schemas';

const goodGuide = {
  title: 'A guide',
  description: 'A summary of at least forty characters, in two short sentences. Here is the second.',
  topics: ['feelings'],
  order: 1,
  updated: '2026-11-01',
};

const goodExercise = {
  title: 'An exercise',
  purpose: 'A purpose that is long enough to read well.',
  intro: 'An introduction that is long enough to read.',
  minutes: 5,
  kind: 'worksheet',
  guide: 'a-guide',
  topics: ['feelings'],
  fields: [{ id: 'one', type: 'short', label: 'One' }],
};

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('guide front matter', () => {
  it('accepts a complete guide and fills defaults', () => {
    const parsed = guideSchema.parse(goodGuide);
    expect(parsed.related).toEqual([]);
    expect(parsed.updated).toBeInstanceOf(Date);
  });

  it.each([
    ['title', { title: undefined }],
    ['topics.0', { topics: ['not-a-topic'] }],
    ['order', { order: 0 }],
    ['updated', { updated: 'not a date' }],
    ['related.0', { related: ['Not Kebab'] }],
  ])('names the field %s when it is wrong', (path, patch) => {
    expect(issuePaths(guideSchema.safeParse({ ...goodGuide, ...patch }))).toContain(path);
  });
});

describe('exercise data', () => {
  it('accepts a worksheet and defaults to a single set of answers', () => {
    expect(exerciseSchema.parse(goodExercise).mode).toBe('single');
  });

  it('requires fields on a worksheet', () => {
    expect(issuePaths(exerciseSchema.safeParse({ ...goodExercise, fields: [] }))).toContain('fields');
  });

  it('rejects duplicate field ids', () => {
    const fields = [goodExercise.fields[0], goodExercise.fields[0]];
    expect(issuePaths(exerciseSchema.safeParse({ ...goodExercise, fields }))).toContain('fields.1.id');
  });

  it('only allows 0-10 or 0-100 ratings', () => {
    const fields = [{ id: 'r', type: 'rating', label: 'R', max: 7 }];
    expect(exerciseSchema.safeParse({ ...goodExercise, fields }).success).toBe(false);
  });

  it('rejects an unknown kind', () => {
    expect(issuePaths(exerciseSchema.safeParse({ ...goodExercise, kind: 'quiz' }))).toContain('kind');
  });
});
