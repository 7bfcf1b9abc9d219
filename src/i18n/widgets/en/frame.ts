// The words of every exercise's shared frame and of the worksheets, in English.
// ../es/frame.ts is typed against this shape, so a missing key fails `astro check`.
import type { Words } from '../words';

export const en = {
  shell: {
    unreadableBefore: (reason: string) =>
      `An earlier answer to this exercise could not be read (${reason}), so it starts empty here. A copy was kept safe: you can download it from`,
    workbook: 'My workbook',
    noscript: 'This exercise needs JavaScript to save your answers. You can still read it and print it.',
    saved: 'Saved on this device.',
    locked: 'Locked.',
    savesAsYouType: 'Answers save on this device as you type.',
    cleared: 'Answers cleared.',
    failed: {
      unavailable:
        'Not saved: this browser is not letting the site store anything (private browsing or storage switched off). Your answers stay on this page until you close it.',
      full: 'Not saved: this device is full, so your latest changes are only on this page. Everything saved before is safe.',
      error: 'Not saved: an earlier answer here could not be read, and there was no room to keep a copy of it, so it has not been overwritten.',
    },
    download: (title: string) => `Download my answers to “${title}”`,
    undo: 'Undo',
    copyLink: 'Copy link to this exercise',
    print: 'Print',
    clear: 'Clear my answers',
    confirmLabel: 'Confirm clearing answers',
    confirmYes: 'Yes, clear them',
    confirmNo: 'Keep them',
    confirmText: 'Clear all your answers to this exercise? You can undo this straight after.',
  },
  copy: {
    copyLink: 'Copy link',
    copied: 'Link copied.',
    manual: 'Copying was not allowed. Select the link and copy it:',
  },
  confirm: {
    keepIt: 'Keep it',
  },
  fields: {
    lowest: 'lowest',
    highest: 'highest',
    notRatedYet: 'not rated yet',
    notRated: 'Not rated',
    moved: (item: string, position: number, of: number) => `${item} moved to position ${position} of ${of}.`,
    removed: (item: string, n: number) => `${item} ${n} removed.`,
    moveUp: (item: string, n: number) => `Move ${item.toLowerCase()} ${n} up`,
    moveDown: (item: string, n: number) => `Move ${item.toLowerCase()} ${n} down`,
    remove: (item: string, n: number) => `Remove ${item.toLowerCase()} ${n}`,
    full: (max: number) => `That is the most this list can hold (${max}).`,
    /** Said by the browser beside a box when a paste or typing goes past its length. */
    boxFull: (max: number) => `This box holds up to ${max.toLocaleString('en-GB')} characters, so the end of that did not fit. What fits is kept.`,
    add: (item: string) => `Add ${item.toLowerCase()}`,
    outOf: (value: number, max: number) => `${value} out of ${max}`,
  },
  log: {
    needsAnswer: 'Write something in at least one box before saving the entry.',
    needsDate: 'Choose a date for this entry.',
    saved: (date: string) => `Entry for ${date} saved. The form is empty for your next entry.`,
    deleteQuestion: (date: string) => `Delete the entry from ${date}? This cannot be undone.`,
    deleteYes: 'Yes, delete it',
    deleted: (date: string) => `Entry from ${date} deleted.`,
    newEntryLabel: (title: string) => `New entry: ${title}`,
    newEntry: 'New entry',
    date: 'Date',
    save: 'Save this entry',
    pastLabel: (title: string) => `Past entries: ${title}`,
    past: (n: number) => `Past entries (${n})`,
    none: 'No entries yet. Saved entries will appear here, newest first.',
    deleteEntry: (date: string) => `Delete entry from ${date}`,
  },
  wallet: {
    cut: 'Cut along the dashed line, then fold in half.',
    empty: 'Nothing written yet. Fill in the plan, then print the card.',
  },
  /** Why saved answers could not be read (record.ts), after "could not be read (…)". */
  problems: {
    locked: 'it is locked, and could not be opened with your passcode: it may be damaged',
    unknownShape: 'it is not a saved answer in a shape this site knows',
    newer: (version: number) => `it was saved by a newer version of this site (version ${version})`,
    noUpdate: (version: number) => `there is no way to update answers saved in version ${version}`,
    updateFailed: (version: number) => `the answers saved in version ${version} could not be updated`,
    badAnswers: 'some answers are not in the expected shape',
    notJson: 'it is not valid JSON',
  },
};

export type FrameWords = Words<typeof en>;
