// What a reader would notice about the guides' words: they are easy to read,
// long enough to help but not too long, free of stigmatising labels, and each
// one offers an exercise, a kind fallback, ways on, and a link to Help now.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exercisesPlacedIn } from '../../src/lib/catalog-check';
import { readingMinutes } from '../../src/lib/reading';
import { bodyWordCount, countSyllables, fleschKincaidGrade, readabilityOfMdx, readabilityOfText, sentences } from '../support/readability';

const ROOT = join(import.meta.dirname, '..', '..');
const GUIDES_DIR = join(ROOT, 'src', 'content', 'guides');
const MAX_GRADE = 9;
/** Minutes a guide takes to read, as its page shows them: short enough for a stressed reader. */
const MIN_MINUTES = 6;
const MAX_MINUTES = 8;
/** Guides about cravings or return to use must name when to get professional help today. */
const GUIDES_WITH_PROFESSIONAL_SIGNS = ['loneliness-and-cravings', 'setback-plan'];

interface GuideFile {
  id: string;
  source: string;
  /** MDX without front matter. */
  body: string;
}

const guides: GuideFile[] = readdirSync(GUIDES_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => {
    const source = readFileSync(join(GUIDES_DIR, f), 'utf8');
    return { id: basename(f, '.mdx'), source, body: source.replace(/^---[\s\S]*?---/, '') };
  });

function filesUnder(dir: string, exts: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && exts.some((x) => e.name.endsWith(x)))
    .map((e) => join(e.parentPath, e.name));
}

// ---------------------------------------------------------------------------
// Stigmatising language. Each pattern is about people or their tests; plain
// uses of "clean" (clean the kitchen, a park clean-up) are left alone.
const GET = String.raw`(?:been|stay|stays|stayed|staying|get|gets|got|gotten|getting|go|goes|went|going|keep|keeps|kept|keeping)`;
const PERSON_IS = String.raw`(?:i|you|he|she|they|we|i['’]m|you['’]re|he['’]s|she['’]s|they['’]re|we['’]re)(?:\s+(?:am|is|are|was|were|will\s+be))?`;
/** Words after "clean" that show it is about a thing, as in "get clean water". */
const THING_AFTER = String.raw`(?:up|out|off|the|my|your|his|her|their|our|it|a|an|dishes|clothes|sheets|towels|water|room|house|kitchen|floor)\b`;
const TIME = String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|\w+teen|\w+ty)\s+(?:day|days|week|weeks|month|months|year|years)`;
const STIGMA_PATTERNS: { name: string; re: RegExp }[] = [
  { name: 'addict', re: /\baddicts?\b|\baddict['’]s\b/i },
  { name: 'junkie', re: /\bjunkies?\b/i },
  { name: 'abuser', re: /\b(?:(?:substance|drug|alcohol)\s+)?abusers?\b/i },
  {
    name: '"clean" or "dirty" test',
    re: /\b(?:clean|dirty)\s+(?:time|date|days|test|tests|result|results|urine|sample|samples|screen|screens|tox|ua|uas|drug\s+tests?)\b/i,
  },
  { name: '"clean" or "dirty" test', re: /\b(?:test|tests|tested|testing|came\s+back|comes\s+back|come\s+back)\s+(?:clean|dirty)\b/i },
  { name: '"clean" or "dirty" about a person', re: new RegExp(String.raw`\b${GET}\s+(?:clean|dirty)\b(?!\s+${THING_AFTER})`, 'i') },
  { name: '"clean" or "dirty" about a person', re: new RegExp(String.raw`\b${PERSON_IS}\s+(?:clean|dirty)\b(?!\s+${THING_AFTER})`, 'i') },
  { name: '"clean" or "dirty" about a person', re: new RegExp(String.raw`\b(?:clean|dirty)\s+(?:for|since)\s+(?:${TIME}|a\s+while|ages|long)`, 'i') },
  { name: '"clean" or "dirty" about a person', re: new RegExp(String.raw`\b${TIME}\s+clean\b`, 'i') },
  { name: '"clean" about a person', re: /\bclean\s+and\s+sober\b/i },
];

/** The stigmatising terms found in a text, each with a little context. */
function stigmatisingTerms(text: string): string[] {
  const hits: string[] = [];
  for (const { name, re } of STIGMA_PATTERNS) {
    const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(global)) hits.push(`${name}: "${m[0].trim()}"`);
  }
  return hits;
}

describe('stigmatising-language matcher', () => {
  const mustMatch = [
    "I've been clean for a year",
    'She got clean in 2019.',
    'He stayed clean through the holidays.',
    'Staying clean is hard at first.',
    'My clean time is six months.',
    'a clean date to celebrate',
    'He had a dirty test last week.',
    'a clean urine sample',
    'The test came back dirty.',
    'I tested clean on Monday.',
    'She is clean now.',
    'two years clean',
    'clean and sober',
    'He was an addict.',
    'Addicts are people too.',
    "an addict's life",
    'ex-addict',
    'a junkie on the corner',
    'junkies',
    'a substance abuser',
    'abusers',
  ];
  const mustNotMatch = [
    'clean the kitchen',
    'Keep your room clean.',
    'a park clean-up',
    'I cleaned the floor.',
    'a clean break from old habits',
    'a clean sheet of paper',
    'Come clean about what happened.',
    'a dirty plate',
    'addiction is a health condition',
    'an addictive game',
    'a person in recovery',
    'substance use',
    'return to use',
    'He was abused as a child.',
  ];

  it.each(mustMatch)('flags %j', (text) => {
    expect(stigmatisingTerms(text)).not.toEqual([]);
  });

  it.each(mustNotMatch)('lets %j pass', (text) => {
    expect(stigmatisingTerms(text)).toEqual([]);
  });
});

describe('person-first language across the site', () => {
  const files = [
    ...filesUnder(join(ROOT, 'src', 'content'), ['.mdx', '.md', '.json']),
    // Widgets and pages carry words too: every label, hint and message.
    ...filesUnder(join(ROOT, 'src'), ['.astro', '.tsx', '.ts']),
  ];

  it('finds the content to check', () => {
    expect(files.some((f) => f.endsWith('.mdx'))).toBe(true);
    expect(files.some((f) => f.endsWith('.json'))).toBe(true);
    expect(files.some((f) => f.endsWith('.astro'))).toBe(true);
    expect(files.some((f) => f.endsWith('.tsx'))).toBe(true);
  });

  // A cited paper keeps its published title, in its authors' words, not ours.
  const withoutCitedTitles = (text: string) => text.replace(/^ {2}- title: .*$/gm, '');

  it('uses no stigmatising terms about people', () => {
    const problems = files.flatMap((f) => stigmatisingTerms(withoutCitedTitles(readFileSync(f, 'utf8'))).map((hit) => `${f.slice(ROOT.length + 1)}: ${hit}`));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
describe('syllable counting', () => {
  it.each([
    ['cat', 1],
    ['the', 1],
    ['make', 1],
    ['makes', 1],
    ['walked', 1],
    ['wanted', 2],
    ['table', 2],
    ['people', 2],
    ['lonely', 2],
    ['hopeful', 2],
    ['someone', 2],
    ['saying', 2],
    ['being', 2],
    ["isn't", 2],
    ['places', 2],
    ['recovery', 4],
    ['beautiful', 3],
    ['loneliness', 3],
    ['reliable', 4],
    ['conversation', 4],
    ['everyone', 3],
    ['friend', 1],
  ])('%s has %i', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });

  it('ignores punctuation around a word', () => {
    expect(countSyllables('"people,"')).toBe(2);
  });
});

describe('Flesch–Kincaid grade', () => {
  it('follows the published formula', () => {
    // 0.39 × 10 + 11.8 × 1.5 − 15.59 = 6.01
    expect(fleschKincaidGrade(100, 10, 150)).toBeCloseTo(6.01, 2);
  });

  it('rates a short, plain sentence below grade 1', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 − 15.59 = −1.45
    const r = readabilityOfText('The cat sat on the mat.');
    expect(r).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
    expect(r.grade).toBeCloseTo(-1.45, 2);
  });

  it('rates a long, wordy sentence far higher', () => {
    // 14 words, 1 sentence, 33 syllables: 0.39 × 14 + 11.8 × 33/14 − 15.59 ≈ 18.18
    const r = readabilityOfText(
      'Comprehensive rehabilitation necessitates considerable organisational commitment alongside individualised therapeutic interventions and sustained community participation.',
    );
    expect(r.words).toBe(14);
    expect(r.sentences).toBe(1);
    expect(r.grade).toBeGreaterThan(16);
  });

  it('reads a guide as a reader sees it: no front matter, components, markup or link targets', () => {
    const mdx = [
      '---',
      'title: Extraordinarily complicated vocabulary',
      '---',
      '',
      '## A heading',
      '',
      'Go to [Help now](/help-now/) today.',
      '',
      '<Exercise id="values-sort" headingLevel={3} />',
      '',
      '- one item',
      '- two items',
    ].join('\n');
    expect(sentences(mdx)).toEqual(['A heading', 'Go to Help now today.', 'one item', 'two items']);
    expect(readabilityOfMdx(mdx).words).toBe(11);
    expect(bodyWordCount(mdx)).toBe(11);
  });
});

// ---------------------------------------------------------------------------
describe('the guides', () => {
  it('are found', () => {
    expect(guides.length).toBeGreaterThan(0);
  });

  it(`read at grade ${MAX_GRADE} or below, in ${MIN_MINUTES} to ${MAX_MINUTES} minutes`, () => {
    const rows = guides.map((g) => {
      const r = readabilityOfMdx(g.source);
      return {
        guide: g.id,
        words: bodyWordCount(g.source),
        minutes: readingMinutes(g.source),
        sentences: r.sentences,
        'words/sentence': +(r.words / r.sentences).toFixed(1),
        grade: +r.grade.toFixed(1),
      };
    });
    console.log(`Guide readability (Flesch–Kincaid grade; aim 8 or lower, fail above ${MAX_GRADE})`);
    console.table(rows);
    console.log(rows.map((r) => `${r.guide.padEnd(28)} ${String(r.words).padStart(5)} words  ${r.minutes} min  grade ${r.grade.toFixed(1)}`).join('\n'));

    const problems = rows.flatMap((r) => [
      ...(r.grade > MAX_GRADE ? [`${r.guide}: grade ${r.grade} is above ${MAX_GRADE}`] : []),
      ...(r.minutes < MIN_MINUTES || r.minutes > MAX_MINUTES ? [`${r.guide}: reads in ${r.minutes} minutes, not ${MIN_MINUTES} to ${MAX_MINUTES}`] : []),
    ]);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  describe.each(guides)('$id', (g) => {
    const headings = [...g.body.matchAll(/^#{2,6}\s+(.+)$/gm)].map((m) => m[1]!.trim());

    it('links to Help now in its body', () => {
      expect(g.body).toMatch(/\]\(\/help-now\/(?:#[\w-]+)?\)/);
    });

    it('places at least one exercise', () => {
      expect(exercisesPlacedIn(g.body).length).toBeGreaterThan(0);
    });

    it('has an "If this feels hard" section and a "Where to go next" section', () => {
      expect(headings.filter((h) => /^If this feels hard\b/i.test(h)).length, 'If this feels hard').toBeGreaterThan(0);
      expect(headings.filter((h) => /^Where to go next\b/i.test(h)).length, 'Where to go next').toBeGreaterThan(0);
    });

    if (GUIDES_WITH_PROFESSIONAL_SIGNS.includes(g.id)) {
      it('names the signs that mean talking to a professional today', () => {
        expect(
          headings.some((h) => /professional/i.test(h)),
          headings.join(' | '),
        ).toBe(true);
      });
    }
  });
});
