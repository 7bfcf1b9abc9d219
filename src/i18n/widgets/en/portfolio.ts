// The words of the social portfolio planner (the "portfolio" kind), in
// English: its views, its fixed choices, the balance's prompts and its
// printed summary. ../es/portfolio.ts is typed against this shape, so a
// missing key fails `astro check`.
// Saved answers keep the choices' ids ("low", "company", "weekly"); only
// their labels are here. Functions take words and numbers; lists come
// joined with `and` or `or`, so each language writes its own.
import type { Words } from '../words';
import type { Area } from '../../../workbook/kinds/portfolio-balance';
import type { Energy, Mood } from '../../../workbook/kinds/portfolio-options';
import type { PortfolioItem } from '../../../workbook/kinds/portfolio-schema';
import { choose, count } from '../../../lib/words';

type ItemType = PortfolioItem['type'];

const FALLS_THROUGH = 'If this falls through';

import { en as text } from './portfolio-text';

export const en = {
  ...text,
  card: {
    noName: 'No name yet',
    edit: 'Edit',
    editLabel: (name: string) => `Edit ${name}`,
    remove: 'Remove',
    removeLabel: (name: string) => `Remove ${name}`,
    calendarAdds: 'the plan',
    calendarFile: 'plan.ics',
  },
  editor: {
    nameLabel: { person: 'First name or nickname', activity: 'What is it?' } satisfies Record<ItemType, string>,
    nameHint: {
      person: 'A first name or nickname is enough.',
      activity: 'For example: a walk with a neighbour, a weekly class, an online group.',
    } satisfies Record<ItemType, string>,
    circle: { person: 'How you know them', activity: 'Who it connects you with' } satisfies Record<ItemType, string>,
    energy: 'Energy it takes',
    moods: 'Moods it suits',
    moodsHint: 'Leave them all unticked if it suits any mood.',
    gives: 'What it gives you',
    often: 'How often',
    thisWeek: 'Is it on this week?',
    yesThisWeek: 'Yes, this week',
    noNextWeek: 'No, next week',
    monthWeek: 'Which week of the month?',
    days: 'On which days',
    time: 'Time (if there is a set time)',
    backup: FALLS_THROUGH,
    backupHint: 'Your plan B. For example: text Sam, or join the online meeting.',
    done: 'Done',
  },
  list: {
    heading: 'Your people and activities',
    empty: 'Nothing here yet. Start with what you already have: one person, one thing you do.',
    removeQuestion: (name: string, _type: ItemType) => `Remove ${name} from your portfolio?`,
    removeYes: 'Yes, remove it',
    removed: (name: string) => `${name} removed.`,
    addPerson: 'Add a person',
    addActivity: 'Add an activity',
    full: (max: number) => `That is the most the planner can hold (${max}). Remove one to add another.`,
    loadFailed: 'This part of the planner could not load. What you have saved is safe. Check your connection, then reload the page.',
  },
  now: {
    heading: 'Right now',
    hint: 'Pick how you are today. You get up to three things that fit, easiest first, each with its backup.',
    energy: 'Your energy today',
    mood: 'Your mood today',
    ideasFit: (n: number) => `${count(n, 'idea fits', 'ideas fit')} right now, easiest first.`,
    nothingFits: 'Nothing in your portfolio fits right now yet.',
    markedDone: (name: string) => `${name} marked as done today. Well done.`,
    unmarked: (name: string) => `${name} is no longer marked as done today.`,
    empty: 'Nothing in your portfolio yet. Add a person or an activity below, and ideas will appear here.',
    noFit: (energy: Energy, mood: Mood) =>
      `Nothing in your portfolio fits a ${energy}-energy, ${mood} day yet. Add one small thing that would, like a text to someone who gets it.`,
    ideas: 'Ideas for right now',
    noBackup: 'No backup written for this one yet.',
    doneToday: 'Done today.',
    undo: 'Undo',
    undoLabel: (name: string) => `Undo: ${name} done today`,
    didThis: 'I did this',
    didThisLabel: (name: string) => `I did this: ${name}`,
    /** Around the link to Help now. */
    unsafe: { before: 'If you feel unsafe, ', after: ' has free lines you can call or text.' },
  },
  /** The link to the Help now page. */
  helpNow: 'Help now',
  week: {
    heading: 'Your week',
    hint: 'Plans with a set day show here, with their backups. Print it and put it on the fridge.',
    anyDay: 'Any day',
    /** The fortnightly plans not on this week, listed, each with how often: "Jo (every two weeks)". */
    nextWeekOnly: (plans: string) => `Next week, not this one: ${plans}.`,
    /** The monthly plans not on this week, listed likewise. */
    notThisWeek: (plans: string) => `Not this week: ${plans}.`,
    print: 'Print the week for the fridge',
    calendarName: 'every plan in your week',
    calendarAdds: 'your week’s plans',
    calendarFile: 'week.ics',
  },
  starters: {
    heading: 'Conversation starters',
    label: 'Your starters for nervous moments',
    hint: 'Light, neutral openers. For example: “What got you into this?”, “Are you watching anything good?”, “Have you been coming here long?”',
    itemLabel: 'Starter',
  },
  balance: {
    heading: 'Balance',
    empty: 'Once you add people and activities, you will see here how they spread, and what may be missing.',
    areas: 'Where your support comes from',
    gives: 'What it gives you',
    goodSpread: 'A good spread. Look back at it whenever your life changes.',
    /** After the "no one for a bad day" prompt, around the link to Help now. */
    untilThen: { before: 'Until then, ', after: ' has free lines you can call or text.' },
    /** The balance's prompts (see portfolio-balance.ts): gentle, and never blaming. */
    prompts: {
      noBadDay:
        'There is no one here to contact on a bad day yet. Think of one person who answers, stays calm and does not judge: a friend, a sponsor, a counsellor. Add them, and tick “Low” under the moods they suit.',
      oneCarries: (name: string, load: number, total: number) =>
        `${name} carries most of your plan (${load} of ${total} plans and backups). One more person or activity would spread the load, which is kinder to you both.`,
      missingArea: {
        family: 'No family or old friends here yet. That is common, and it can hurt. When you feel ready, one short text to a cousin or an old friend counts.',
        peers: 'No recovery peers here yet. A meeting, an online group or a sponsor are good ways in.',
        professionals: 'No professionals here yet. A doctor, counsellor, key worker or pharmacist is there even when friends are busy.',
        community: 'Nothing from your community yet. A class, a library, a faith group or a volunteer shift gives you a place to show up.',
      } satisfies Record<Area, string>,
      noLowEnergy: 'Nothing here takes low energy. Add one thing you could manage on a flat day, like a text or a walk where people are.',
      /** What nothing gives, listed with `or`. */
      missingGives: (gives: string) => `Nothing here gives you ${gives} yet.`,
      /** `names` listed with `and`; `n` of them. */
      noBackup: (names: string, n: number) => `${names} ${choose(n, 'has', 'have')} no backup yet. A plan B makes a cancelled plan easier to take.`,
      noEnergy: (names: string, n: number) => `“Right now” cannot suggest ${names} until you choose the energy ${choose(n, 'it takes', 'each takes')}.`,
    },
  },
  goal: {
    heading: 'This week’s goal',
    label: 'My goal for this week',
    hint: 'Small and clear, so you know when it is done. For example: start one new conversation, or go to two meetings.',
    howMany: 'How many times this week',
    calendarName: 'your weekly goal',
    calendarAdds: 'your goal',
    calendarFile: 'goal.ics',
    ticked: 'Ticked off this week',
    tick: (n: number, of: number) => `${n} of ${of}`,
    kept: 'Goal kept this week. Well done.',
    soFar: (ticks: number, target: number) => `${ticks} of ${target} so far this week.`,
    weeksKept: (n: number) => `Weeks you have kept your goal: ${n}.`,
    /** What was marked done this week, listed, each with its weekday (item.days): "Sam (Tuesday)". */
    doneThisWeek: (done: string) => `From your portfolio this week: ${done}.`,
    winsLabel: 'Small wins this week',
    winsHint: 'A laugh, a plan made, a name remembered.',
    winLabel: 'Win',
  },
};

export type PortfolioWords = Words<typeof en>;
