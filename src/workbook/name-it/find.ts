// Finding a feeling word as the person types: the list narrows to the words
// that hold what was typed, and a typed word that is in the list is taken as
// the list's own spelling.
import { cleanWord, sameWord } from './sentence';
import { FEELING_GROUPS, type FeelingGroup } from './words';

export interface Found {
  /** What was typed, tidied as it would be added; '' for nothing. */
  word: string;
  /** The groups with a word holding what was typed; every group for nothing typed. */
  groups: FeelingGroup[];
  /** The list's word when what was typed is one. */
  listed?: string;
}

export function findFeelings(typed: string, groups: FeelingGroup[] = FEELING_GROUPS): Found {
  const word = cleanWord(typed);
  const query = word.toLowerCase();
  return {
    word,
    groups: groups.map((g) => ({ ...g, words: g.words.filter((w) => w.toLowerCase().includes(query)) })).filter((g) => g.words.length),
    listed: query ? groups.flatMap((g) => g.words).find((w) => sameWord(w, query)) : undefined,
  };
}
