// The byte budgets of "Budgets" in ARCHITECTURE.md and the page types they are
// held on: one list for the budget test (tests/e2e/budgets.spec.ts) and for
// `npm run bench`, so the two cannot disagree. Timings are not here: they are
// noisy, and live in the bench alone. Node runs this file as it is
// (bench/run.mjs), so it holds only syntax Node can strip.
export const KB = 1024;

/**
 * JavaScript, gzip, on a page without exercises: the header's shortcuts and
 * quick exit, Help now's country guess. ARCHITECTURE says 2 KB. That figure
 * was met by rewriting the bundler's output (lazy-chunk.ts), which issue 18
 * removed: every page whose script uses import() (the header's, to open
 * search) now also loads Vite's preload helper, 0.9 KB that Vite cannot
 * leave out (vitejs/vite#18551). 3 KB holds these pages to what idiomatic
 * code needs, about 5 ms more on slow 4G and never before the first paint;
 * the closing note of issue 18 asks the owner to confirm it. Issue 19 adds
 * 0.1 KB that must run before anything else: holding back the browser's
 * unasked install banner, and starting the offline worker once the page has
 * loaded (JS_IDLE below is what that then loads). Issue 21 adds 0.2 KB: the
 * language switch that keeps the reader's section (lang-switch.ts), and the
 * quick exit's hint counted in the page's language (Intl.PluralRules).
 */
export const JS_NO_EXERCISE = 3.3 * KB;
/**
 * JavaScript, gzip, counted once every exercise on the page has woken, where
 * they are all simple worksheets. ARCHITECTURE says 25 KB. The passcode lock
 * (issue 20) needs every exercise to look for a lock and wait for it before
 * reading answers: about 0.5 KB more on the fullest worksheet page (25.5 KB), after
 * the lock's own code, the unlock form and "Lock now" were moved behind
 * import() so that only readers who set a passcode load them. 26 KB keeps the
 * safety plan lockable; about 10 ms on slow 4G. The closing note of issue 20
 * asks the owner to confirm it. Issue 21 moves every word into a catalogue
 * per language (src/i18n/widgets): 1.5 KB of the frame's words, and chunks
 * split finer around the modules that fetch the Spanish words, make the
 * return visit 28.5 KB and the Spanish page 28.1 KB. 29 KB holds both
 * editions; the closing note of issue 21 asks the owner to confirm it.
 */
export const JS_WORKSHEETS = 29 * KB;
/**
 * The same, on a page with a widget (the ladder, the check-in, the portfolio,
 * My workbook, a plan). ARCHITECTURE says 40 KB. With the words in
 * catalogues (issue 21) the check-in, the fullest, is 44.8 KB: its word
 * lists, its help note's lines in two languages' patterns, and the words of
 * views that used to come with their code on demand. 46 KB holds the English
 * edition; the closing note of issue 21 asks the owner to confirm it.
 */
export const JS_WIDGET = 46 * KB;
/**
 * What a Spanish page may add to its English twin's budget: its widgets'
 * Spanish words, fetched as well as the English ones their code is built
 * with (src/i18n/widgets/words.ts). A widget's are the most, the check-in's
 * 7 KB (51.8 KB in all); a worksheet's about 1.3 KB (29.8 KB on a return
 * visit). Loading the English words on demand too would take them off
 * Spanish pages, at one more round trip before an English exercise wakes;
 * the closing note of issue 21 asks the owner to choose.
 */
export const SPANISH_WORDS = { widget: 7.5 * KB, worksheets: 1.5 * KB };
/**
 * The offline worker's registration and update notice (workbox-window, about
 * 2.4 KB gzip; src/components/layout/offline.ts), held apart from the budgets
 * above: it loads on every page only once the page has loaded and the browser
 * is idle, so it is never part of what a reader waits for, and it is one
 * unchanging file that the cache then serves. Issue 19 asks for
 * workbox-window; the closing note of issue 19 asks the owner to confirm.
 */
export const JS_IDLE = 3 * KB;
/** The scripts counted under JS_IDLE, by their built file name. */
export const IDLE_SCRIPT = /\/_astro\/offline\.[\w-]+\.js$/;
/**
 * What the offline worker downloads after a reader's first visit: the whole
 * site, gzip as a host sends it. About 0.8 MB now, less than one photo. Past
 * this, precaching everything would cost prepaid data: precache the core
 * (home, Help now, the guides, the workbook, search) and cache the rest on
 * first use instead, as issue 19 says.
 */
export const PRECACHE_WIRE = 1024 * KB;
/**
 * The HTML of any page, gzip: about one round trip. ARCHITECTURE says 14 KB;
 * the language switch, the other edition's address for search engines and
 * the frame's words for its scripts add 0.4 KB to every page, and the
 * safety plan's guide is 14.3 KB. Spanish runs about a tenth longer than
 * English: its longest guide is 15.5 KB, under HTML_SPANISH. Both need the
 * owner's word (closing note of issue 21).
 */
export const HTML = 14.5 * KB;
export const HTML_SPANISH = 16 * KB;
/** The CSS, gzip, in one file. */
export const CSS = 10 * KB;
export const CSS_FILES = 1;

export interface PageType {
  type: string;
  /** The edition: a Spanish page type is its English twin under es/. */
  lang?: 'en' | 'es';
  /** Relative to the site's base URL. */
  path: string;
  js: number;
  /** Measured on a second visit, after an answer was typed and saved on the first. */
  returning?: boolean;
}

export const PAGES: readonly PageType[] = [
  { type: 'home', path: '', js: JS_NO_EXERCISE },
  { type: 'text page, no exercise (Help now)', path: 'help-now/', js: JS_NO_EXERCISE },
  // Search code loads only once search is opened, so the page itself is a page without exercises.
  { type: 'search page', path: 'search/', js: JS_NO_EXERCISE },
  { type: 'exercise library', path: 'exercises/', js: JS_NO_EXERCISE },
  { type: 'guide with worksheets', path: 'guides/loneliness-and-cravings/', js: JS_WORKSHEETS },
  // Saved answers are checked before they are shown, and the code that checks
  // them (the kind's schema and what it needs) is fetched only when there is
  // something to check: this visit counts it.
  { type: 'guide with worksheets, return visit with an answer saved', path: 'guides/loneliness-and-cravings/', js: JS_WORKSHEETS, returning: true },
  { type: 'guide with the safety plan', path: 'guides/setback-plan/', js: JS_WORKSHEETS },
  { type: 'exercise page (a worksheet)', path: 'exercises/recovery-ally/', js: JS_WORKSHEETS },
  { type: 'guide with the ladder', path: 'guides/gradual-exposure/', js: JS_WIDGET },
  { type: 'guide with the check-in', path: 'guides/name-it-to-tame-it/', js: JS_WIDGET },
  { type: 'guide with the portfolio', path: 'guides/social-portfolio/', js: JS_WIDGET },
  { type: 'My workbook', path: 'workbook/', js: JS_WIDGET },
  // As a counsellor sends it: with no list in its address the page only says the link is empty.
  { type: 'plan page', path: 'plan/?e=recovery-ally,exposure-ladder,social-portfolio', js: JS_WIDGET },
];

/**
 * The page types again in the Spanish edition, held to the same budgets plus
 * their Spanish words: those with exercises, and Help now. The others carry
 * the same scripts as their twins and less text than Help now.
 */
export const SPANISH_PAGES: readonly PageType[] = PAGES.filter((p) => p.js !== JS_NO_EXERCISE || p.path === 'help-now/').map((p) => ({
  ...p,
  type: `${p.type}, in Spanish`,
  path: `es/${p.path}`,
  lang: 'es',
  js: p.js + (p.js === JS_WIDGET ? SPANISH_WORDS.widget : p.js === JS_WORKSHEETS ? SPANISH_WORDS.worksheets : 0),
}));
