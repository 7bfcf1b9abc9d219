// The word lists of the "Name it to tame it" check-in. Groups have plain names
// so a person who only knows "bad" can find a closer word by where it sits.
// The words are stored as chosen, so renaming one here leaves old check-ins as
// they were; add words freely, but do not reword old ones. What a page shows
// for each saved word (in its language) is in src/i18n/widgets/en/name-it-text.ts
// and es/name-it.ts, keyed by these words.
import { en, type NameItTextWords } from '../../i18n/widgets/en/name-it-text';

export interface FeelingGroup {
  name: string;
  words: string[];
}

export const FEELING_GROUPS: FeelingGroup[] = [
  { name: 'Cut off', words: ['lonely', 'left out', 'unseen', 'homesick', 'bored', 'numb'] },
  { name: 'Worried or scared', words: ['anxious', 'overwhelmed', 'nervous', 'on edge', 'panicky', 'unsafe', 'trapped'] },
  { name: 'Sad', words: ['sad', 'low', 'hurt', 'empty', 'let down', 'grieving', 'hopeless'] },
  { name: 'Heavy', words: ['ashamed', 'guilty', 'embarrassed', 'worthless', 'like a burden'] },
  { name: 'Angry', words: ['angry', 'annoyed', 'frustrated', 'resentful'] },
  { name: 'In my body', words: ['restless', 'tired', 'drained', 'wired', 'hungry'] },
  { name: 'Lighter', words: ['calm', 'hopeful', 'relieved', 'grateful', 'proud', 'okay'] },
  { name: 'Hard to name', words: ['mixed up', 'off', "something I can't name yet"] },
];

/** Words that count as loneliness when patterns compare it with cravings. */
export const LONELY_WORDS = ['lonely', 'left out', 'unseen', 'homesick'];

export const BODY_PLACES = ['head', 'jaw or face', 'throat', 'chest', 'stomach', 'shoulders or back', 'arms or hands', 'legs or feet', 'all over'];

/** What a person may need now; each has one idea that fits in ten minutes (the catalogue's `ideas`). */
export const NEEDS = ['company', 'to be heard', 'rest', 'movement', 'food or water', 'quiet', 'fresh air', 'comfort', 'to feel safe', 'help'];

/** Kind lines, one shown per check-in; the person can ask for another. A check-in saves the index. */
export const KIND_LINES: readonly string[] = en.kindLines;

/** A craving or urge at or above this rating brings the Help now link forward. */
export const HIGH_CRAVING = 8;

type Labels = Record<string, string>;
const shown = (labels: Labels, saved: string) => (Object.hasOwn(labels, saved) ? labels[saved]! : saved);

/** A saved feeling word as a page shows it: a listed word in the page's language, a word of one's own as typed. */
export const feelingLabel = (words: Pick<NameItTextWords, 'feelings'>, word: string) => shown(words.feelings as Labels, word);

/** A group's name in the page's language. */
export const groupLabel = (words: Pick<NameItTextWords, 'groups'>, name: string) => shown(words.groups as Labels, name);

/** A saved place in the body in the page's language. */
export const bodyLabel = (words: Pick<NameItTextWords, 'body'>, place: string) => shown(words.body as Labels, place);

/** A saved need in the page's language. */
export const needLabel = (words: Pick<NameItTextWords, 'needs'>, need: string) => shown(words.needs as Labels, need);

/** The idea for a need, in the page's language: written into the next-step box when chosen. */
export const needIdea = (words: Pick<NameItTextWords, 'ideas'>, need: string) => shown(words.ideas as Labels, need);
