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

// The same in Spanish, for what a reader types on a Spanish page (listed
// words are saved in English either way). Matched without accents, since
// phones often leave them out: "daño" is "dano" here.
const DANGER_PHRASES_ES = [
  /\bsuicid/,
  /\b(matarme|quitarme la vida|morirme)\b/,
  /\bme (quiero|voy a) (matar|morir)\b/,
  /\b(acabar|terminar) con (todo|mi vida)\b/,
  /\b(quiero|quisiera|ganas de) morir/,
  /\bmejor muert[oa]s?\b/,
  /\b(estarian|estan|estaria) mejor sin mi\b/,
  /\bno quiero (vivir|seguir viviendo|despertar(me)?|estar aqui)\b/,
  /\b(sin|no tengo|no hay) (una |ninguna )?razon(es)? para (vivir|seguir)\b/,
  /\b(nada|ya no) tiene sentido\b/,
  /\b(hacerme|me hago|me hice|me quiero hacer) dano\b/,
  /\b(cortarme|me corto|lastimarme|me lastimo|herirme)\b/,
  /\bautolesi/,
  /\bsobredosis\b/,
  /\bno puedo seguir\b/,
  /\bno (hay|tengo|le veo) salida\b/,
];

const unaccented = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

export function mentionsDanger(text: string): boolean {
  const plain = text.toLowerCase().replace(/\s+/g, ' ');
  if (DANGER_PHRASES.some((re) => re.test(plain))) return true;
  const es = unaccented(plain);
  return DANGER_PHRASES_ES.some((re) => re.test(es));
}

/** Dark words a Spanish reader may type in their own words, without accents. */
const DARK_WORDS_ES = /^(desesperanza|sin esperanza|desesperad[oa]s?|desesperacion|inutil|sin valor|atrapad[oa]s?|en peligro|(que soy )?una carga|suicida)$/;

const isDark = (word: string) => {
  const k = cleanWord(word).toLowerCase();
  return DARK_WORDS.includes(k) || DARK_WORDS_ES.test(unaccented(k));
};

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
