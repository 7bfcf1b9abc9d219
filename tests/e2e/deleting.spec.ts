// Every deletion asks first, in place, the same way: the question appears
// beside the button, "yes" takes focus, Escape or "keep" changes nothing and
// hands focus back to the button, and "yes" deletes. (Clearing an exercise,
// deleting check-ins and deleting everything are in workbook.spec.ts and
// name-it.spec.ts.)
import { expect, test, type Locator, type Page } from '@playwright/test';
import { newStep, type Attempt, type Step } from '../../src/workbook/kinds/ladder-logic';
import { awake } from './support/islands';

/** Asks, keeps with Escape, then asks again and answers yes. */
async function asksFirst(page: Page, button: Locator, question: string, yes: string) {
  await button.click();
  const asked = page.getByRole('group', { name: question });
  await expect(asked).toContainText(question);
  await expect(asked.getByRole('button', { name: yes })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(asked).toHaveCount(0);
  await expect(button).toBeFocused();

  await button.click();
  await asked.getByRole('button', { name: yes }).click();
  await expect(asked).toHaveCount(0);
}

async function seed(page: Page, path: string, key: string, data: unknown) {
  await page.goto(path);
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, JSON.stringify({ v: 1, updatedAt: '2026-11-20T10:00:00.000Z', data })]);
  await page.reload();
  await page.locator('[data-exercise]').first().scrollIntoViewIfNeeded();
  await awake(page);
}

const attempt: Attempt = {
  id: 'a1',
  date: '2026-11-18',
  before: 40,
  peak: 70,
  after: 20,
  feared: 'Nobody would talk to me',
  happened: 'Two people said hello',
  reflection: '',
};
const step = (id: string, what: string, attempts: Attempt[] = []): Step => ({ ...newStep(what, 30), id, attempts });
const ladders = {
  ladders: [
    {
      id: 'l1',
      goal: 'Go back to my group',
      steps: [step('s1', 'Walk past the hall', [attempt]), step('s2', 'Sit at the back for ten minutes')],
      draft: { what: '', rating: null },
    },
    { id: 'l2', goal: 'Call my brother', steps: [], draft: { what: '', rating: null } },
  ],
  active: 'l1',
};

test('the ladder asks before deleting a try, a step with tries, and a ladder', async ({ page }) => {
  await seed(page, 'exercises/exposure-ladder/', 'reconnect:exercise:exposure-ladder', ladders);
  const steps = page.getByRole('list', { name: 'Your ladder, easiest step first' });
  await steps.getByRole('button', { name: /^Step 1:/ }).click();
  // A try opens from its date in the table of tries.
  await page.getByRole('table').getByRole('button').first().click();

  await asksFirst(page, page.getByRole('button', { name: 'Delete this try' }), 'Delete this try? This cannot be undone.', 'Yes, delete it');
  await expect(steps.getByRole('button', { name: 'Record a try' })).toBeFocused();
  await expect(page.getByText('Nobody would talk to me')).toHaveCount(0);

  // A step with no tries goes at once: nothing in it would be lost.
  await steps.getByRole('button', { name: /^Step 2:/ }).click();
  await page.getByRole('button', { name: 'Remove step 2' }).click();
  await expect(steps.getByRole('button', { name: /^Step \d:/ })).toHaveCount(1);

  await seed(page, 'exercises/exposure-ladder/', 'reconnect:exercise:exposure-ladder', ladders);
  await steps.getByRole('button', { name: /^Step 1:/ }).click();
  await asksFirst(page, page.getByRole('button', { name: 'Remove step 1' }), 'Remove step 1 and its try? This cannot be undone.', 'Yes, remove it');
  await expect(steps.getByRole('button', { name: /^Step \d:/ })).toHaveCount(1);
  await expect(steps).not.toContainText('Walk past the hall');

  await asksFirst(
    page,
    page.getByRole('button', { name: 'Delete this ladder' }),
    'Delete the ladder “Go back to my group” with all its steps and tries? This cannot be undone.',
    'Yes, delete it',
  );
  await expect(page.getByLabel('My goal for this ladder')).toHaveValue('Call my brother');
  await page.reload();
  await expect(page.getByLabel('My goal for this ladder')).toHaveValue('Call my brother');
});

test('a log asks before deleting an entry', async ({ page }) => {
  const entries = [
    { id: 'e1', date: '2026-11-18', values: { grateful: 'Soup with Jo' } },
    { id: 'e2', date: '2026-11-19', values: { grateful: 'A call from Rosa' } },
  ];
  await seed(page, 'exercises/gratitude-and-wins/', 'reconnect:exercise:gratitude-and-wins', { values: {}, entries });
  await asksFirst(page, page.getByRole('button', { name: 'Delete entry from 2026-11-18' }), 'Delete the entry from 2026-11-18? This cannot be undone.', 'Yes, delete it');
  await expect(page.getByText('Soup with Jo')).toHaveCount(0);
  await expect(page.getByText('A call from Rosa')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Past entries (1)' })).toBeFocused();
});

test('My workbook asks before deleting an unreadable copy', async ({ page }) => {
  await page.goto('exercises/recovery-ally/');
  await page.evaluate(() => localStorage.setItem('reconnect:exercise:recovery-ally', '{"v":1,"data": broken'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await page.goto('workbook/');
  const section = page.getByRole('region', { name: 'Answers that could not be read' });
  await asksFirst(
    page,
    section.getByRole('button', { name: 'Delete this copy' }),
    'Delete this unreadable copy? Download it first if you might want it.',
    'Yes, delete it',
  );
  await expect(section).toHaveCount(0);
  await expect(page.locator('main')).toBeFocused();
});
