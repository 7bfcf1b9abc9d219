// Safety, as a reader in trouble meets it: the lines of their own country on
// Help now, the overdose section wherever use comes up, the safety plan, and a
// check-in that answers the darkest words with help in place.
import { expect, test, type Page } from '@playwright/test';
import { COUNTRY_CODES } from '../../src/lib/country';
import { COUNTRIES, HELPLINES, contactHref, contactText, emergencyText, linesFor } from '../../src/lib/helplines';
import { expectAccessible } from './support/axe';
import { awake } from './support/islands';

const OVERDOSE = 'Overdose: staying alive if you use opioids';

const countrySection = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Opens an exercise's own page and waits for it to wake, as it does once scrolled to. */
async function openExercise(page: Page, path: string, name: string) {
  await page.goto(path);
  const exercise = page.getByRole('region', { name });
  await exercise.scrollIntoViewIfNeeded();
  await awake(page);
  return exercise;
}

test.describe('Help now', () => {
  test.use({ timezoneId: 'Europe/London' });

  test('shows every country’s lines from the data, each with how to reach it and when it was checked', async ({ page }) => {
    await page.goto('help-now/');
    for (const code of COUNTRY_CODES) {
      const section = countrySection(page, COUNTRIES[code].name);
      await expect(section).toBeVisible();
      await expect(section.getByText(/^Emergency:/)).toContainText(emergencyText(COUNTRIES[code]));
      for (const line of linesFor(code)) {
        const entry = section.locator('.helpline').filter({ has: page.getByRole('heading', { name: line.name, exact: true }) });
        await expect(entry).toContainText(line.about);
        for (const c of line.contacts) await expect(entry.getByRole('link', { name: contactText(c), exact: true })).toHaveAttribute('href', contactHref(c));
        await expect(entry.getByText(/^Checked \d{1,2} \w+ \d{4} against/)).toBeVisible();
      }
    }
    // Every line in the data is on the page, and nothing else claims to be one.
    await expect(page.locator('.helpline h3')).toHaveCount(HELPLINES.length + 1);
    await expect(countrySection(page, 'Anywhere else').getByRole('link', { name: /findahelpline\.com/ })).toHaveAttribute('href', 'https://findahelpline.com/');
    // axe on the whole page runs in quality.spec.ts.
  });

  test('puts the reader’s likely country first, and any country is one tap away', async ({ page }) => {
    await page.goto('help-now/');
    await expect(page.getByText("United Kingdom comes first, going by this browser's settings.", { exact: false })).toBeVisible();
    const first = page.locator('#countries > section').first();
    await expect(first.getByRole('heading', { level: 2 })).toHaveText('United Kingdom');
    await expect(first.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
    await expect(first.getByRole('link', { name: 'Text SHOUT to 85258' })).toHaveAttribute('href', 'sms:85258?&body=SHOUT');

    await page.getByRole('navigation', { name: 'Lines where you are:' }).getByRole('link', { name: 'New Zealand' }).click();
    await expect(page).toHaveURL(/#lines-nz$/);
    await expect(page.getByRole('heading', { name: 'New Zealand', level: 2 })).toBeInViewport();
  });

  test.describe('in Canada', () => {
    test.use({ timezoneId: 'America/Toronto' });
    test('Canada comes first', async ({ page }) => {
      await page.goto('help-now/');
      await expect(page.locator('#countries > section').first().getByRole('heading', { level: 2 })).toHaveText('Canada');
    });
  });

  test.describe('somewhere we list no lines for', () => {
    test.use({ timezoneId: 'Europe/Berlin' });
    test('the directory of other countries comes first', async ({ page }) => {
      await page.goto('help-now/');
      await expect(page.locator('#countries > section').first().getByRole('heading', { level: 2 })).toHaveText('Anywhere else');
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('every country is listed, in a fixed order', async ({ page }) => {
      await page.goto('help-now/');
      await expect(page.locator('#countries > section h2')).toHaveText([...COUNTRY_CODES.map((c) => COUNTRIES[c].name), 'Anywhere else']);
    });
  });

  test('links to the safety plan and carries the overdose section', async ({ page }) => {
    await page.goto('help-now/');
    await expect(page.getByRole('heading', { name: OVERDOSE })).toBeVisible();
    await page.getByRole('link', { name: 'Make my safety plan' }).click();
    await expect(page).toHaveURL(/\/guides\/setback-plan\/#safety-plan$/);
    await expect(page.getByRole('heading', { name: 'My safety plan' })).toBeInViewport();
  });
});

test('the overdose section stands where use comes up, with naloxone, the signs and what to do', async ({ page }) => {
  for (const path of ['help-now/', 'guides/rebuilding-trust/', 'guides/loneliness-and-cravings/', 'guides/setback-plan/']) {
    await page.goto(path);
    const section = page.getByRole('region', { name: OVERDOSE });
    await expect(section, path).toBeVisible();
    await expect(section.getByRole('heading', { name: 'After a break, your body can take less' })).toBeVisible();
    await expect(section.getByRole('heading', { name: 'Carry naloxone' })).toBeVisible();
    await expect(section).toContainText('without a prescription');
    await expect(section.getByRole('heading', { name: 'Signs of an opioid overdose' })).toBeVisible();
    await expect(section.getByRole('listitem').filter({ hasText: 'recovery position' })).toBeVisible();
    await expect(section).toContainText('Fentanyl test strips');
    // Lines that stay on the phone come from the data, as tel: links.
    await expect(section.getByRole('link', { name: 'Call 1-888-688-6677' })).toHaveAttribute('href', 'tel:18886886677');
  }
});

test.describe('the safety plan', () => {
  test.use({ timezoneId: 'Europe/London' });

  const openPlan = (page: Page) => openExercise(page, 'exercises/safety-plan/', 'My safety plan');

  /** Adds a row to a list, waits for it to take focus, and types into it, as a reader would. */
  async function addRow(plan: ReturnType<Page['locator']>, group: string, button: string, text: string) {
    const list = plan.getByRole('group', { name: group });
    await list.getByRole('button', { name: button }).click();
    await expect(list.getByRole('textbox').last()).toBeFocused();
    await plan.page().keyboard.type(text);
  }

  test('starts with the lines for the reader’s country, saves what they write, and comes back after a reload', async ({ page }) => {
    const plan = await openPlan(page);
    const professionals = plan.getByRole('group', { name: '5. Professionals and crisis lines' });
    await expect(professionals.getByRole('textbox').first()).toHaveValue('Emergency: 999');
    await expect(professionals.getByRole('textbox', { name: 'Service and number 2' })).toHaveValue('Samaritans: Call 116 123');

    const signs = plan.getByRole('group', { name: '1. My warning signs' });
    await addRow(plan, '1. My warning signs', 'Add warning sign', 'Not sleeping for two nights');
    const reasons = plan.getByRole('group', { name: '7. My reasons for living, or what matters most to me' });
    await addRow(plan, '7. My reasons for living, or what matters most to me', 'Add reason', 'My niece Ada');
    // The reader's own change to a starting line keeps every other line.
    await professionals.getByRole('textbox', { name: 'Service and number 1' }).fill('Dr Osei: 020 7946 0000');
    await expect(plan.getByText('Saved on this device.')).toBeVisible();

    await page.reload();
    await awake(page);
    await expect(signs.getByRole('textbox', { name: 'Warning sign 1' })).toHaveValue('Not sleeping for two nights');
    await expect(reasons.getByRole('textbox', { name: 'Reason 1' })).toHaveValue('My niece Ada');
    await expect(professionals.getByRole('textbox', { name: 'Service and number 1' })).toHaveValue('Dr Osei: 020 7946 0000');
    await expect(professionals.getByRole('textbox', { name: 'Service and number 2' })).toHaveValue('Samaritans: Call 116 123');
    await expectAccessible(page, '[data-exercise]');
  });

  test('prints on one sheet, and as a wallet card', async ({ page }) => {
    const plan = await openPlan(page);
    for (const [group, add, text] of [
      ['1. My warning signs', 'Add warning sign', 'Pay day on my own'],
      ['2. Things I can do on my own to take my mind off it', 'Add thing i can do', 'Loud music and a hot shower'],
      ['3. People and places that help me feel better', 'Add person or place', 'The library café'],
      ['4. People I can ask for help', 'Add name and number', 'Sam, 07700 900123'],
      ['6. Making my surroundings safer', 'Add step', 'Spare tablets back to the pharmacy'],
      ['7. My reasons for living, or what matters most to me', 'Add reason', 'My dog, Biscuit'],
    ]) {
      await addRow(plan, group!, add!, text!);
    }
    await expect(plan.getByText('Saved on this device.')).toBeVisible();

    // The ordinary print: the plan alone, on one sheet of A4.
    await page.evaluate(() => (window.print = () => undefined));
    await plan.getByRole('button', { name: 'Print', exact: true }).click();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));

    // The card: only the answers, small, two panels to fold.
    await plan.getByRole('button', { name: 'Print a wallet-sized card' }).click();
    await page.emulateMedia({ media: 'print' });
    const card = page.locator('.wallet-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Pay day on my own');
    await expect(card).toContainText('Samaritans: Call 116 123');
    await expect(card).toContainText('My dog, Biscuit');
    await expect(plan.getByRole('textbox').first()).toBeHidden();
    const box = (await card.boundingBox())!;
    // 171 mm at 96 px to the inch: two credit-card widths.
    expect(box.width).toBeGreaterThan(640);
    expect(box.width).toBeLessThan(652);
    expect((await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });
});

test.describe('the check-in answers the darkest words', () => {
  const openCheckIn = (page: Page) => openExercise(page, 'exercises/name-it-to-tame-it/', 'Name it to tame it: a one-minute check-in');
  const scale = (page: Page, legend: string) => page.getByRole('group', { name: legend });
  const helpNow = (scope: ReturnType<Page['locator']>) => scope.getByRole('link', { name: 'Help now: free lines to call or text' });
  const safetyPlan = (scope: ReturnType<Page['locator']>) => scope.getByRole('link', { name: 'My safety plan' });

  test('"hopeless" at 7 or more brings Help now and the safety plan, without stopping the check-in', async ({ page }) => {
    const exercise = await openCheckIn(page);
    await page.getByRole('checkbox', { name: 'hopeless' }).check();
    await page.getByRole('button', { name: 'Next: how strong' }).click();
    await scale(page, 'How strong is “hopeless”?').getByRole('radio', { name: '6' }).check();
    await expect(helpNow(exercise)).toHaveCount(0);
    await scale(page, 'How strong is “hopeless”?').getByRole('radio', { name: '7' }).check();
    await expect(helpNow(exercise)).toBeVisible();
    await expect(safetyPlan(exercise)).toHaveAttribute('href', /\/guides\/setback-plan\/#safety-plan$/);
    await expect(exercise.getByText('That sounds very heavy, and you matter.')).toBeVisible();
    // Not a wall: the check-in goes on, and the help goes with it.
    await page.getByRole('button', { name: 'Next: say it' }).click();
    await expect(page.getByRole('heading', { name: 'Step 3 of 4: Say it' })).toBeFocused();
    await expect(helpNow(exercise)).toBeVisible();
    await expectAccessible(page, '[data-exercise]');
  });

  test('typed words about ending it bring help in place', async ({ page }) => {
    const exercise = await openCheckIn(page);
    await page.getByRole('checkbox', { name: 'tired' }).check();
    await page.getByRole('button', { name: 'Next: how strong' }).click();
    await page.getByRole('button', { name: 'Next: say it' }).click();
    await expect(helpNow(exercise)).toHaveCount(0);
    await page.getByLabel('Or write it in your own words').fill('Some days I just want to end it');
    await expect(helpNow(exercise)).toBeVisible();
    await expect(safetyPlan(exercise)).toBeVisible();
    await page.getByLabel('Or write it in your own words').fill('Some days I just want to rest');
    await expect(helpNow(exercise)).toHaveCount(0);
  });

  test('a feeling typed as "suicidal" brings help at once', async ({ page }) => {
    const exercise = await openCheckIn(page);
    await page.getByLabel('Find a feeling, or type your own').fill('suicidal');
    await page.keyboard.press('Enter');
    await expect(helpNow(exercise)).toBeVisible();
  });

  test('a craving of 8 or more brings help and the overdose section', async ({ page }) => {
    const exercise = await openCheckIn(page);
    await page.getByRole('checkbox', { name: 'restless' }).check();
    await page.getByRole('button', { name: 'Next: how strong' }).click();
    await scale(page, 'Is there a craving or urge? How strong?').getByRole('radio', { name: '8' }).check();
    await expect(helpNow(exercise)).toBeVisible();
    await expect(exercise.getByText('This craving or urge is strong.')).toBeVisible();
    await exercise.getByText('If you do use: how to stay safer from overdose').click();
    await expect(exercise.getByRole('heading', { name: OVERDOSE })).toBeVisible();
    await expect(exercise.getByRole('heading', { name: 'Carry naloxone' })).toBeVisible();
  });
});
