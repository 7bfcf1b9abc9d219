// The breathing timer's words, fetched with the timer itself (see words.ts).
import { en } from './en/frame-breathing';
import { NEEDS_SPANISH, areaWords } from './words';

export type { FrameBreathingWords } from './en/frame-breathing';

const es = NEEDS_SPANISH ? (await import('./es/frame-breathing')).es : undefined;

export const { use: useFrameBreathingWords } = areaWords(en, es);
