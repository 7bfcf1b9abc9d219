// The portfolio words its kind's summary and logic need (the fixed choices'
// labels, an item's schedule and the summary), in English. Saved answers keep
// the choices' ids; only their labels are here. The widget's own are in portfolio.ts.
import type { Words } from '../words';
import type { Area } from '../../../workbook/kinds/portfolio-balance';
import type { Circle, Energy, Give, Mood, Often } from '../../../workbook/kinds/portfolio-options';
import type { PortfolioItem } from '../../../workbook/kinds/portfolio-schema';
import { listWords } from '../../../lib/words';

type ItemType = PortfolioItem['type'];

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const OFTEN: Record<Often, string> = {
  sometimes: 'Now and then',
  weekly: 'Every week',
  fortnightly: 'Every two weeks',
  monthly: 'Once a month',
};
const GIVES: Record<Give, string> = {
  company: 'Company',
  heard: 'Being heard',
  practical: 'Practical help',
  fun: 'Fun',
  accountability: 'Accountability',
  purpose: 'Purpose',
};
const lower = <K extends string>(labels: Record<K, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, (v as string).toLowerCase()])) as Record<K, string>;
const often = lower(OFTEN);
const FALLS_THROUGH = 'If this falls through';

export const en = {
  /** "a, b and c". */
  and: (items: string[]) => listWords(items),
  /** "a, b or c". */
  or: (items: string[]) => listWords(items, 'or'),
  /** The fixed choices' labels, by the id that is saved. */
  options: {
    energy: { low: 'Low', medium: 'Medium', high: 'High' } satisfies Record<Energy, string>,
    mood: { low: 'Low', anxious: 'Anxious', okay: 'Okay', good: 'Good' } satisfies Record<Mood, string>,
    gives: GIVES,
    circle: {
      family: 'Family',
      friend: 'Friend',
      peer: 'Recovery peer or sponsor',
      professional: 'Professional',
      community: 'Community',
    } satisfies Record<Circle, string>,
    /** For an activity, "friend" is folded into family: whom it puts you with. Offered in this order. */
    activityCircle: {
      family: 'Family or friends',
      peer: 'Recovery peers',
      professional: 'Professionals',
      community: 'Community',
    } satisfies Partial<Record<Circle, string>>,
    often: OFTEN,
    /** Monday first. */
    days: DAYS,
    /** The weeks of the month (1–4) as the editor offers them. */
    monthWeeks: ['First (1st to 7th)', 'Second (8th to 14th)', 'Third (15th to 21st)', 'Fourth (22nd to 28th)'],
    /** The four areas of support, as the balance shows them. */
    areas: {
      family: 'Family and friends',
      peers: 'Peers',
      professionals: 'Professionals',
      community: 'Community',
    } satisfies Record<Area, string>,
  },
  /** How a person or activity reads, in the planner and on paper. */
  item: {
    kind: { person: 'Person', activity: 'Activity' } satisfies Record<ItemType, string>,
    /** Its name for screen readers and messages, before it has one. */
    unnamed: { person: 'unnamed person', activity: 'unnamed activity' } satisfies Record<ItemType, string>,
    energy: { low: 'low energy', medium: 'medium energy', high: 'high energy' } satisfies Record<Energy, string>,
    /** Moods and gives in running text: "suits low or anxious moods", "gives being heard". */
    moods: { low: 'low', anxious: 'anxious', okay: 'okay', good: 'good' } satisfies Record<Mood, string>,
    gives: lower(GIVES),
    fallsThrough: (backup: string) => `${FALLS_THROUGH}: ${backup}`,
    /** Weekdays in running text, Monday first. */
    days: DAYS,
    /** A weekly or fortnightly plan's weekdays, as `schedule` lists them. */
    daysOn: DAYS,
    /** A monthly plan's weekdays, as `schedule` lists them. */
    daysInMonth: DAYS,
    /** The week of the month a monthly plan is on, 1–4. */
    monthWeeks: ['first', 'second', 'third', 'fourth'],
    /** When a recurring plan is on, with its days already listed: "once a month on Tuesday and Friday in the second week". */
    schedule: {
      sometimes: (days: string) => `${often.sometimes} on ${days}`,
      weekly: (days: string) => `${often.weekly} on ${days}`,
      fortnightly: (days: string) => `${often.fortnightly} on ${days}`,
      monthly: (days: string, week: string) => `${often.monthly} on ${days} in the ${week} week`,
    } satisfies Record<Often, unknown>,
    /** After the schedule: " at 18:30". */
    at: (time: string) => ` at ${time}`,
    /** How often, in words for a list: "every two weeks", "once a month, second week". */
    often: {
      sometimes: often.sometimes,
      weekly: often.weekly,
      fortnightly: often.fortnightly,
      monthly: (week: string) => `${often.monthly}, ${week} week`,
    } satisfies Record<Often, unknown>,
    /** A name with a note in a list: "Jo (every two weeks)", "Sam (Tuesday)". */
    aside: (name: string, note: string) => `${name} (${note})`,
    /** A date's week: "Week starting Monday 23 November". */
    weekStarting: (date: string) => `Week starting ${date}`,
  },
  /** The printed summary (My workbook, plans). */
  summary: {
    people: 'People',
    activities: 'Activities',
    week: 'Week',
    starters: 'Conversation starters',
    goal: 'Weekly goal',
    fallsThrough: (backup: string) => `if this falls through: ${backup}`,
    /** The moods (from item.moods), listed with `or`. */
    suits: (moods: string) => `suits ${moods} moods`,
    /** What it gives (from item.gives), listed with `and`. */
    gives: (gives: string) => `gives ${gives}`,
    goalLine: (text: string, target: number) => `Goal: ${text} (${target} a week)`,
    weeksKept: (n: number) => `Weeks kept: ${n}`,
    weekLine: (week: string, ticks: number, target: number) => `Week of ${week}: ${ticks} of ${target}`,
    /** After a week's line, its wins joined with "; ". */
    wins: (wins: string) => `; wins: ${wins}`,
  },
};

export type PortfolioTextWords = Words<typeof en>;
