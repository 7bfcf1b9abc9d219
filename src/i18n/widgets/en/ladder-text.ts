// The ladder words its kind's summary and logic need (the ideas for steps
// and the plain-text summary), in English. The widget's own are in ladder.ts.
import type { Words } from '../words';

import { count } from '../../../lib/words';

export const en = {
  /**
   * The ideas for steps, by the key of each in STARTERS (ladder-logic.ts).
   * An idea is saved as its English text, which must stay the same as there:
   * these are only what a page shows for it.
   */
  starters: {
    thinkingOfYou: 'Send someone a short “thinking of you” text',
    shareMoment: 'Share a small moment from my day with someone',
    sitTogether: 'Sit with someone without needing to talk',
    invite: 'Make a low-key invitation, like a short walk',
    askHelp: 'Ask someone for a bit of practical help',
    sayHello: 'Say hello to one new person at a meeting',
    coffee: 'Have a 30-minute coffee with a peer',
    classToEnd: 'Go to a class and stay until the end',
  },
  /** The kind's plain-text summary (ladder.ts). */
  summary: {
    step: (n: number, what: string) => `Step ${n}: ${what || '(not written yet)'}`,
    notRated: 'not rated yet',
    expected: (rating: number) => `expected distress ${rating}`,
    where: (where: string) => `where: ${where}`,
    when: (when: string) => `when: ${when}`,
    plannedFor: (date: string) => `planned for ${date}`,
    howLong: (howLong: string) => `how long: ${howLong}`,
    safety: (safety: string) => `safety behaviours to drop: ${safety}`,
    climbedOn: (date: string) => `climbed on ${date}`,
    tries: (n: number) => count(n, 'try', 'tries'),
    ratings: (date: string, before: string, peak: string, after: string) => `${date}: distress before ${before}, at the peak ${peak}, after ${after}`,
    feared: (text: string) => `What I feared: ${text}`,
    happened: (text: string) => `What happened: ${text}`,
    lookingBack: (text: string) => `Looking back: ${text}`,
    ladder: (n: number) => `Ladder ${n}`,
    noSteps: 'No steps yet.',
    goal: (name: string) => `Goal: ${name}`,
    stepHeading: (name: string, n: number, what: string) => `${name}, step ${n}: ${what}`,
  },
};

export type LadderTextWords = Words<typeof en>;
