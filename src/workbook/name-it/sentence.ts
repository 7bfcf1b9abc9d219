// Turns chosen feeling words into the sentence a person reads aloud. Pure, so
// it can be tested with every count of words and with words people type.
import { listWords } from '../../lib/words';

// Phones often type a curly apostrophe.
const LEADING = /^(?:i\s+am\s+feeling|i['’]?m\s+feeling|i\s+feel|i\s+am|i['’]?m|feeling)\s+/i;

/**
 * A typed word made ready for "I am feeling ___ right now.": spaces tidied,
 * end punctuation and a typed "I feel" dropped, a capital first letter lowered
 * unless the word is in capitals (an abbreviation, say).
 */
export function cleanWord(raw: string): string {
  let word = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?]+$/, '');
  word = word.replace(LEADING, '').trim();
  if (/^\p{Lu}\p{Ll}/u.test(word)) word = word[0]!.toLowerCase() + word.slice(1);
  return word;
}

/** The sentence for the chosen words, and a second one when a craving or urge is rated above 0. */
export function composeSentence(words: string[], craving: number | null = null): string {
  const named = words.map(cleanWord).filter(Boolean);
  const parts: string[] = [];
  if (named.length) parts.push(`I am feeling ${listWords(named)} right now.`);
  if (craving !== null && craving > 0) parts.push(parts.length ? 'I notice a craving or urge too.' : 'I notice a craving or urge right now.');
  return parts.join(' ');
}

/** Same word, whatever the case or spacing. */
export const sameWord = (a: string, b: string) => cleanWord(a).toLowerCase() === cleanWord(b).toLowerCase();
