// The words of My workbook (backup, restore, print, delete everything), the
// passcode lock's forms, answer summaries and the wallet card, in English.
// ../es/workbook.ts is typed against this shape, so a missing key fails `astro check`.
import type { Words } from '../words';
import { count } from '../../../lib/words';

export const en = {
  page: {
    storageBlocked:
      'This browser is not letting the site store anything, so nothing can be saved or restored here. Private browsing or a storage setting may be the reason.',
  },
  lock: {
    heading: 'Lock my answers with a passcode',
    checking: 'Checking for a lock…',
    offIntro:
      'If someone else may use this device, a passcode keeps your answers unreadable to them. Your answers are encrypted on this device, and the site locks itself after a while.',
    helpLink: 'What the lock protects, and what it cannot',
    setPasscode: 'Set a passcode',
    turnedOn: 'The lock is on. Your answers are stored encrypted on this device, and open in this tab until you lock them.',
    turnedOff: 'The lock is off. Your answers are stored as before, without a passcode.',
    unlockedIntro: 'Your answers are locked with a passcode. They are open in this tab until you lock them or leave the site.',
    lockedNow: 'Locked. Your answers need your passcode again.',
    lockNow: 'Lock now',
    turnOff: 'Turn off the lock',
    unlockFailed: 'The unlock form could not load. Check your connection, then reload the page.',
    unlockIntro: 'Your answers on this device are locked. Unlock them to see, back up or print them.',
    idleLegend: 'Lock again after no use for',
    idle: { 5: '5 minutes', 15: '15 minutes', 60: '1 hour' },
    idleSaved: (time: string) => `The lock now closes after ${time} without use.`,
    idleNotSaved: 'That setting could not be saved. This browser did not let the site write.',
    tooShort: (min: number) => `Use at least ${min} characters. A short sentence is strong and easy to remember.`,
    notSame: 'The two passcodes are not the same. Type them again.',
    noWayBack: 'There is no way to get a forgotten passcode back.',
    noWayBackMore: 'Not even we can open your answers without it. If you forget it, the only way back is to delete everything on this device.',
    backupFirst: 'A backup file you download before setting the passcode keeps working, so you may want to download one first (below).',
    newPasscode: 'New passcode',
    newHint: (min: number) => `At least ${min} characters. Longer is safer: a short sentence works well.`,
    repeat: 'The same passcode again',
    locking: 'Locking your answers…',
    turnOn: 'Turn on the lock',
    cancel: 'Cancel',
    yourPasscode: 'Your passcode',
    turningOff: 'Turning off…',
    keepLock: 'Keep the lock',
    offWarning: 'Turning the lock off stores your answers without encryption again, as before. Anyone using this device could then read them.',
  },
  /** What the reader is told when the lock refuses. */
  refusal: {
    wrongPasscode: 'That passcode is not right. Check it and try again.',
    wait: (seconds: number) => `Too many wrong tries in a row. To keep your answers safe, wait ${seconds} seconds, then try again.`,
    storage:
      'This browser did not let the site finish writing, so nothing was changed. Your answers are as they were. If the device is full, free some space and try again.',
    alreadyOn: 'The lock is already on (perhaps from another tab). Reload the page to see it.',
    noLock: 'The lock has been turned off (perhaps from another tab). Reload the page to see your answers.',
  },
  passcode: {
    typeFirst: 'Type the passcode first.',
  },
  unlock: {
    intro: 'Your answers on this device are locked with a passcode. Unlocking here opens them on every page in this tab.',
    label: 'Passcode',
    submit: 'Unlock',
    busy: 'Unlocking…',
    strong: 'Unlock to see your answers.',
  },
  unlockBackup: {
    label: 'Passcode of the backup',
    submit: 'Open the backup',
    busy: 'Opening…',
    cancel: 'Cancel',
    strong: 'This backup is locked.',
    more: 'Type the passcode it was locked with. Nothing is changed until you have seen what the backup holds.',
  },
  saved: {
    heading: 'Your saved exercises',
    loadFailed: 'Your saved answers could not be read: part of this page did not load. They are still saved on this device. Check your connection, then reload the page.',
    reading: 'Reading your saved answers…',
    locked: 'Your saved answers are locked. Unlock them above to see them here.',
    emptyBefore: 'Nothing is saved on this device yet. Start with an',
    emptyLink: 'exercise',
    emptyAfter: '; your answers will be listed here.',
    done: 'Done',
    started: 'Started',
    lastChanged: (when: string) => `last changed ${when}`,
  },
  backup: {
    heading: 'Back up or move your workbook',
    intro: 'A backup is one file with all your answers. Open it in "Restore" on another browser or device to carry on there.',
    lockedNote: 'Unlock your answers above to back them up or restore a backup.',
    lockedToo: 'Your backup is locked with your passcode too: it opens only with it, on any device.',
    plainCopy: 'Download a plain copy instead',
    plainWarning: 'A plain copy is not locked: anyone who opens the file can read every answer in it. Keep it somewhere only you can reach.',
    downloadLocked: 'Download a locked backup',
    download: 'Download a backup',
    restoreFrom: 'Restore from a backup',
    downloaded: (exercises: number) => `Backup downloaded with ${count(exercises, 'exercise', 'exercises')}. Keep the file somewhere private.`,
    /** Added after `downloaded` when the file is locked. */
    fileLocked: ' The file is locked with your passcode.',
    cannotOpen: 'That file could not be opened. Nothing was changed.',
  },
  /** Why a chosen file cannot be restored, or an answer in it was left out. */
  backupFile: {
    tooLarge: 'This file is too large to be a workbook backup (the limit is 5 MB). Nothing was changed.',
    notJson: 'This file is not a workbook backup: it could not be read as one. Nothing was changed.',
    notOurs: 'This file is not a workbook backup from this site. Nothing was changed.',
    newer: 'This backup was made by a newer version of this site. Nothing was changed.',
    empty: 'This backup holds no answers. Nothing was changed.',
    unknownExercise: 'this site has no exercise with that name, so it was left out',
    unreadable: (problem: string) => `${problem}, so it was left out`,
    notLocked: 'This file is not a locked workbook backup. Nothing was changed.',
    wrongPasscode: 'That is not the passcode this backup was locked with. Check it and try again.',
  },
  restore: {
    heading: 'Check before restoring',
    made: (when: string) => `Backup made ${when}.`,
    actions: {
      add: 'Will be added',
      replace: 'Will replace the older answer on this device',
      'keep-device': 'This device has a newer answer, which will be kept',
      same: 'Already the same on this device',
    },
    replaceAnyway: 'Replace it with the older answer from the backup anyway',
    leftOut: 'Left out:',
    label: (answers: number) => (answers === 0 ? 'Nothing to restore' : `Restore ${count(answers, 'answer', 'answers')}`),
    cancel: 'Cancel',
    restored: (answers: number, failed: number) =>
      failed
        ? `${answers - failed} of ${count(answers, 'answer', 'answers')} restored. ${failed} could not be saved on this device.`
        : `${count(answers, 'answer', 'answers')} restored.`,
  },
  print: {
    heading: 'Print my answers',
    intro: 'A tidy copy of everything you have written, to keep or to bring to a session.',
    button: 'Print my answers',
    printHeading: 'My answers',
  },
  unreadable: {
    heading: 'Answers that could not be read',
    intro: 'These were saved earlier but could not be read, so each was copied aside untouched. You can download the text.',
    setAside: (when: string) => `(set aside ${when})`,
    download: 'Download',
    deleteCopy: 'Delete this copy',
    question: 'Delete this unreadable copy? Download it first if you might want it.',
    yes: 'Yes, delete it',
  },
  delete: {
    heading: 'Delete everything on this device',
    intro: 'Removes every answer, backup copy and setting this site has stored in this browser, and the copy of the site kept for reading offline. It cannot be undone.',
    button: 'Delete everything on this device',
    confirmLabel: 'Confirm deleting everything',
    yes: 'Yes, delete everything',
    no: 'Keep my answers',
    question: 'Delete all your answers on this device? Download a backup first if you may want them.',
    all: 'Everything this site saved on this device has been deleted.',
    some: (failed: number) => `Most answers were deleted, but ${failed} could not be removed.`,
    /** Added when the site's pages kept for offline use were removed too. */
    offline: ' So has the copy of the site kept for reading offline; it is saved again when you next open a page here.',
  },
  /** Whether this browser will keep the answers when the device runs low on space. */
  keeping: {
    granted: 'This browser has agreed to keep your answers even when the device runs low on space.',
    denied: 'This browser may clear stored answers if the device runs low on space. A backup file keeps them safe.',
  },
  summary: {
    none: 'No answers saved yet.',
    lastChanged: (when: string) => `Last changed ${when}`,
    nothing: 'Nothing written yet.',
  },
};

export type WorkbookWords = Words<typeof en>;
