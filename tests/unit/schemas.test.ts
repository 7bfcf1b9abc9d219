import { describe, expect, it } from 'vitest';
import { exerciseSchema, guideSchema } from '../../src/content/schemas';

const goodGuide = {
  title: 'A guide',
  description: 'A summary of at least forty characters, in two short sentences. Here is the second.',
  inShort: ['Do one small thing today.', 'Notice how it went.', 'Be kind to yourself after.'],
  topics: ['feelings'],
  order: 1,
  reviewed: '2026-11-01',
  sources: [
    { title: 'A paper on the subject', by: 'Smith and Jones', year: 2014, in: 'A Journal', url: 'https://doi.org/10.1000/one' },
    { title: 'A page from a health body', by: 'A Health Body', year: 2024, url: 'https://health.example.org/page' },
  ],
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
    expect(parsed.reviewed).toBeInstanceOf(Date);
    expect(parsed.sources).toHaveLength(2);
  });

  it.each([
    ['title', { title: undefined }],
    ['topics.0', { topics: ['not-a-topic'] }],
    ['order', { order: 0 }],
    ['inShort', { inShort: undefined }],
    ['inShort', { inShort: ['Only one point here.'] }],
    ['inShort.0', { inShort: ['Too short', 'Notice how it went.', 'Be kind to yourself after.'] }],
    ['reviewed', { reviewed: undefined }],
    ['reviewed', { reviewed: 'not a date' }],
    ['sources', { sources: undefined }],
    ['sources', { sources: [goodGuide.sources[0]] }],
    ['sources', { sources: Array(7).fill(goodGuide.sources[0]) }],
    ['sources.0.url', { sources: [{ ...goodGuide.sources[0], url: 'http://doi.org/10.1000/one' }, goodGuide.sources[1]] }],
    ['sources.1.year', { sources: [goodGuide.sources[0], { ...goodGuide.sources[1], year: undefined }] }],
    ['sources.0.by', { sources: [{ ...goodGuide.sources[0], by: '' }, goodGuide.sources[1]] }],
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

  it('lets a worksheet carry the breathing practice, and nothing else', () => {
    expect(exerciseSchema.parse({ ...goodExercise, practice: 'breathing' }).practice).toBe('breathing');
    expect(issuePaths(exerciseSchema.safeParse({ ...goodExercise, practice: 'yoga' }))).toContain('practice');
    expect(issuePaths(exerciseSchema.safeParse({ ...goodExercise, kind: 'ladder', practice: 'breathing' }))).toContain('practice');
  });

  it('rejects an unknown kind', () => {
    expect(issuePaths(exerciseSchema.safeParse({ ...goodExercise, kind: 'quiz' }))).toContain('kind');
  });
});
