// The Spanish edition as a Spanish-speaking reader meets it: a whole journey
// in Spanish, answers shared with the English pages, the language switch that
// keeps the reader's place, and no English left in the frame or the widgets.
import { expect, test, type Page } from '@playwright/test';
import { awake, wakeAll } from './support/islands';
import { violations } from './support/axe';
import { builtPages } from './support/site';
import { en as siteEn } from '../../src/i18n/en';

/** Waits for the exercise's island: it wakes when scrolled into view. */
async function ready(page: Page, exercise: string) {
  const island = page.locator(`[data-exercise="${exercise}"]`);
  await island.scrollIntoViewIfNeeded();
  await awake(island);
}

test('a Spanish reader reads a guide, builds a ladder, searches "límites" and opens Ayuda ahora', async ({ page }) => {
  test.slow();
  await page.goto('es/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Guías' }).click();
  await page.getByRole('link', { name: 'Exposición gradual: una escalera para volver a la gente' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exposición gradual: una escalera para volver a la gente');
  await expect(page.getByRole('heading', { name: 'En pocas palabras' })).toBeVisible();

  // The ladder, in Spanish from its labels to what it announces.
  await ready(page, 'exposure-ladder');
  await page.getByLabel('Mi meta para esta escalera').fill('Ir a una reunión y hablar con alguien');
  for (const [what, level] of [
    ['Sentarme atrás en una reunión', '50'],
    ['Mandarle un mensaje a Samuel', '15'],
  ]) {
    await page.getByLabel('Lo que vas a hacer').fill(what!);
    await page.getByLabel('Nivel de miedo esperado, de 0 a 100').fill(level!);
    await page.getByRole('button', { name: 'Agregar paso' }).click();
  }
  const ladder = page.getByRole('list', { name: 'Tu escalera, del paso más fácil al más difícil' });
  await expect(ladder.getByRole('button', { name: /^Paso \d+:/ })).toHaveText(['Paso 1: Mandarle un mensaje a Samuel', 'Paso 2: Sentarme atrás en una reunión']);
  await expect(page.getByRole('region', { name: 'Tu próximo paso' })).toContainText('Mandarle un mensaje a Samuel');
  await expect(page.locator('[data-exercise="exposure-ladder"] .save-status')).toHaveText('Guardado en este dispositivo.');
  expect(await violations(page), 'the filled-in ladder').toEqual([]);
  await page.reload();
  await ready(page, 'exposure-ladder');
  await expect(page.getByRole('list', { name: 'Tu escalera, del paso más fácil al más difícil' }).getByRole('button', { name: /^Paso \d+:/ })).toHaveCount(2);

  // Search finds Spanish pages by Spanish words.
  await page.getByRole('button', { name: 'Buscar' }).click();
  const dialog = page.getByRole('dialog', { name: 'Buscar' });
  await dialog.getByLabel('Buscar en guías y ejercicios').fill('límites');
  await expect(dialog.getByRole('status')).toHaveText(/resultados? para «límites»/);
  const first = dialog.getByRole('list', { name: 'Resultados de la búsqueda' }).getByRole('listitem').first();
  await expect(first.getByRole('heading')).toHaveText('Límites que protegen tu recuperación');
  await expect(first.getByRole('link').first()).toHaveAttribute('href', /\/es\/guides\/boundaries\//);
  await dialog.getByRole('button', { name: 'Cerrar' }).click();

  // Ayuda ahora: the lines that answer in Spanish come first.
  await page.getByRole('link', { name: 'Ayuda ahora' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ayuda ahora');
  const spanish = page.getByRole('region', { name: 'Líneas que atienden en español' });
  await expect(page.locator('main h2').first()).toHaveText('Líneas que atienden en español');
  await expect(spanish.getByRole('link', { name: 'Llama al 988 y marca 2' })).toHaveAttribute('href', 'tel:988');
  await expect(spanish.getByRole('link', { name: 'Envía AYUDA al 988' })).toHaveAttribute('href', 'sms:988?&body=AYUDA');
  await expect(spanish.getByRole('link', { name: 'Llama al 1-800-662-4357' })).toHaveAttribute('href', 'tel:18006624357');
});

test('search in Spanish lands "antojo" and "ansias de consumir" on loneliness and cravings', async ({ page }) => {
  for (const q of ['antojo', 'ansias de consumir']) {
    await page.goto(`es/search/?q=${encodeURIComponent(q)}`);
    const first = page.getByRole('list', { name: 'Resultados de la búsqueda' }).getByRole('listitem').first();
    await expect(first.getByRole('heading')).toHaveText('Por qué la soledad puede despertar las ansias de consumir');
  }
  // And the English search still finds only English pages.
  await page.goto('search/?q=boundaries');
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
  await expect(first.getByRole('link').first()).toHaveAttribute('href', /^\/guides\/boundaries\//);
});

test('an answer written on the English page shows, in Spanish, on the Spanish page of the same exercise', async ({ page }) => {
  await page.goto('exercises/recovery-ally/');
  await ready(page, 'recovery-ally');
  await page.getByLabel('Who is my ally?').fill('Rosa');
  await page.getByRole('radio', { name: 'Once a week' }).check();
  await expect(page.locator('.save-status')).toHaveText('Saved on this device.');

  await page.goto('es/exercises/recovery-ally/');
  await ready(page, 'recovery-ally');
  await expect(page.getByLabel('¿Quién es mi persona aliada?')).toHaveValue('Rosa');
  await expect(page.getByRole('radio', { name: 'Una vez por semana' })).toBeChecked();
  // A change made in Spanish is the same answer in English.
  await page.getByRole('radio', { name: 'Cada dos semanas' }).check();
  await expect(page.locator('.save-status')).toHaveText('Guardado en este dispositivo.');
  await page.goto('exercises/recovery-ally/');
  await ready(page, 'recovery-ally');
  await expect(page.getByRole('radio', { name: 'Every two weeks' })).toBeChecked();

  // My workbook lists it in Spanish too.
  await page.goto('es/workbook/');
  await expect(page.getByRole('main')).toContainText('Cada dos semanas');
});

test('the language switch keeps the reader on the same guide and section, both ways', async ({ page }) => {
  await page.goto('guides/boundaries/#saying-no-kindly');
  const toSpanish = page.getByRole('link', { name: /Español/ });
  await expect(toSpanish).toHaveAttribute('hreflang', 'es');
  await toSpanish.click();
  await expect(page).toHaveURL(/\/es\/guides\/boundaries\/#decir-que-no-con-amabilidad$/);
  await expect(page.getByRole('heading', { name: 'Decir que no con amabilidad' })).toBeInViewport();

  // A section chosen from the page's contents is kept too.
  await page.getByRole('navigation', { name: 'En esta página' }).getByRole('link', { name: 'Prepara tus palabras' }).click();
  await page.getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/guides\/boundaries\/#plan-your-words-ahead$/);
  await expect(page.getByRole('heading', { name: 'Plan your words ahead' })).toBeInViewport();

  // An exercise keeps its id in both languages.
  await page.goto('es/guides/boundaries/#boundary-scripts');
  await page.getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/guides\/boundaries\/#boundary-scripts$/);
});

test('every page has its counterpart, named for search engines in both languages', async ({ request }) => {
  const pages = builtPages();
  const english = pages.filter((p) => !p.startsWith('es/'));
  const spanish = new Set(pages.filter((p) => p.startsWith('es/')));
  expect(english.filter((p) => !spanish.has(`es/${p}`))).toEqual([]);
  expect(spanish.size).toBe(english.length);
  for (const path of ['', 'guides/boundaries/', 'exercises/recovery-ally/']) {
    for (const [lang, at] of [
      ['en', path],
      ['es', `es/${path}`],
    ] as const) {
      const html = await (await request.get(at)).text();
      expect(html, at).toContain(`<html lang="${lang}"`);
      expect(html, at).toMatch(new RegExp(`<link rel="alternate" hreflang="en" href="[^"]*/${path}"`));
      expect(html, at).toMatch(new RegExp(`<link rel="alternate" hreflang="es" href="[^"]*/es/${path}"`));
    }
  }
});

/** The frame's English words: a Spanish page should show none of them. */
const ENGLISH_FRAME = (Object.values(siteEn.site) as unknown[]).filter((v): v is string => typeof v === 'string' && /\w \w/.test(v));

test('a Spanish page shows no English in its frame or its widgets, once every widget has woken', async ({ page }) => {
  test.slow();
  for (const path of [
    'es/',
    'es/guides/social-portfolio/',
    'es/guides/name-it-to-tame-it/',
    'es/guides/gradual-exposure/',
    'es/workbook/',
    'es/for-counsellors/',
    'es/plan/?e=recovery-ally,exposure-ladder',
    'es/help-now/',
    'es/search/?q=xyzzy',
  ]) {
    await page.goto(path);
    await wakeAll(page);
    const chrome = await page.evaluate(() => {
      const parts = [...document.querySelectorAll('.site-header, .site-footer, astro-island, [data-search], .skip-link')];
      const attrs = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].map((el) =>
        ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? '').join(' '),
      );
      return [...parts.map((p) => (p as HTMLElement).innerText), ...attrs].join('\n');
    });
    const english = ENGLISH_FRAME.filter((s) => chrome.includes(s));
    expect(english, path).toEqual([]);
    // The site-wide walk checks Spanish pages as served; here their widgets are awake.
    expect(await violations(page), path).toEqual([]);
    // Common English words of the widgets, whole: none belongs in a Spanish page's controls.
    const words = chrome.match(/\b(?:Save|Saved|Delete|Print|Copy link|Add|Remove|Undo|Clear|Your|Step \d|Back up|Restore|Search results|Lock)\b.{0,30}/g) ?? [];
    expect(words, path).toEqual([]);
  }
});
