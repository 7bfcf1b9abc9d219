// Search: a reader types a word and lands on the right guide, section or
// exercise. Runs against the built site, with Pagefind's real index.
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { violations } from './support/axe';

// The first search compiles Pagefind's WebAssembly; on a busy machine that can
// take longer than the default five seconds of waiting.
const expect = baseExpect.configure({ timeout: 15_000 });

/** Top-level results only (a result's sections are a nested list). */
function results(scope: Page | Locator): Locator {
  return scope.getByRole('list', { name: 'Search results' }).locator(':scope > li');
}

/** The link in a result's heading: the page itself. */
function pageLink(result: Locator): Locator {
  return result.getByRole('heading').getByRole('link');
}

function sectionLinks(result: Locator): Locator {
  return result.getByRole('list', { name: /^Sections of / }).getByRole('link');
}

/** Fails the test on any Content-Security-Policy violation or script error. */
function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The path of every request the page makes from now on. */
function requestedPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}

async function searchPage(page: Page, q: string) {
  await page.goto(`search/?q=${encodeURIComponent(q)}`);
  await expect(page.getByRole('status')).toHaveText(/results? for|No results/);
}

// Where a word should land: a guide (its h1 on screen), a section of it, or an
// exercise (its own page, or its place inside its guide).
type Target = { word: string; guide: string; anchor?: string } | { word: string; exercise: string; guide: string };

/** Searches again on the search page already open, where Pagefind has loaded. */
async function searchAgain(page: Page, q: string) {
  await page.getByRole('searchbox').fill(q);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`(results? for|No results for) “${q}”`));
}

/** The link to the target among the first two results. */
async function findTarget(page: Page, target: Target): Promise<Locator> {
  const top = results(page);
  await expect(top.first()).toBeVisible();
  let link: Locator | undefined;
  for (const result of (await top.all()).slice(0, 2)) {
    const href = (await pageLink(result).getAttribute('href')) ?? '';
    const candidates: Locator[] = [];
    if ('exercise' in target) {
      if (href.endsWith(`/exercises/${target.exercise}/`)) candidates.push(pageLink(result));
      if (href.endsWith(`/guides/${target.guide}/`)) candidates.push(sectionLinks(result).and(page.locator(`[href$="#${target.exercise}"]`)));
    } else if (href.endsWith(`/guides/${target.guide}/`)) {
      candidates.push(target.anchor ? sectionLinks(result).and(page.locator(`[href$="#${target.anchor}"]`)) : pageLink(result));
    }
    for (const candidate of candidates) if (!link && (await candidate.count()) === 1) link = candidate;
  }
  expect(link, `no link to ${JSON.stringify(target)} in the first two results`).toBeDefined();
  return link!;
}

/** A result link's address, whole, as a click on it would open it. */
async function hrefOf(link: Locator, page: Page): Promise<string> {
  return new URL((await link.getAttribute('href'))!, page.url()).href;
}

/** Where the page has landed is on screen: the #section, or the page's title. */
async function expectLandedOnScreen(page: Page) {
  const hash = new URL(page.url()).hash;
  const landing = hash ? page.locator(`[id="${hash.slice(1)}"]`).first() : page.getByRole('heading', { level: 1 });
  await expect(landing).toBeInViewport();
}

/** Finds the target among the first two results, follows it, and checks it is on screen. */
async function followTarget(page: Page, target: Target) {
  const link = await findTarget(page, target);
  const href = await hrefOf(link, page);
  await link.click();
  await expect(page).toHaveURL(href);
  await expectLandedOnScreen(page);
}

test('"boundaries" puts the boundaries guide first, with its exercise among the sections', async ({ page }) => {
  const errors = watchForErrors(page);
  await searchPage(page, 'boundaries');
  const first = results(page).first();
  await expect(pageLink(first)).toHaveAttribute('href', /\/guides\/boundaries\/$/);
  const exercise = sectionLinks(first).and(page.locator('[href$="/guides/boundaries/#boundary-scripts"]'));
  await expect(exercise).toHaveCount(1);

  await exercise.click();
  await expect(page).toHaveURL(/\/guides\/boundaries\/#boundary-scripts$/);
  await expect(page.locator('[id="boundary-scripts"]').first()).toBeInViewport();
  expect(errors).toEqual([]);
});

test('"craving" finds the guide on loneliness and cravings', async ({ page }) => {
  await searchPage(page, 'craving');
  const first = results(page).first();
  await expect(pageLink(first)).toHaveAttribute('href', /\/guides\/loneliness-and-cravings\/$/);
  await expect(first.getByText('Guide', { exact: true })).toBeVisible();
  await pageLink(first).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why loneliness can set off cravings');
});

test('"ladder" finds the exposure ladder exercise', async ({ page }) => {
  // The guide's title carries "ladder" too, so either may come first; the
  // exercise must be reachable from the first two results.
  await searchPage(page, 'ladder');
  await followTarget(page, { word: 'ladder', exercise: 'exposure-ladder', guide: 'gradual-exposure' });
  await expect(page.getByRole('heading', { name: 'My exposure ladder' }).first()).toBeInViewport();
});

test('the topic and type filters narrow the results, and the address keeps them', async ({ page }) => {
  await searchPage(page, 'craving');
  const guide = page.getByRole('link', { name: 'Why loneliness can set off cravings' });
  await expect(guide).toBeVisible();
  const before = await results(page).count();

  // That guide is about loneliness in recovery and setbacks, not purpose.
  await page.getByLabel('Topic').selectOption('Purpose and routine');
  await expect(page.getByRole('status')).toContainText('topic Purpose and routine');
  await expect(guide).toBeHidden();
  expect(await results(page).count()).toBeLessThan(before);
  await expect(page).toHaveURL(/[?&]topic=Purpose\+and\+routine/);

  await page.getByLabel('Topic').selectOption('Loneliness and recovery');
  await expect(guide).toBeVisible();
  await page.getByLabel('Show').selectOption('Exercise');
  await expect(page.getByRole('status')).toContainText('exercises only');
  await expect(guide).toBeHidden();
  const kinds = await results(page).locator('.search-result-kind').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  for (const kind of kinds) expect(kind).toMatch(/^Exercise/);

  // The address can be shared: opening it shows the same search.
  await page.reload();
  await expect(page.getByLabel('Topic')).toHaveValue('Loneliness and recovery');
  await expect(page.getByLabel('Show')).toHaveValue('Exercise');
  await expect(page.getByRole('searchbox')).toHaveValue('craving');
});

test('/search/?q=trust shows results on load', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('search/?q=trust');
  await expect(page.getByRole('searchbox')).toHaveValue('trust');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “trust”/);
  await expect(pageLink(results(page).first())).toHaveAttribute('href', /\/guides\/rebuilding-trust\/$/);
  expect(errors).toEqual([]);
});

test('the search page opens ready to type, and loads search code only once it is used', async ({ page }) => {
  const errors = watchForErrors(page);
  const requested = requestedPaths(page);
  await page.goto('search/');
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('searchbox')).toBeFocused();
  expect(requested.filter((p) => p.includes('/pagefind/') || /\/_astro\/(page|ui)\./.test(p))).toEqual([]);

  await page.keyboard.type('trust');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “trust”/);
  await expect(pageLink(results(page).first())).toHaveAttribute('href', /\/guides\/rebuilding-trust\/$/);
  await expect(page).toHaveURL(/\/search\/\?q=trust$/);
  expect(errors).toEqual([]);
});

test('what is typed or chosen while the search code is still on its way is searched when it arrives', async ({ page }) => {
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/page\.[^/]*\.js$/, async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto('search/');
  await page.getByRole('searchbox').fill('craving');
  await page.getByLabel('Show').selectOption('Guide');
  // Nothing has searched yet: the address is still the bare page.
  await expect(results(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/search\/$/);
  release();
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “craving” \(guides only\)/);
  await expect(pageLink(results(page).first())).toHaveAttribute('href', /\/guides\/loneliness-and-cravings\/$/);
});

test('no results suggests topics and links to Help now', async ({ page }) => {
  await searchPage(page, 'xylophone');
  await expect(page.getByRole('status')).toHaveText(/^No results for “xylophone”/);
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'go to Help now' })).toBeVisible();

  await page.getByRole('link', { name: 'Loneliness and recovery' }).click();
  await expect(page.getByRole('status')).toContainText('topic Loneliness and recovery');
  await expect(page.getByRole('link', { name: 'Why loneliness can set off cravings' })).toBeVisible();
  // With no words typed, a topic lists its guides first, in course order.
  await expect(pageLink(results(page).first())).toHaveText('Why loneliness can set off cravings');
  await expect(page.getByRole('link', { name: 'go to Help now' })).toBeHidden();
});

test('a guide page requests no search files until search is opened', async ({ page }) => {
  const errors = watchForErrors(page);
  const requested = requestedPaths(page);
  await page.goto('guides/loneliness-and-cravings/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  expect(requested.filter((p) => /\/_astro\/(dialog|ui)\./.test(p))).toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox').fill('craving');
  await expect(dialog.getByRole('status')).toContainText('for “craving”');
  expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  // Pagefind's WebAssembly and worker run under the site's CSP without a violation.
  expect(errors).toEqual([]);
});

test('the search dialog works by keyboard alone', async ({ page }) => {
  await page.goto('guides/loneliness-and-cravings/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const button = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search' });

  // "/" opens it with the cursor in the search field.
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('ally');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ results? for “ally”/);

  // Tab stays inside the dialog, all the way round.
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);

  // Escape closes it and focus goes back to the header's Search button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // Enter on the button opens it again; the last search is still there.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toHaveValue('ally');
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();

  // Ctrl+K opens it from anywhere; arrow keys reach a result; Enter follows it.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+k');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('recovery ally');
  await expect(dialog.getByRole('status')).toContainText('for “recovery ally”');
  await page.keyboard.press('ArrowDown');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('href', /./);
  const href = (await focused.getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new URL(href, page.url()).href);
});

test('a section of the page being read: the dialog closes and the section scrolls into view', async ({ page }) => {
  await page.goto('guides/loneliness-and-cravings/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox').fill('spread support');
  const section = dialog.getByRole('link', { name: 'Spread your support around' });
  await section.click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#spread-your-support-around$/);
  await expect(page.getByRole('heading', { name: 'Spread your support around' })).toBeInViewport();
});

test('"Show more results" adds the next results and moves focus to them', async ({ page }) => {
  await searchPage(page, 'you');
  await expect(results(page)).toHaveCount(10);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results(page).nth(10)).toBeVisible();
  await expect(pageLink(results(page).nth(10))).toBeFocused();
});

test('without JavaScript the header link still leads to the search page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('guides/loneliness-and-cravings/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  // The form still produces the linkable address (the page's <noscript> note
  // explains the rest; Playwright's no-JavaScript mode does not render it).
  await page.getByRole('searchbox').fill('trust');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=trust&topic=&type=$/);
  await context.close();
});

// The words a reader is most likely to type, and where each should land, in
// the first or second result.

const LIKELY_WORDS: Target[] = [
  { word: 'boundaries', guide: 'boundaries', anchor: 'boundary-scripts' },
  { word: 'craving', guide: 'loneliness-and-cravings' },
  { word: 'loneliness', guide: 'loneliness-and-cravings' },
  { word: 'trust', guide: 'rebuilding-trust' },
  { word: 'ladder', exercise: 'exposure-ladder', guide: 'gradual-exposure' },
  { word: 'exposure', guide: 'gradual-exposure' },
  { word: 'family', guide: 'reconnecting-with-family' },
  { word: 'listening', guide: 'active-listening' },
  { word: 'anxiety', guide: 'small-first-steps' },
  { word: 'feelings', guide: 'name-it-to-tame-it' },
  { word: 'self-compassion', guide: 'self-compassion' },
  { word: 'values', guide: 'purpose-and-values' },
  { word: 'purpose', guide: 'purpose-and-values' },
  { word: 'setback', guide: 'setback-plan' },
  { word: 'portfolio', guide: 'social-portfolio' },
  { word: 'gratitude', exercise: 'gratitude-and-wins', guide: 'self-compassion' },
  { word: 'forgiveness', exercise: 'self-forgiveness-mantra', guide: 'rebuilding-trust' },
  { word: 'letter', exercise: 'careful-letter', guide: 'reconnecting-with-family' },
  { word: 'warning signs', exercise: 'isolation-warning-signs', guide: 'setback-plan' },
  { word: 'recovery ally', exercise: 'recovery-ally', guide: 'loneliness-and-cravings' },
  // People in recovery type it, though the guides mostly say "setback".
  { word: 'relapse', guide: 'setback-plan', anchor: 'a-setback-a-lapse-or-a-relapse' },
  { word: 'safety plan', exercise: 'safety-plan', guide: 'setback-plan' },
  { word: 'breathing', exercise: 'slow-breathing', guide: 'name-it-to-tame-it' },
  { word: 'mindfulness', guide: 'name-it-to-tame-it', anchor: 'breathe-slowly-for-a-minute-or-two' },
];

// One search page serves a run of words, so Pagefind loads once; each result
// opens in a second tab, as it would from a click, and must land on screen.
// Two runs, so the words share the workers.
const half = Math.ceil(LIKELY_WORDS.length / 2);
for (const words of [LIKELY_WORDS.slice(0, half), LIKELY_WORDS.slice(half)]) {
  test(`the most likely words land first or second, on screen: ${words.map((t) => `"${t.word}"`).join(', ')}`, async ({ page, context }) => {
    await page.goto('search/');
    const landing = await context.newPage();
    for (const target of words) {
      await test.step(`"${target.word}"`, async () => {
        await searchAgain(page, target.word);
        const link = await findTarget(page, target);
        await landing.goto(await hrefOf(link, page));
        await expectLandedOnScreen(landing);
      });
    }
  });
}

test.describe('accessibility', () => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const states: Record<string, (page: Page) => Promise<void>> = {
    'the search page with results': (page) => searchPage(page, 'boundaries'),
    'the no-results note': (page) => searchPage(page, 'xylophone'),
    'the open dialog with results': async (page) => {
      await page.goto('guides/loneliness-and-cravings/');
      await page.keyboard.press('/');
      await page.keyboard.type('craving');
      await expect(page.getByRole('dialog').getByRole('status')).toContainText('for “craving”');
    },
  };
  for (const [name, reach] of Object.entries(states)) {
    test(`${name} passes axe in light and dark mode`, async ({ page }) => {
      await reach(page);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await violations(page, { tags }), scheme).toEqual([]);
      }
    });
  }
});

// A reader in trouble types the word they know: Help now must come first, or
// for naloxone first or second, and open where the answer is. ("relapse" is
// among the likely words above.)
test('"crisis", "suicide", "988" and "overdose" each put Help now first', async ({ page, context }) => {
  await page.goto('search/');
  const landing = await context.newPage();
  for (const word of ['crisis', 'suicide', '988', 'overdose']) {
    await test.step(`"${word}"`, async () => {
      await searchAgain(page, word);
      const first = pageLink(results(page).first());
      await expect(first).toHaveAttribute('href', /\/help-now\/$/);
      await landing.goto(await hrefOf(first, page));
      await expect(landing.getByRole('heading', { level: 1 })).toHaveText('Help now');
    });
  }
});

test('"naloxone" lands on the overdose section, first or second', async ({ page }) => {
  await searchPage(page, 'naloxone');
  const hrefs = await results(page).evaluateAll((items) => items.slice(0, 2).map((li) => li.querySelector('h2 a, h3 a')?.getAttribute('href') ?? ''));
  expect(
    hrefs.some((h) => /\/help-now\/$/.test(h)),
    hrefs.join(' '),
  ).toBe(true);
  const helpNow = results(page)
    .filter({ has: page.locator('a[href$="/help-now/"]') })
    .first();
  await pageLink(helpNow).click();
  await expect(page.getByRole('heading', { name: 'Carry naloxone' })).toBeVisible();
});
