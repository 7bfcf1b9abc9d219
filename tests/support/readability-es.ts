// Readability of Spanish prose: the Fernández Huerta score (1959), with the
// correction Gwillim Law pointed out (LINGUIST List 22.2332, 2011): sentence
// length counts as words per sentence, so shorter sentences score higher.
//   L = 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence
// Scale: 90–100 very easy, 80–90 easy, 70–80 fairly easy, 60–70 normal for an
// adult, below 60 harder.
import { sentences } from './readability';

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó']);
const ACCENTED_WEAK = new Set(['í', 'ú']);
const VOWEL = /[aeiouáéíóúü]/;

/**
 * Syllables in one Spanish word: one per vowel group, plus one for each
 * hiatus inside a group (two strong vowels, as in "le-er", or a stressed
 * "í"/"ú" beside another vowel, as in "dí-a"). A diphthong such as "ue" or
 * "ia" stays one syllable. A final "y" after a vowel ("hoy", "muy") closes
 * the diphthong; "y" on its own is a word of one syllable.
 */
export function countSyllablesEs(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (!w) return /\d/.test(word) ? word.split(/[^0-9]+/).filter(Boolean).length : 0;
  if (w === 'y') return 1;
  // The "u" of "que", "qui", "gue", "gui" is silent ("guía" is guí-a).
  const sounded = w.replace(/([qg])u(?=[eéií])/g, '$1');
  let count = 0;
  let prev = '';
  for (const ch of sounded) {
    if (VOWEL.test(ch)) {
      if (!prev) count += 1;
      else if ((STRONG.has(prev) && STRONG.has(ch)) || ACCENTED_WEAK.has(prev) || ACCENTED_WEAK.has(ch)) count += 1;
      prev = ch;
    } else {
      prev = '';
    }
  }
  return Math.max(1, count);
}

const isWord = (w: string) => /[A-Za-z0-9áéíóúüñÁÉÍÓÚÜÑ]/.test(w);

export interface ReadabilityEs {
  words: number;
  sentences: number;
  syllables: number;
  /** Fernández Huerta's score; higher is easier. */
  score: number;
}

export function fernandezHuerta(wordsCount: number, sentenceCount: number, syllableCount: number): number {
  if (wordsCount === 0 || sentenceCount === 0) return 0;
  return 206.84 - 0.6 * ((100 * syllableCount) / wordsCount) - 1.02 * (wordsCount / sentenceCount);
}

function measure(parts: string[]): ReadabilityEs {
  const all = parts.flatMap((s) => s.split(/\s+/).filter(isWord));
  const syllables = all.reduce((sum, w) => sum + countSyllablesEs(w), 0);
  return { words: all.length, sentences: parts.length, syllables, score: fernandezHuerta(all.length, parts.length, syllables) };
}

/** Figures for plain Spanish prose; "¿" and "¡" open a sentence, ".", "?" and "!" end one. */
export function readabilityOfTextEs(text: string): ReadabilityEs {
  return measure(text.split(/(?<=[.!?]["'”’»)]*)\s+/).filter((s) => s.split(/\s+/).some(isWord)));
}

/** Figures for a Spanish guide's MDX body, split into sentences as the English check does. */
export function readabilityOfMdxEs(mdx: string): ReadabilityEs {
  return measure(sentences(mdx));
}

/** The band a score falls in, in the scale's own words. */
export function bandEs(score: number): string {
  if (score >= 90) return 'muy fácil';
  if (score >= 80) return 'fácil';
  if (score >= 70) return 'bastante fácil';
  if (score >= 60) return 'normal';
  if (score >= 50) return 'bastante difícil';
  return 'difícil';
}
