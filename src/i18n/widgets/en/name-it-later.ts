// The check-in words shown once a check-in is saved (Done, History, its
// patterns and charts), in English; fetched with them (name-it/later.ts).
import type { Words } from '../words';
import { count } from '../../../lib/words';

export const en = {
  done: {
    heading: 'Check-in saved',
    yourNext: 'Your next step:',
    rerate: 'In a few minutes: how strong is it now?',
    rerateHint: 'Come back after your next step, or in five minutes, and rate it again. If it has eased, naming it helped. If not, that is worth knowing too.',
    feelingNow: (word: string) => `“${word}” now`,
    cravingNow: 'The craving or urge now',
    itWas: (level: number) => `It was ${level}.`,
    startNew: 'Start a new check-in',
  },
  /** "Saved: “lonely” was 7, now 3; the craving or urge was 6, now 2." */
  rerated: {
    feeling: (word: string) => `“${word}”`,
    craving: 'the craving or urge',
    pair: (what: string, before: number, after: number) => `${what} was ${before}, now ${after}`,
    saved: (pairs: string) => `Saved: ${pairs}.`,
  },
  patterns: {
    top: 'Feelings that come up most',
    times: (n: number) => count(n, 'time', 'times'),
    beforeAfter: 'Before and after naming',
    yourFeelings: 'Your feelings',
    theCraving: 'The craving or urge',
    noRerates: 'After a check-in, rate it again a few minutes later. Here you will see whether naming a feeling turned it down.',
    /** "Your feelings averaged 5.8 when named and 5 a few minutes later, over 4 ratings. It was lower 2 times, …" */
    change: (what: string, before: number, after: number, ratings: number, moves: string) =>
      `${what} averaged ${before} when named and ${after} a few minutes later, over ${count(ratings, 'rating', 'ratings')}. It was ${moves}.`,
    lower: (n: number) => `lower ${count(n, 'time', 'times')}`,
    same: (n: number) => `the same ${count(n, 'time', 'times')}`,
    higher: (n: number) => `higher ${count(n, 'time', 'times')}`,
    together: 'Loneliness and a craving or urge',
    whenLonely: (strong: number, craving: number, checkIns: number) =>
      `When loneliness was strong (${strong} or more), the craving or urge averaged ${craving} out of 10 (${count(checkIns, 'check-in', 'check-ins')}).`,
    otherTimes: (craving: number, checkIns: number) => `At other times, it averaged ${craving} out of 10 (${count(checkIns, 'check-in', 'check-ins')}).`,
    neverLonely: (craving: number, checkIns: number) =>
      `When loneliness was not named as strong, it averaged ${craving} out of 10 (${count(checkIns, 'check-in', 'check-ins')}).`,
    noCraving: 'Rate a craving or urge in your check-ins, even when it is 0, to see how it moves with loneliness.',
  },
  chart: {
    label: 'Loneliness and craving or urge, averaged by week, on a scale of 0 to 10. The same numbers are in the table below.',
    lonely: 'Loneliness (solid line, circles)',
    craving: 'Craving or urge (dashed line, squares)',
  },
  table: {
    summary: 'The chart as a table',
    caption: 'Averages by week. Each counts only the check-ins that rated it.',
    week: 'Week from',
    checkIns: 'Check-ins',
    loneliness: 'Loneliness',
    craving: 'Craving or urge',
  },
};

export type NameItLaterWords = Words<typeof en>;
