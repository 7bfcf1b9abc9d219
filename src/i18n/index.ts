// The site's words in the page's language, for Astro components and pages.
import { en, type SiteText } from './en';
import { es } from './es';
import { langOf, localePath, splitLocale, type Lang } from './languages';
import { withBase } from '../lib/urls';

export type { Lang } from './languages';
export type { SiteText } from './en';

const TEXT: Record<Lang, SiteText> = { en, es };

export function siteText(lang: Lang): SiteText {
  return TEXT[lang];
}

/** Links to site paths in a language, with the base path: "/guides/" is "/reconnect/es/guides/". */
export const hrefIn = (lang: Lang) => (path: string) => withBase(localePath(lang, path));

/** A built page's site path with neither the base path nor the language, as both editions share it. */
export const sharedPath = (pathname: string) => splitLocale(pathname.slice(withBase('/').length - 1)).path;

/**
 * The language, words and link maker of the page being built, from Astro's
 * own `currentLocale` (astro.config.mjs sets the locales).
 */
export function pageLang(currentLocale: string | undefined) {
  const lang = langOf(currentLocale);
  return { lang, t: TEXT[lang], href: hrefIn(lang) };
}
