// The breathing timer's words, in English.
import type { Words } from '../words';

export const en = {
  breathing: {
    in: 'Breathe in',
    out: 'Breathe out',
    paused: 'Paused.',
    finishedSpoken: 'Finished. Take a moment to notice how you feel, then note it below if you like.',
    heading: 'Breathing timer',
    howLong: 'How long',
    minutes: (m: number) => (m === 1 ? '1 minute' : `${m} minutes`),
    pace: 'Pace',
    paces: { slow: 'In for 4, out for 6', shorter: 'In for 3, out for 4 (shorter breaths)' },
    done: 'Done',
    ready: 'Ready',
    finished: 'Finished',
    left: (time: string) => `${time} left`,
    pause: 'Pause',
    resume: 'Resume',
    startAgain: 'Start again',
    start: 'Start',
    stop: 'Stop',
  },
};

export type FrameBreathingWords = Words<typeof en>;
