// The words of the counsellors' plan builder and of the plan page, in English.
// ../es/counsellor.ts is typed against this shape, so a missing key fails `astro check`.
import type { Words } from '../words';
import { count, listWords } from '../../../lib/words';
import { planNote } from '../../../lib/plan';

export const en = {
  builder: {
    added: (title: string, n: number) => `Added “${title}” as number ${n} of ${n}.`,
    moved: (title: string, to: number, of: number) => `“${title}” moved to number ${to} of ${of}.`,
    removed: (title: string, left: number) => `Removed “${title}”. ${left} left in the plan.`,
    pickLabel: 'Exercise to add',
    minutes: (minutes: number) => `${minutes} min`,
    add: 'Add to plan',
    full: (max: number) => `A plan holds at most ${max} exercises.`,
    heading: (n: number, max: number, minutes: number) => `Your plan (${n === 0 ? 'empty' : `${n} of at most ${max}, about ${minutes} min in all`})`,
    emptyHint: 'Add exercises in the order the client should do them.',
    moveUp: (title: string) => `Move “${title}” up`,
    moveDown: (title: string) => `Move “${title}” down`,
    remove: (title: string) => `Remove “${title}”`,
    linkLabel: 'Link to send',
    copy: 'Copy plan link',
    open: 'Open the plan',
  },
  plan: {
    reading: 'Reading your plan…',
    /** What the page says about the parts of a link it left out, or "" when nothing was. */
    note: (unknown: number, overflow: number) => planNote({ unknown, overflow }),
    status: {
      'not-started': 'Not started',
      started: 'Started',
      done: 'Done',
      unavailable: 'Not ready to fill in on screen yet',
      locked: 'Locked: unlock in My workbook to see your progress',
    },
    empty: 'This plan link has no exercises in it. Check that the whole link was copied, or ask for it again.',
    browseBefore: 'You can also browse',
    browseLink: 'all the exercises',
    browseAfter: '.',
    checking: 'Checking your progress on this device…',
    progress: (exercises: number, done: number, started: number) => `${count(exercises, 'exercise', 'exercises')}: ${done} done, ${started} started.`,
    about: (minutes: number) => `About ${minutes} min · from the guide`,
    bringHeading: 'Bring your answers to a session',
    printIntro: 'Print your answers to these exercises, or save them as a PDF from the print window. Only what is saved on this device is printed.',
    printButton: 'Print my answers for these exercises',
    nothingToPrint: 'Nothing to print yet: none of these exercises has answers saved on this device.',
    editBefore: 'Counsellor?',
    editLink: 'Change this plan',
    editAfter: ' to send a new link.',
    printHeading: 'My answers for this plan',
    planAt: (url: string) => `Plan: ${url}`,
    notStarted: (titles: string[]) => `Not started yet: ${listWords(titles)}.`,
  },
};

export type CounsellorWords = Words<typeof en>;
