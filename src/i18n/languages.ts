// The site's languages. English lives at the root and Spanish under /es/
// (astro.config.mjs sets Astro's i18n routing to match). Exercise and guide
// ids are the same in both, so saved answers and counsellors' links work in
// either language.

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Each language named in itself, as the language switch shows it. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The page's language from Astro.currentLocale (or a <html lang>); English when unknown. */
export function langOf(locale: string | undefined | null): Lang {
  return isLang(locale) ? locale : DEFAULT_LANG;
}

/** The language of the page this code runs in (browser only). */
export function documentLang(): Lang {
  return langOf(document.documentElement.lang);
}

/** A site path in a language: "/guides/x/" is "/es/guides/x/" in Spanish. */
export function localePath(lang: Lang, path: string): string {
  const p = path.startsWith('/') ? path : `/${path}`;
  return lang === DEFAULT_LANG ? p : `/${lang}${p}`;
}

/** The language and the language-free path of a site path (without the base). */
export function splitLocale(path: string): { lang: Lang; path: string } {
  const match = /^\/([a-z]{2})(\/.*|$)/.exec(path);
  if (match && isLang(match[1]) && match[1] !== DEFAULT_LANG) return { lang: match[1], path: match[2] || '/' };
  return { lang: DEFAULT_LANG, path };
}

/**
 * getStaticPaths for a page under src/pages/[...lang]/: English has no
 * prefix (an undefined rest parameter is the root), Spanish gets "es".
 */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang: lang === DEFAULT_LANG ? undefined : lang }, props: { lang } }));
}
