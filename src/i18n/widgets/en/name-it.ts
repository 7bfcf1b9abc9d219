// The words of the "Name it to tame it" check-in, in English.
// ../es/name-it.ts is typed against this shape, so a missing key fails `astro check`.
// The lists at the end (groups, feelings, body, needs) are keyed by the English
// word a check-in saves (src/workbook/name-it/words.ts): a saved check-in keeps
// the English word, and a Spanish page shows the Spanish one.
import type { Words } from '../words';

import { en as text } from './name-it-text';

export const en = {
  ...text,
  island: {
    saved: 'Check-in saved.',
    notLoaded: 'Your earlier check-ins could not load. They are still saved. Check your connection, then reload the page.',
    loading: 'Loading your check-ins…',
  },
  steps: {
    heading: (step: number, title: string) => `Step ${step} of 4: ${title}`,
    /** One for each of the four steps. */
    titles: ['Name it', 'How strong is it?', 'Say it', 'Your next small step'] as [string, string, string, string],
    back: 'Back',
  },
  name: {
    intro: 'Choose every word that fits, or type your own. Close is good enough.',
    noneChosen: 'Choose or type at least one word. “Something I can’t name yet” counts too.',
    alreadyChosen: (word: string) => `“${word}” is already chosen.`,
    full: (max: number) => `That is ${max} words already. Remove one to add another.`,
    added: (word: string) => `Added “${word}”.`,
    removed: (word: string) => `Removed “${word}”.`,
    notListed: (word: string) => `No word in the list has “${word}” in it. Add it as your own word.`,
    next: 'Next: how strong',
    find: 'Find a feeling, or type your own',
    add: (word: string) => `Add “${word}”`,
    findHint: 'The list below narrows as you type. Press Enter to add the word.',
    chosen: 'You chose:',
    remove: (word: string) => `Remove “${word}”`,
  },
  strength: {
    howStrong: (word: string) => `How strong is “${word}”?`,
    craving: 'Is there a craving or urge? How strong?',
    cravingHint: 'Leave it blank if not. 0 is fine too.',
    where: 'Where do you feel it in your body?',
    elsewhere: 'Somewhere else',
    trigger: 'What set it off?',
    triggerHint: 'A place, a person, a time of day, a thought. A few words is plenty.',
    next: 'Next: say it',
  },
  /** What the ends of every 0–10 scale mean. */
  scale: '0 = barely there, 10 = as strong as it gets.',
  say: {
    aloud: 'Read it aloud, or say it slowly in your head. Then breathe out.',
    anotherLine: 'Show another kind line',
    ownWords: 'Or write it in your own words',
    next: 'Next: one small step',
  },
  next: {
    need: 'What do I need now?',
    elsewhere: 'Something else',
    ideas: 'Ideas that fit. Choose one to use it:',
    oneThing: 'One thing I will do in the next ten minutes',
    portfolio: 'More ideas for right now in my social portfolio',
    safetyPlan: 'My safety plan, for the hardest moments',
    finish: 'Finish check-in',
    saved: 'Check-in saved.',
  },
  help: {
    dangerLead: 'That sounds very heavy, and you matter.',
    danger:
      'Thank you for putting it into words. You do not have to carry this alone. If you might act on thoughts of ending your life or hurting yourself, call your emergency number now, or talk to a crisis line today. They are free, and they are there for exactly this.',
    cravingLead: 'This craving or urge is strong.',
    craving: 'You do not have to ride it out alone. Reach out to someone now, or use your plan for hard moments.',
    helpNow: 'Help now: free lines to call or text',
    safetyPlan: 'My safety plan',
    overdose: 'If you do use: how to stay safer from overdose',
  },
};

export type NameItWords = Words<typeof en>;
