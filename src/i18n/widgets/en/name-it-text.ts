// The check-in words its kind's summary and logic need (the lists of words a
// check-in saves, keyed by the English word, and the summary's lines), in
// English. A saved check-in keeps the English word; a Spanish page shows the
// Spanish one. The widget's own words are in name-it.ts.
import type { Words } from '../words';
import { count, listWords } from '../../../lib/words';

export const en = {
  /** The sentence a person reads aloud. */
  sentence: {
    feeling: (words: string) => `I am feeling ${words} right now.`,
    cravingToo: 'I notice a craving or urge too.',
    cravingNow: 'I notice a craving or urge right now.',
  },
  history: {
    heading: (n: number) => `My check-ins (${n})`,
    byDate: 'Check-ins by date',
    /** A check-in's date and time; the date comes already written out. */
    at: (date: string, time: string) => `${date} at ${time}`,
    delete: 'Delete',
    deleteWhich: (when: string) => ` check-in from ${when}`,
    deleteOne: 'Delete this check-in?',
    deleteOneYes: 'Yes, delete it',
    deletedOne: (when: string) => `Check-in from ${when} deleted.`,
    cannotUndo: 'This cannot be undone.',
    keep: 'Keep',
    showAll: (n: number) => `Show all ${count(n, 'check-in', 'check-ins')}`,
    deleteAllQuestion: (n: number) => `Delete all ${count(n, 'check-in', 'check-ins')}?`,
    deleteAllYes: 'Yes, delete all',
    deletedAll: 'All check-ins deleted. A check-in you had started is kept.',
    deleteAll: 'Delete all check-ins',
  },
  /** The plain lines of a check-in, for print-outs and My workbook. */
  lines: {
    unfinished: 'Check-in not finished yet',
    named: (feelings: string) => `Named: ${feelings}`,
    later: (level: number) => `, later ${level}`,
    craving: (level: number) => `Craving or urge: ${level} out of 10`,
    feltIn: (places: string) => `Felt in: ${places}`,
    setOffBy: (trigger: string) => `Set off by: ${trigger}`,
    said: (sentence: string) => `Said: ${sentence}`,
    needed: (needs: string) => `Needed: ${needs}`,
    nextStep: (next: string) => `Next step: ${next}`,
  },
  /** "a, b and c". */
  and: (items: string[]) => listWords(items),
  /** An average such as 5.8, as the language writes it. */
  number: (n: number) => String(n),
  /** The groups of feeling words, by their saved (English) name. */
  groups: {
    'Cut off': 'Cut off',
    'Worried or scared': 'Worried or scared',
    Sad: 'Sad',
    Heavy: 'Heavy',
    Angry: 'Angry',
    'In my body': 'In my body',
    Lighter: 'Lighter',
    'Hard to name': 'Hard to name',
  },
  /** Each listed feeling word as shown, by the word a check-in saves. */
  feelings: {
    lonely: 'lonely',
    'left out': 'left out',
    unseen: 'unseen',
    homesick: 'homesick',
    bored: 'bored',
    numb: 'numb',
    anxious: 'anxious',
    overwhelmed: 'overwhelmed',
    nervous: 'nervous',
    'on edge': 'on edge',
    panicky: 'panicky',
    unsafe: 'unsafe',
    trapped: 'trapped',
    sad: 'sad',
    low: 'low',
    hurt: 'hurt',
    empty: 'empty',
    'let down': 'let down',
    grieving: 'grieving',
    hopeless: 'hopeless',
    ashamed: 'ashamed',
    guilty: 'guilty',
    embarrassed: 'embarrassed',
    worthless: 'worthless',
    'like a burden': 'like a burden',
    angry: 'angry',
    annoyed: 'annoyed',
    frustrated: 'frustrated',
    resentful: 'resentful',
    restless: 'restless',
    tired: 'tired',
    drained: 'drained',
    wired: 'wired',
    hungry: 'hungry',
    calm: 'calm',
    hopeful: 'hopeful',
    relieved: 'relieved',
    grateful: 'grateful',
    proud: 'proud',
    okay: 'okay',
    'mixed up': 'mixed up',
    off: 'off',
    "something I can't name yet": "something I can't name yet",
  },
  /** Where in the body, by the place a check-in saves. */
  body: {
    head: 'head',
    'jaw or face': 'jaw or face',
    throat: 'throat',
    chest: 'chest',
    stomach: 'stomach',
    'shoulders or back': 'shoulders or back',
    'arms or hands': 'arms or hands',
    'legs or feet': 'legs or feet',
    'all over': 'all over',
  },
  /** What a person may need now, by the need a check-in saves. */
  needs: {
    company: 'company',
    'to be heard': 'to be heard',
    rest: 'rest',
    movement: 'movement',
    'food or water': 'food or water',
    quiet: 'quiet',
    'fresh air': 'fresh air',
    comfort: 'comfort',
    'to feel safe': 'to feel safe',
    help: 'help',
  },
  /** One idea for each need that fits in ten minutes; choosing one writes it into the next-step box. */
  ideas: {
    company: 'Text one person a simple hello.',
    'to be heard': 'Call my recovery ally or a friend and say how I feel.',
    rest: 'Lie down for ten minutes before I decide anything.',
    movement: 'Walk around the block.',
    'food or water': 'Eat something simple and drink a glass of water.',
    quiet: 'Sit somewhere quiet and breathe out slowly five times.',
    'fresh air': 'Step outside for a few minutes.',
    comfort: 'Make a warm drink and wrap up in something soft.',
    'to feel safe': 'Go where there are people I trust.',
    help: 'Call a helpline, my sponsor or my counsellor.',
  },
  /** Kind lines, one shown per check-in; a check-in saves only which one, so every language has the same six. */
  kindLines: [
    'It makes sense to feel this way. This will pass, and I can choose my next step.',
    'Feelings rise and fall like waves. I can let this one pass.',
    'I am not my feelings. I am the one noticing them.',
    'This is hard, and I am doing something kind for myself right now.',
    'Anyone could feel this way. I can be gentle with myself.',
    'I do not have to fix this feeling. I only need one small next step.',
  ] as [string, string, string, string, string, string],
};

export type NameItTextWords = Words<typeof en>;
