// When the check-in offers help in place: the darkest feelings rated strong,
// words about ending life or overdose typed anywhere in it, or a strong
// craving. Pure rules over what the check-in already holds; nothing more is
// stored or sent.
import type { Draft, Level } from '../kinds/name-it';
import { cleanWord } from './sentence';
import { HIGH_CRAVING } from './words';

/** Feelings that can mean a person is at risk when they are strong. */
export const DARK_WORDS = ['hopeless', 'worthless', 'unsafe', 'trapped', 'like a burden', 'desperate', 'suicidal'];

/** A dark feeling at or above this strength brings help forward. */
export const DARK_LEVEL = 7;

// Phrases people use about ending their life, self-harm or overdose. Word
// boundaries keep "weekend it" or "pointless film" from matching.
const DANGER_PHRASES = [
  /\bsuicid/,
  /\bkill(ing)? (my ?self|me)\b/,
  /\bend(ing)? (it|it all|my life|things)\b/,
  /\b(want|wanna|going) to die\b/,
  /\bbetter off (dead|without me)\b/,
  /\bno point\b/,
  /\bno reason to (live|go on)\b/,
  /\b(hurt|harm|cut)(ing)? my ?self\b/,
  /\bself[- ]?harm/,
  /\bover ?dos(e|ed|ing)\b/,
  /\bod\b/,
  /\bcan['’]?t go on\b/,
  /\b(not|don['’]?t|do not) (want to )?be here( anymore| any more)?\b/,
  /\b(don['’]?t|do not) want to (live|be alive|wake up)\b/,
  /\bno way out\b/,
];

export function mentionsDanger(text: string): boolean {
  const plain = text.toLowerCase().replace(/\s+/g, ' ');
  return DANGER_PHRASES.some((re) => re.test(plain));
}

const isDark = (word: string) => DARK_WORDS.includes(cleanWord(word).toLowerCase());

type Checked = Pick<Draft, 'feelings' | 'craving' | 'bodyOther' | 'trigger' | 'written' | 'needOther' | 'next'>;

export interface HelpReasons {
  /** A dark feeling rated strong, or words about ending life or overdose. */
  danger: boolean;
  /** The craving or urge is strong. */
  craving: boolean;
}

/** Why the check-in should offer help now; both false when it need not. */
export function helpReasons(c: Checked, craving: Level = c.craving): HelpReasons {
  const strongDark = c.feelings.some((f) => isDark(f.word) && f.level !== null && f.level >= DARK_LEVEL);
  const typed = [...c.feelings.map((f) => f.word), c.bodyOther, c.trigger, c.written, c.needOther, c.next];
  return {
    danger: strongDark || typed.some(mentionsDanger),
    craving: craving !== null && craving >= HIGH_CRAVING,
  };
}
