// How the widgets get their words. Each area (frame, ladder, name-it, …) has
// an English file in en/ and a Spanish one in es/, typed against the English
// with Words<>, so a missing or extra key fails `astro check`. Its module
// beside this one (frame.ts, ladder.ts, …) bundles the English with the
// widget, and fetches the Spanish with import() only on a Spanish page, before
// any island there wakes (a top-level await): English readers download no
// Spanish, and Spanish readers never see an English label flash first.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../languages';

/** A catalogue's shape without its English words: every string becomes `string`. */
export type Words<T> = T extends string ? string : T extends (...args: infer A) => string ? (...args: A) => string : { -readonly [K in keyof T]: Words<T[K]> };

/** The server renders both languages; a browser needs only its page's. */
export const NEEDS_SPANISH = import.meta.env.SSR || document.documentElement.lang === 'es';

/** The page's language, given to each island as a prop and passed down to its widgets. */
export const LangContext = createContext<Lang>('en');

export const useLang = () => useContext(LangContext);

/**
 * An area's words: `use()`, a hook, in the island's language; `in(lang)`
 * for code outside components, such as a kind's summary.
 */
export function areaWords<T>(en: T, es: T | undefined) {
  const pick = (lang: Lang) => (lang === 'es' && es ? es : en);
  return { use: () => pick(useLang()), in: pick };
}
