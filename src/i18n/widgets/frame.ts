// The words of every exercise's frame and of the worksheets (see words.ts).
import { en } from './en/frame';
import { NEEDS_SPANISH, areaWords } from './words';

export type { FrameWords } from './en/frame';
export { en as frameEn };

const es = NEEDS_SPANISH ? (await import('./es/frame')).es : undefined;

export const { use: useFrameWords, in: frameWordsIn } = areaWords(en, es);
