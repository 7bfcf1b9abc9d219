import { describe, expect, it } from 'vitest';
import { exercisesPlacedIn, findCatalogProblems, headingIds, type GuideRefs } from '../../src/lib/catalog-check';

const guide = (id: string, body = '', related: string[] = []): GuideRefs => ({ id, body, related });

describe('exercisesPlacedIn', () => {
  it('finds each <Exercise id> in order, with either quote style and other props', () => {
    const body = `Intro\n<Exercise id="a-one" />\ntext <Exercise headingLevel={3} id='b-two'/>`;
    expect(exercisesPlacedIn(body)).toEqual(['a-one', 'b-two']);
  });
});

describe('findCatalogProblems', () => {
  it('accepts a consistent catalogue', () => {
    const guides = [guide('first', '<Exercise id="ex-a" />', ['second']), guide('second')];
    expect(findCatalogProblems(guides, [{ id: 'ex-a', guide: 'first' }])).toEqual([]);
  });

  it('names the file and the unknown related guide', () => {
    const problems = findCatalogProblems([guide('first', '', ['nowhere'])], []);
    expect(problems).toEqual(['src/content/guides/first.mdx: "related" names an unknown guide "nowhere"']);
  });

  it('rejects a guide that lists itself as related', () => {
    expect(findCatalogProblems([guide('first', '', ['first'])], [])[0]).toMatch(/lists the guide itself/);
  });

  it('rejects a dangling <Exercise id> in a guide', () => {
    const problems = findCatalogProblems([guide('first', '<Exercise id="ghost" />')], []);
    expect(problems).toEqual(['src/content/guides/first.mdx: <Exercise id="ghost"> names an unknown exercise']);
  });

  it('rejects an exercise placed twice', () => {
    const guides = [guide('first', '<Exercise id="ex-a" />'), guide('second', '<Exercise id="ex-a" />')];
    const problems = findCatalogProblems(guides, [{ id: 'ex-a', guide: 'first' }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/ex-a.json: the exercise id "ex-a" is placed 2 times \(first, second\)/);
  });

  it('rejects an exercise whose home guide does not place it', () => {
    const problems = findCatalogProblems([guide('first'), guide('second', '<Exercise id="ex-a" />')], [{ id: 'ex-a', guide: 'first' }]);
    expect(problems[0]).toMatch(/home guide "first" must place it/);
  });

  it('rejects an exercise with an unknown home guide', () => {
    const problems = findCatalogProblems([], [{ id: 'ex-a', guide: 'missing' }]);
    expect(problems[0]).toBe('src/content/exercises/ex-a.json: "guide" names an unknown guide "missing"');
  });

  it('rejects a heading whose id would clash with an exercise placed in the guide', () => {
    const guides = [guide('first', '## Boundary scripts\n\n<Exercise id="boundary-scripts" />')];
    const problems = findCatalogProblems(guides, [{ id: 'boundary-scripts', guide: 'first' }]);
    expect(problems).toEqual([expect.stringMatching(/first.mdx: a heading has the same id as the exercise "boundary-scripts"/)]);
  });

  it('gives headings the ids Astro does', () => {
    expect(headingIds("## Why it's hard, and what helps\n### Step 1: say hello!")).toEqual(['why-its-hard-and-what-helps', 'step-1-say-hello']);
  });

  it('rejects ids that are not kebab-case', () => {
    const problems = findCatalogProblems([guide('Bad_Name')], []);
    expect(problems[0]).toMatch(/Bad_Name.mdx: the file name must be kebab-case/);
  });
});
