// Every word of the site's frame, pages and print-outs in English. The
// Spanish catalogue (es.ts) is typed against this one, so a missing or extra
// key fails `astro check`. Guides and exercises are content, translated in
// src/content; the widgets' words are in widgets/.
import { SITE_NAME, SITE_TAGLINE } from '../lib/site';
import { en as searchEn } from './widgets/en/search';

export const en = {
  site: {
    tagline: SITE_TAGLINE,
    skip: 'Skip to main content',
    nav: 'Main',
    guides: 'Guides',
    exercises: 'Exercises',
    workbook: 'My workbook',
    search: 'Search',
    lockNow: 'Lock now',
    helpNow: 'Help now',
    leave: 'Leave',
    leaveMore: ' this site',
    leaveHint: 'Or press Escape three times, quickly.',
    /** Said after each Escape; "{n}" is how many presses are left. */
    locked: 'Locked. Your answers need your passcode again.',
    update: { ready: 'A new version is ready.', reload: 'Reload', later: 'Not now' },
    pressesLeft: { one: 'Press Escape {n} more time to leave this site.', other: 'Press Escape {n} more times to leave this site.' },
    /** The switch names the other language in that language, and says so to a screen reader. */
    switchLabel: 'Read this page in another language',
    privacyPromise: 'Your answers stay on this device. Nothing you write is sent anywhere.',
    notCare: `${SITE_NAME} offers self-help guides. It is not a substitute for professional care. If you are in danger or thinking about harming yourself,`,
    getHelpNow: 'get help now',
    privacy: 'Privacy',
    forCounsellors: 'For counsellors',
    about: 'About',
    allGuides: 'All guides',
  },
  /** The topics' names, shared with search (its filter's values). */
  topics: searchEn.topics,
  guide: {
    meta: (order: number, minutes: number) => `Guide ${order} · ${minutes} min read ·`,
    lastReviewed: 'Last reviewed',
    inShort: 'In short',
    topics: 'Topics:',
    onThisPage: 'On this page',
    tryToday: 'Something to try today',
    nextInCourse: 'Next in the course:',
    related: 'Related guides',
    sourcesTitle: 'Where this comes from',
    sourcesIntro: 'We wrote this guide in our own words, from the research and guidance below.',
    sourcesHow: 'How we write and check our guides',
  },
  guides: {
    title: 'Guides',
    description: 'Every guide on reconnecting with people, grouped by topic. Read them in any order, or as a course from the first.',
    lede: 'Read them in any order, or follow them as a course from the first. Each ends with something small to try today.',
  },
  exercise: {
    label: (minutes: number) => `Exercise · about ${minutes} min`,
    onlineAt: 'Online, saved on your own device:',
    loadFailed: 'This exercise did not finish loading, so it cannot take or save answers yet. Check your connection, then reload the page.',
    from: 'Exercise from',
    aboutMinutes: (minutes: number) => `about ${minutes} min`,
    notYet: 'This exercise cannot be filled in on screen yet: that part of the site is still being built. For now, read it in',
    notYetGuide: 'its guide',
    notYetPrint: ', or print a blank copy and use pen and paper.',
    whyBefore: 'To understand why this helps,',
    readGuide: (title: string) => `read the whole guide: ${title}`,
    penBefore: 'Rather use pen and paper?',
    printBlank: 'Print a blank copy',
    sameAnswers: 'Your answers here are the same as in the guide, and are listed in',
  },
  library: {
    title: 'Exercises',
    description: 'Every exercise on the site: what it is for, how long it takes, and the guide it belongs to. Open one on its own, copy its link or print a blank copy.',
    lede: 'Each exercise saves your answers on this device. Open one on its own, or do it inside its guide.',
    counsellors: "Counsellors: copy an exercise's link to send it to a client, or print a blank copy for a session.",
    howLinks: 'How links and plans work',
    filter: 'Filter exercises',
    topic: 'Topic',
    allTopics: 'All topics',
    time: 'Time needed',
    anyLength: 'Any length',
    orLess: (minutes: number | string) => `${minutes} minutes or less`,
    /** Said as the filter changes: "{shown}" and "{total}" are filled in by library.ts. */
    count: { all: 'Showing all {total} exercises.', none: 'No exercises match.', some: 'Showing {shown} of {total} exercises.' },
    copied: 'Link copied.',
    copyManual: 'Copying was not allowed. Select the link and copy it:',
    about: (minutes: number) => `About ${minutes} min`,
    inGuide: 'In the guide',
    copyLink: 'Copy link',
    copyLinkTo: (title: string) => ` to ${title}`,
    printBlank: 'Print blank',
    none: 'No exercise matches both choices. Try another topic, or allow more time.',
  },
  print: {
    title: (title: string) => `${title}: blank copy to print`,
    description: (title: string) => `A blank copy of "${title}" to print and fill in by hand.`,
    heading: 'Blank copy to print',
    lede: 'Print this page and fill it in with a pen. Nothing on this page is saved.',
    print: 'Print this page',
    onScreen: 'Fill it in on screen instead',
    online: 'To fill this in online, with answers kept only on your own device:',
  },
  help: {
    sourcesTitle: 'Where this comes from',
    sourcesIntro: 'Each line above says where and when its number was checked. The overdose advice follows these sources:',
    emergency: 'Emergency:',
    emergencyFor: 'for police, fire or ambulance, if someone is in danger now.',
    checked: (date: string) => `Checked ${date} against`,
    inSpanish: 'Lines that answer in Spanish',
    inSpanishIntro: 'These lines in the United States answer in Spanish. Lines for other countries are below.',
    spanishChecked: (date: string) => `Spanish service checked ${date} against`,
  },
} as const satisfies Record<string, object>;

export type SiteText = Widen<typeof en>;

/** The catalogue's shape without its English words: every string becomes `string`. */
type Widen<T> = T extends string ? string : T extends (...args: infer A) => string ? (...args: A) => string : { -readonly [K in keyof T]: Widen<T[K]> };
