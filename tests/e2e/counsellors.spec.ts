// A counsellor finds an exercise, sends its link or a plan, and the client
// lands on it, fills it in and later prints a summary.
import { expect, test, type Page } from '@playwright/test';
import { awake } from './support/islands';

const ALLY = 'My recovery ally agreement';
const JOURNAL = 'Gratitude and small wins journal';
const COMPANY = 'What kind of company do I need?';

/** The page's own address for a copied absolute link, whatever SITE_URL the build used. */
function onThisServer(link: string, baseURL: string | undefined): string {
  const url = new URL(link);
  return new URL(`${url.pathname}${url.search}`, baseURL).href;
}

const card = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });

test.describe('with the clipboard allowed', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a copied library link opens the exercise on another device, where it saves', async ({ page, browser, baseURL }) => {
    await page.goto('exercises/');
    const ally = card(page, ALLY);
    await ally.getByRole('button', { name: `Copy link to ${ALLY}` }).click();
    await expect(ally.getByRole('status')).toHaveText('Link copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());

    // The absolute, canonical address of the exercise's own page (from the configured site URL).
    await page.goto('exercises/recovery-ally/');
    expect(copied).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
    expect(copied).toMatch(/^https?:\/\/.+\/exercises\/recovery-ally\/$/);

    // The client: a fresh browser with nothing saved.
    const client = await browser.newContext();
    const phone = await client.newPage();
    await phone.goto(onThisServer(copied, baseURL));
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText(ALLY);
    await awake(phone);
    await phone.getByLabel('Who is my ally?').fill('Ade');
    await expect(phone.getByText('Saved on this device.')).toBeVisible();
    await phone.reload();
    await expect(phone.getByLabel('Who is my ally?')).toHaveValue('Ade');
    await client.close();
  });
});

test('where copying is refused, the link is offered selected in a text field', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      get: () => ({ writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }),
    });
  });
  await page.goto('exercises/');
  await card(page, JOURNAL)
    .getByRole('button', { name: `Copy link to ${JOURNAL}` })
    .click();
  const field = page.getByLabel('Copying was not allowed. Select the link and copy it:');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/\/exercises\/gratitude-and-wins\/$/);
  expect(await field.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart!, el.selectionEnd!))).toBe(await field.inputValue());
});

test('the library filters by topic and time with the keyboard, and says how many match', async ({ page }) => {
  await page.goto('exercises/');
  // Hidden cards leave the accessibility tree, so this counts the cards shown.
  const items = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Print blank/ }) });
  const total = await items.count();
  const status = page.getByRole('status').filter({ hasText: /exercises|match/ });
  await expect(status).toHaveText(`Showing all ${total} exercises.`);

  const topic = page.getByLabel('Topic');
  await topic.focus();
  // "All topics" -> the first topic, "Loneliness and recovery".
  await page.keyboard.press('ArrowDown');
  await expect(topic).toHaveValue('loneliness-and-recovery');
  const shownByTopic = await items.count();
  expect(shownByTopic).toBeLessThan(total);
  expect(shownByTopic).toBeGreaterThan(0);
  await expect(status).toHaveText(`Showing ${shownByTopic} of ${total} exercises.`);
  for (const meta of await items.getByText(/^About \d+ min/).allTextContents()) {
    expect(meta).toContain('Loneliness and recovery');
  }

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Time needed')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // 5 minutes or less
  await expect(page).toHaveURL(/[?&]time=5/);
  const shownBoth = await items.count();
  await expect(status).toHaveText(shownBoth === 0 ? 'No exercises match.' : `Showing ${shownBoth} of ${total} exercises.`);
  for (const meta of await items.getByText(/^About \d+ min/).allTextContents()) {
    expect(Number(meta.match(/About (\d+) min/)![1])).toBeLessThanOrEqual(5);
  }

  // The filter is in the address, so a filtered library can be shared too.
  await page.reload();
  await expect(page.getByLabel('Topic')).toHaveValue('loneliness-and-recovery');
  await expect(status).toHaveText(shownBoth === 0 ? 'No exercises match.' : `Showing ${shownBoth} of ${total} exercises.`);
});

test('without JavaScript the library lists every exercise', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('exercises/?topic=feelings');
  await expect(page.getByLabel('Topic')).toBeHidden();
  // Counted through the accessibility tree, which leaves out anything hidden.
  const shown = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Print blank/ }) });
  const all = await page.locator('main li.card').count();
  expect(all).toBeGreaterThanOrEqual(20);
  await expect(shown).toHaveCount(all);
  await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
  await context.close();
});

test('without JavaScript a plan page does not claim to be reading the plan', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('plan/?e=recovery-ally');
  await expect(page.getByRole('heading', { name: 'Your plan', level: 1 })).toBeVisible();
  await expect(page.getByText('Reading your plan')).toBeHidden();
  await context.close();
});

test('a link to an exercise inside its guide brings it into view with focus on its heading', async ({ page }) => {
  await page.goto('exercises/');
  const link = card(page, COMPANY).getByRole('link', { name: 'Gradual exposure', exact: false });
  await link.click();
  await expect(page).toHaveURL(/\/guides\/gradual-exposure\/#companionship-needs$/);
  const heading = page.getByRole('heading', { name: COMPANY });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test('a plan of three: built in order, opened by the client, progress shows, answers print', async ({ page, browser, baseURL }) => {
  await page.goto('for-counsellors/');
  const pick = page.getByLabel('Exercise to add');
  for (const label of [`${JOURNAL} (2 min)`, `${ALLY} (10 min)`, `${COMPANY} (10 min)`]) {
    await pick.selectOption({ label });
    await page.getByRole('button', { name: 'Add to plan' }).click();
  }
  // Put the ally agreement first.
  await page.getByRole('button', { name: `Move “${ALLY}” up` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'moved to number 1 of 3' })).toBeAttached();
  const link = await page.getByLabel('Link to send').inputValue();
  expect(new URL(link).search).toBe('?e=recovery-ally,gratitude-and-wins,companionship-needs');

  const client = await browser.newContext();
  const phone = await client.newPage();
  await phone.goto(onThisServer(link, baseURL));
  const steps = phone
    .getByRole('list')
    .filter({ has: phone.getByRole('heading', { name: ALLY }) })
    .getByRole('listitem');
  await expect(steps.getByRole('heading')).toHaveText([ALLY, JOURNAL, COMPANY]);
  await expect(steps.getByText('Not started')).toHaveCount(3);
  await expect(phone.getByRole('button', { name: 'Print my answers for these exercises' })).toBeDisabled();

  // One exercise partly filled, one journal entry saved.
  await steps.getByRole('link', { name: ALLY }).click();
  await awake(phone);
  await phone.getByLabel('Who is my ally?').fill('Mina from my group');
  await expect(phone.getByText('Saved on this device.')).toBeVisible();
  await phone.goBack();
  await expect(steps.nth(0).getByText('Started')).toBeVisible();

  await steps.getByRole('link', { name: JOURNAL }).click();
  await awake(phone);
  await phone.getByLabel("One thing I'm grateful for today").fill('A long call with my sister');
  await phone.getByRole('button', { name: 'Save this entry' }).click();
  await phone.goto(onThisServer(link, baseURL));
  await expect(steps.nth(0).getByText('Started')).toBeVisible();
  await expect(steps.nth(1).getByText('Done')).toBeVisible();
  await expect(steps.nth(2).getByText('Not started')).toBeVisible();
  await expect(phone.getByText('3 exercises: 1 done, 1 started.')).toBeVisible();

  // The print-out: no site chrome, the answers, and the plan's link.
  await expect(phone.getByRole('button', { name: 'Print my answers for these exercises' })).toBeEnabled();
  await phone.emulateMedia({ media: 'print' });
  await expect(phone.getByRole('banner')).toBeHidden();
  await expect(phone.getByRole('contentinfo')).toBeHidden();
  const printout = phone.locator('.plan-print');
  await expect(printout).toBeVisible();
  await expect(printout).toContainText('Who is my ally?: Mina from my group');
  await expect(printout).toContainText("One thing I'm grateful for today: A long call with my sister");
  await expect(printout).toContainText(`Not started yet: ${COMPANY}.`);
  await expect(printout).toContainText(`Plan: ${link}`);
  await client.close();
});

test('a plan link with unknown or hostile items shows what it can and says what it left out', async ({ page }) => {
  await page.goto('plan/?e=recovery-ally,not-a-real-exercise,%3Cimg%20src%3Dx%3E,recovery-ally');
  await expect(page.getByRole('note')).toHaveText(/^2 items in this link are not exercises on this site, so they were left out\./);
  await expect(page.getByRole('heading', { level: 2, name: ALLY })).toBeVisible();
  await expect(page.locator('.plan-list > li')).toHaveCount(1);
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.getByText('not-a-real-exercise')).toHaveCount(0);

  await page.goto('plan/?e=nothing-here');
  await expect(page.getByRole('note')).toHaveText(/^One item in this link is not an exercise on this site/);
  await expect(page.getByText('This plan link has no exercises in it.')).toBeVisible();
});

test('printing an exercise hides the site and shows the exercise link', async ({ page }) => {
  await page.goto('exercises/recovery-ally/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByText(/^Online, saved on your own device: https?:\/\/.+\/exercises\/recovery-ally\/$/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Copy link/ })).toBeHidden();
});

test('a blank print-out stays blank even where answers are saved, and shows the link', async ({ page }) => {
  await page.goto('exercises/recovery-ally/');
  await awake(page);
  await page.getByLabel('Who is my ally?').fill('Sam');
  await page.getByLabel('What we do on a bad day').fill('Call Sam');
  await expect(page.getByText('Saved on this device.')).toBeVisible();

  await page.getByRole('link', { name: 'Print a blank copy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blank copy to print');
  await expect(page.getByRole('heading', { level: 2, name: ALLY })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
  await expect(page.getByLabel('Who is my ally?')).toHaveValue('');
  await expect(page.getByLabel('What we do on a bad day')).toHaveValue('');
  // Nothing on the page can change what is saved.
  await expect(page.getByRole('button', { name: /Clear my answers|Copy link/ })).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
  await expect(page.getByText(/^To fill this in online.*https?:\/\/.+\/exercises\/recovery-ally\/$/)).toBeVisible();
  await expect(page.getByText('Sam')).toHaveCount(0);

  // A journal's blank copy has an empty date box, not the day the site was built.
  await page.goto('exercises/gratitude-and-wins/print/');
  await expect(page.getByLabel('Date')).toHaveValue('');
  await expect(page.getByLabel("One thing I'm grateful for today")).toHaveValue('');
});

test('an exercise chosen in the plan builder before it has woken is the one added', async ({ page }) => {
  // Hold back the builder's code so the choice is made on the server-rendered list.
  await page.route('**/PlanBuilder*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('for-counsellors/');
  await page.getByLabel('Exercise to add').selectOption({ label: `${JOURNAL} (2 min)` });
  await page.getByRole('button', { name: 'Add to plan' }).click();
  await expect(page.getByLabel('Link to send')).toHaveValue(/\/plan\/\?e=gratitude-and-wins$/);
});
