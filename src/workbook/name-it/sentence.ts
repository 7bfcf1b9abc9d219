// Turns chosen feeling words into the sentence a person reads aloud. Pure, so
// it can be tested with every count of words and with words people type.
import { en, type NameItTextWords } from '../../i18n/widgets/en/name-it-text';
import { feelingLabel } from './words';

// Phones often type a curly apostrophe. The Spanish ones ("me siento",
// "noto que siento") are there because the Spanish sentence says "siento" itself.
const LEADING =
  /^(?:i\s+am\s+feeling|i['’]?m\s+feeling|i\s+feel|i\s+am|i['’]?m|feeling|(?:noto\s+que\s+)?(?:me\s+estoy\s+sintiendo|estoy\s+sintiendo|me\s+siento|siento))\s+/i;

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

/**
 * The sentence for the chosen words, and a second one when a craving or urge
 * is rated above 0, in the language of `w` (listed words shown in it).
 */
export function composeSentence(words: string[], craving: number | null = null, w: Pick<NameItTextWords, 'sentence' | 'feelings' | 'and'> = en): string {
  const named = words
    .map(cleanWord)
    .filter(Boolean)
    .map((word) => feelingLabel(w, word));
  const parts: string[] = [];
  if (named.length) parts.push(w.sentence.feeling(w.and(named)));
  if (craving !== null && craving > 0) parts.push(parts.length ? w.sentence.cravingToo : w.sentence.cravingNow);
  return parts.join(' ');
}

/** Same word, whatever the case or spacing. */
export const sameWord = (a: string, b: string) => cleanWord(a).toLowerCase() === cleanWord(b).toLowerCase();
