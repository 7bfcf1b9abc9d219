// Finding a feeling word as the person types: the list narrows to the words
// that hold what was typed, and a typed word that is in the list is taken as
// the list's own spelling. On a Spanish page the search runs over the Spanish
// words, and a match is still taken as the list's (English) word, the one saved.
import { cleanWord } from './sentence';
import { FEELING_GROUPS, type FeelingGroup } from './words';

export interface Found {
  /** What was typed, tidied as it would be added; '' for nothing. */
  word: string;
  /** The groups with a word holding what was typed; every group for nothing typed. */
  groups: FeelingGroup[];
  /** The list's word when what was typed is one. */
  listed?: string;
}

/** Lower case without accents, so "tension" finds "tensión". */
const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** `label` is how the page shows a listed word (see feelingLabel); the English page shows the word itself. */
export function findFeelings(typed: string, groups: FeelingGroup[] = FEELING_GROUPS, label: (word: string) => string = (w) => w): Found {
  const word = cleanWord(typed);
  const query = fold(word);
  return {
    word,
    groups: groups.map((g) => ({ ...g, words: g.words.filter((w) => fold(label(w)).includes(query)) })).filter((g) => g.words.length),
    listed: query ? groups.flatMap((g) => g.words).find((w) => fold(cleanWord(label(w))) === fold(cleanWord(query))) : undefined,
  };
}
