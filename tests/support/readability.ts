// Readability figures for a guide's body text: word count and Flesch–Kincaid
// grade. Pure, so the content-quality tests can run it without Astro.
import { plainText, wordCount } from '../../src/lib/reading';

/** Words whose sound the spelling rules below get wrong, and that guides use. */
const SYLLABLE_EXCEPTIONS: Record<string, number> = {
  any: 2,
  many: 2,
  anyone: 3,
  everyone: 3,
  someone: 2,
  something: 2,
  sometimes: 2,
  somewhere: 2,
  maybe: 2,
  create: 2,
  idea: 3,
  ideas: 3,
  area: 3,
  quiet: 2,
  real: 1,
  really: 2,
  science: 2,
  every: 2,
  different: 3,
  business: 2,
  evening: 2,
  family: 3,
  favourite: 3,
  favorite: 3,
  interest: 3,
  interested: 4,
  interesting: 4,
  naturally: 4,
  poem: 2,
  lion: 2,
  diet: 2,
  video: 3,
};

/**
 * Syllables in one English word, by spelling: count groups of vowels, then
 * allow for a silent final "e", "-es" and "-ed" that add no sound, and a
 * silent "e" before suffixes such as "-ly" and "-ness". Close enough for a
 * grade estimate; a few common exceptions are listed above.
 */
export function countSyllables(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z]/g, '');
  if (!w) return /\d/.test(word) ? word.split(/[^0-9]+/).filter(Boolean).length : 0;
  const known = SYLLABLE_EXCEPTIONS[w];
  if (known) return known;
  if (w.length <= 3) return 1;

  // A "y" that starts a word is a consonant ("you", "year").
  const core = w.replace(/^y/, '');
  let count = (core.match(/[aeiouy]+/g) ?? []).length;

  const consonant = (ch: string | undefined) => ch !== undefined && /[bcdfghjklmnpqrstvwxz]/.test(ch);
  const at = (i: number) => w[w.length - i];

  if (w.endsWith('e') && consonant(at(2)) && !(w.endsWith('le') && consonant(at(3)))) {
    count -= 1; // make, there, while; but table, people keep theirs
  } else if (w.endsWith('es') && consonant(at(3)) && !/(?:[sxzcg]|ch|sh|[^aeiouyl]l)es$/.test(w)) {
    count -= 1; // makes, lives; but boxes, places, changes, tables keep theirs
  } else if (w.endsWith('ed') && consonant(at(3)) && !/(?:[td]|[^aeiouyl]l)ed$/.test(w)) {
    count -= 1; // walked, used; but wanted, needed, settled keep theirs
  }
  // "isn't", "didn't": the "n't" after a consonant is a syllable of its own.
  if (/[bcdfghjklmpqrstvwxz]n[’']t$/i.test(word)) count += 1;
  // "i" then "a" or "o" is often two sounds (reliable, radio, curious), but
  // not in endings such as -tion, -cial, -sion, -gion, -xious, -nion, -llion.
  count += (w.match(/(?<!ll)(?<=[^cgstxn])i[ao]/g) ?? []).length;
  // "u" then "a" likewise (casual, gradual), except in "qua" and "gua".
  count += (w.match(/(?<=[^gq])ua/g) ?? []).length;
  // "-ing" straight after a vowel is a syllable of its own: saying, being.
  if (/[aeiouy]ings?$/.test(w)) count += 1;
  // Silent "e" inside a word, before a suffix: lonely, hopeful, movement.
  count -= (w.match(/[bcdfghjklmnpqrstvwxz]e(?:ly|liness|ness|ment|ful|less|some)/g) ?? []).length;

  return Math.max(1, count);
}

const LIST_MARKER = /^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+/gm;

/** Bullets and item numbers ("1.") are not words a reader reads. */
function withoutListMarkers(mdx: string): string {
  return mdx.replace(LIST_MARKER, '$1');
}

/** Tokens counted as words, the same way as wordCount() in reading.ts. */
function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w));
}

/**
 * The guide's prose as sentences. Headings, list items and paragraphs each end
 * a sentence even without a full stop, as a reader takes them in one at a time;
 * inside a block, a sentence ends at ".", "!" or "?" (a closing quote may follow).
 */
export function sentences(mdx: string): string[] {
  const body = mdx.replace(/^---[\s\S]*?---/, '');
  const blocks = body
    .split(/\n\s*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])|\n(?=[ \t]*#)/)
    .map((block) => plainText(withoutListMarkers(block)))
    .filter((text) => wordCount(text) > 0);
  return blocks.flatMap((text) =>
    text
      .split(/(?<=[.!?]["'”’)]*)\s+/)
      .map((s) => s.trim())
      .filter((s) => wordCount(s) > 0),
  );
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
  grade: number;
}

export function fleschKincaidGrade(wordsCount: number, sentenceCount: number, syllableCount: number): number {
  if (wordsCount === 0 || sentenceCount === 0) return 0;
  return 0.39 * (wordsCount / sentenceCount) + 11.8 * (syllableCount / wordsCount) - 15.59;
}

/** Figures for plain prose (already free of markup). */
export function readabilityOfText(text: string): Readability {
  const parts = text.split(/(?<=[.!?]["'”’)]*)\s+/).filter((s) => wordCount(s) > 0);
  return measure(parts);
}

/** Figures for a guide's MDX source: front matter, components and link targets are left out. */
export function readabilityOfMdx(mdx: string): Readability {
  return measure(sentences(mdx));
}

function measure(parts: string[]): Readability {
  const all = parts.flatMap(words);
  const syllables = all.reduce((sum, w) => sum + countSyllables(w), 0);
  const n = all.length;
  return { words: n, sentences: parts.length, syllables, grade: fleschKincaidGrade(n, parts.length, syllables) };
}

/** Words of body text a reader sees, the same count as the reading time uses. */
export function bodyWordCount(mdx: string): number {
  return wordCount(plainText(withoutListMarkers(mdx)));
}
