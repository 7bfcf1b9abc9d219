// The words of the exposure ladder (the "ladder" kind), in English: the
// widget, its messages, its print-outs and its summary.
// ../es/ladder.ts is typed against this shape, so a missing key fails `astro check`.
import type { Words } from '../words';

import { choose, count } from '../../../lib/words';

import { en as text } from './ladder-text';

export const en = {
  ...text,
  add: {
    heading: 'Add a step',
    whatLabel: 'What you will do',
    whatHint: 'A real situation, for example “Say good morning to my neighbour”.',
    ratingLabel: 'Expected distress, 0 to 100',
    ratingHint: 'How anxious you think it would make you: 0 is calm, 100 the most anxious you can imagine. A guess is fine.',
    submit: 'Add step',
  },
  ideas: {
    summary: 'Ideas for steps, from the guides',
    hint: 'One click adds the idea with a typical rating. Change the rating to fit you.',
    add: (what: string, rating: number) => `Add: ${what} (${rating})`,
  },
  chart: {
    peak: 'At the peak',
    before: 'Before',
    after: 'After',
    axis: 'Tries, oldest to newest',
  },
  ladders: {
    pick: 'Ladder to show',
    unnamed: (n: number) => `Ladder ${n} (no goal yet)`,
    goalLabel: 'My goal for this ladder',
    goalHint: 'In your own words, for example “Feel at ease with my sister again” or “Go to a meeting and talk to someone”.',
    newLadder: 'Start a new ladder',
    deleteLadder: 'Delete this ladder',
    printBlank: 'Print a blank ladder',
  },
  next: {
    heading: 'Your next step',
    empty: (max: number) => `Add a step below to start your ladder. A first step rated about ${max} or below is a good place to begin.`,
    allClimbed: 'You have climbed every step on this ladder. Well done. You could add a harder step, or start a new ladder.',
    markClimbed: 'Mark it climbed',
    recordTry: 'Record a try',
    open: 'Open this step',
    firstTryHint: 'Before you try it, note what you fear will happen. Afterwards, check that against what really happened. It counts even if your fear stays high.',
    climbed: (climbed: number, steps: number) => `Climbed ${climbed} of ${count(steps, 'step', 'steps')}.`,
  },
  notes: {
    firstHigh: (lowest: number, max: number) => `Your easiest step is rated ${lowest}. A first step at about ${max} or below is gentler to begin with.`,
    addEasier: 'Add an easier step',
    jump: (low: number, lowRating: number, high: number, highRating: number) =>
      `Big jump from step ${low} (${lowRating}) to step ${high} (${highRating}). A step in between could make it easier.`,
    addBetween: (low: number, high: number) => `Add a step between steps ${low} and ${high}`,
    few: (steps: number, few: number) =>
      `You have ${count(steps, 'step', 'steps')} so far. A ladder of ${few} or more small steps, from easy to hard, is easier to climb.`,
    unrated: (n: number) => `${choose(n, 'One step has', `${n} steps have`)} no rating yet. Give each one a number so it finds its place.`,
  },
  list: {
    heading: 'Your ladder, easiest step first',
    order: 'The order is not the same as the ratings. That is fine if you chose it.',
    sort: 'Sort by rating',
    none: 'No steps yet. Add your first one below, or start from one of the ideas.',
  },
  /** The short line under a step's name. */
  meta: {
    notRated: 'Not rated yet',
    expected: (rating: number) => `Expected distress ${rating}`,
    plannedFor: (date: string) => `Planned for ${date}`,
    tries: (n: number) => count(n, 'try', 'tries'),
    /** How the peak moved from the first try to the latest, in words a screen reader reads well. */
    trend: (first: number, last: number) => (first === last ? `peak steady at ${last}` : `peak ${last < first ? 'down' : 'up'} from ${first} to ${last}`),
    climbed: 'Climbed ✓',
  },
  suggest: (low: number) => `Your last two tries peaked at ${low} or less. If this step feels manageable now, you could mark it climbed and move up.`,
  step: {
    n: (n: number) => `Step ${n}:`,
    unwritten: 'new step, not written yet',
    moveUp: (n: number) => `Move step ${n} up`,
    moveDown: (n: number) => `Move step ${n} down`,
    isNext: 'Your next step',
    whatLabel: 'What you will do',
    ratingLabel: 'Expected distress, 0 to 100',
    ratingHint: '0 is calm, 100 the most anxious you can imagine. The step finds its place on the ladder when you press Enter or close it.',
    where: 'Where (optional)',
    when: 'When (optional)',
    howLong: 'For how long (optional)',
    day: 'Day you plan to try it (optional)',
    /** Names the step for "Add to calendar", for screen readers. */
    calendarName: (n: number, what: string) => `step ${n}${what ? `, ${what}` : ''}`,
    /** What the calendar file adds, in the message read out. */
    calendarAdds: 'the step',
    calendarFile: 'step.ics',
    safetyLabel: 'Safety behaviours to drop (optional)',
    safetyHint: 'Things you do to feel less exposed, like holding your phone the whole time. Try this step without them.',
    climbedCheck: 'I have climbed this step: it feels manageable now',
    trendDown: (first: number, last: number) => `Your distress at the peak came down from ${first} on your first try to ${last} on your latest.`,
    trendNotDown: (first: number, last: number) =>
      `Your distress at the peak was ${first} on your first try and ${last} on your latest. Fear often stays high for a while, and each try still counts: what you learn about what really happens is what matters.`,
    recordTry: 'Record a try',
    close: (n: number) => `Close step ${n}`,
    remove: (n: number) => `Remove step ${n}`,
  },
  tries: {
    caption: (n: number) => `Distress at each try of step ${n}, from 0 to 100`,
    try: 'Try',
    before: 'Before',
    peak: 'Peak',
    after: 'After',
    legend: (date: string) => `Try on ${date}`,
    date: 'Date of this try',
    fearedLabel: 'What I feared would happen',
    fearedHint: 'Write it before you start, if you can.',
    trio: 'Distress, from 0 to 100',
    atPeak: 'At the peak',
    happenedLabel: 'What actually happened',
    happenedHint: 'Check it against what you feared. Did that happen? If something hard did, how did you cope?',
    reflectLabel: 'Looking back',
    reflectHint: 'What did you learn? The try counts even if your fear stayed high the whole time.',
    done: 'Done with this try',
    delete: 'Delete this try',
  },
  /** The ladder on paper, and the blank one to fill in by hand. */
  print: {
    where: (where: string) => `Where: ${where}`,
    when: (when: string) => `When: ${when}`,
    plannedFor: (date: string) => `Planned for: ${date}`,
    howLong: (howLong: string) => `How long: ${howLong}`,
    drop: (safety: string) => `Drop: ${safety}`,
    triesCaption: (n: number, what: string) => `Tries on step ${n}: ${what}`,
    date: 'Date',
    before: 'Before',
    peak: 'Peak',
    after: 'After',
    feared: 'What I feared',
    happened: 'What happened',
    lookingBack: 'Looking back',
    goal: 'Goal:',
    caption: 'My ladder, easiest step first',
    step: 'Step',
    what: 'What I will do',
    expected: 'Expected distress (0–100)',
    climbed: 'Climbed',
    myGoal: 'My goal:',
    blankIntro:
      'Rate each step from 0 (calm) to 100 (the most anxious you can imagine). Start with a step rated about 40 or below. Before each try, write what you fear will happen; afterwards, what really did. A try counts even if your fear stays high. Repeat a step until it feels manageable, then move up.',
    whereWhenLong: 'Where, when, how long',
    safety: 'Safety behaviours to drop',
    myTries: 'My tries',
    dateAndStep: 'Date and step',
    distressBefore: 'Distress before',
    atPeak: 'At the peak',
    fearedWould: 'What I feared would happen',
    actually: 'What actually happened',
  },
  /** What the status line says, and the questions asked before deleting. */
  say: {
    /** A step in a message: its words in quotes, or "The new step" while it has none. */
    named: (what: string) => (what ? `“${what}”` : 'The new step'),
    added: (named: string, n: number, total: number) => `${named} added as step ${n} of ${total}.`,
    placed: (named: string, n: number, total: number) => `${named} moved to step ${n} of ${total}, by its rating.`,
    moved: (named: string, n: number, total: number) => `${named} moved to step ${n} of ${total}.`,
    notClimbed: 'Marked as not climbed yet.',
    climbedThen: (next: string) => `Step climbed. Your next step: ${next}.`,
    climbedLast: 'Step climbed. That was the last step on this ladder.',
    sorted: 'Steps sorted by rating, easiest first.',
    removed: (n: number) => `Step ${n} removed.`,
    removeYes: 'Yes, remove it',
    removeQuestion: (n: number, tries: number) => `Remove step ${n} and its ${choose(tries, 'try', count(tries, 'try', 'tries'))}? This cannot be undone.`,
    newTry: 'New try added, dated today.',
    emptyTry: 'The try was empty, so it was not kept.',
    trySaved: 'Try saved on this device.',
    deleteYes: 'Yes, delete it',
    deleteTry: 'Delete this try? This cannot be undone.',
    tryDeleted: 'Try deleted.',
    newLadder: 'New ladder started. Write its goal first.',
    deleteLadder: (goal: string) => `Delete the ladder “${goal || 'with no goal yet'}” with all its steps and tries? This cannot be undone.`,
    ladderDeleted: 'Ladder deleted.',
  },
  /** Why a change cannot be made (the whyNot… functions of ladder-actions.ts). */
  refusals: {
    fullLadder: (max: number) => `This ladder has ${max} steps, the most it can hold. You could start a new ladder.`,
    needsWhat: 'Write what the step is, then add it.',
    fullStep: (max: number) => `This step has ${max} tries, the most it can hold. You could delete an old one.`,
    fullPage: (max: number) => `You have ${max} ladders, the most this page can hold.`,
  },
};

export type LadderWords = Words<typeof en>;
