// The breathing timer in "Name it to tame it": a reader breathes along by
// keyboard, pauses, finishes and notes how it went; the circle follows the
// breath, and keeps still for a reader who asks for less motion. The test
// holds the page's clock, so no test waits for real seconds to pass.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { awake } from './support/islands';

const GUIDE = 'guides/name-it-to-tame-it/#slow-breathing';

async function openTimer(page: Page) {
  await page.clock.install({ time: new Date('2026-12-02T09:00:00') });
  await page.goto(GUIDE);
  const exercise = page.getByRole('region', { name: 'Two minutes of slow breathing', exact: true });
  await exercise.scrollIntoViewIfNeeded();
  await awake(exercise);
  const timer = exercise.getByRole('region', { name: 'Breathing timer' });
  await expect(timer.getByRole('button', { name: 'Start' })).toBeVisible();
  // From here on time moves only when the test says so.
  await page.clock.pauseAt(new Date('2026-12-02T09:01:00'));
  return { exercise, timer, status: timer.getByRole('status') };
}

/** axe waits on timers of its own: time flows while it checks, then holds again. */
async function checkAccessible(page: Page) {
  await page.clock.resume();
  await expectAccessible(page, '.breathing');
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
}

test('a reader breathes along for a minute by keyboard, pauses, finishes and notes how it went', async ({ page }) => {
  const { exercise, timer, status } = await openTimer(page);
  await timer.getByRole('radio', { name: '1 minute' }).check();

  // The main button changes its words but keeps the reader's focus.
  await timer.getByRole('button', { name: 'Start' }).focus();
  await page.keyboard.press('Enter');
  const pause = timer.getByRole('button', { name: 'Pause' });
  await expect(pause).toBeFocused();
  await expect(status).toHaveText('Breathe in');
  // The display follows within a fifth of a second: half a second into the out-breath.
  await page.clock.runFor(4_500);
  await expect(status).toHaveText('Breathe out');
  await expect(timer.getByText(/^0?0:56 left$/)).toBeVisible();
  // The length and the pace cannot change under a running practice.
  await expect(timer.getByRole('radio', { name: '3 minutes' })).toBeDisabled();

  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Paused.');
  await checkAccessible(page);
  await page.clock.runFor(10_000);
  await expect(timer.getByText(/^0?0:56 left$/)).toBeVisible();
  await expect(timer.getByRole('button', { name: 'Resume' })).toBeFocused();

  await page.keyboard.press('Enter');
  await page.clock.runFor(56_000);
  await expect(status).toContainText('Finished');
  await expect(timer.getByRole('button', { name: 'Start again' })).toBeFocused();
  await expect(timer.getByRole('radio', { name: '3 minutes' })).toBeEnabled();

  // The notes are an ordinary log entry, saved on the device (time flows again).
  await page.clock.resume();
  await exercise
    .getByRole('group', { name: /felt before/ })
    .getByRole('radio', { name: '7' })
    .check();
  await exercise
    .getByRole('group', { name: /feel now/ })
    .getByRole('radio', { name: '3' })
    .check();
  await exercise.getByLabel('What I noticed').fill('My shoulders dropped.');
  await exercise.getByRole('button', { name: 'Save this entry' }).click();
  await page.reload();
  await awake(exercise);
  const past = page.getByRole('region', { name: 'Past entries: Two minutes of slow breathing' });
  await expect(past.getByRole('heading', { name: 'Past entries (1)' })).toBeVisible();
  await expect(past).toContainText('My shoulders dropped.');
});

test('Stop ends the practice and keeps focus on the timer', async ({ page }) => {
  const { timer, status } = await openTimer(page);
  await timer.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(12_000);
  await timer.getByRole('button', { name: 'Stop' }).click();
  await expect(timer.getByRole('button', { name: 'Start' })).toBeFocused();
  await expect(timer.getByRole('button', { name: 'Stop' })).toHaveCount(0);
  await expect(status).toHaveText('');
  await expect(timer.getByText(/^0?2:00 left$/)).toBeVisible();
});

/** The circle's ring as it stands once any transition has run to its end. */
async function ring(page: Page) {
  return page.evaluate(() => {
    const circle = document.querySelector('.breath-circle')!;
    // With subtree, an element's animations include its ::before.
    const animations = circle.getAnimations({ subtree: true });
    for (const a of animations) a.finish();
    const moving = animations.length;
    const style = getComputedStyle(circle, '::before');
    return { transform: style.transform, duration: style.transitionDuration, moving };
  });
}

test('the circle grows on the in-breath and shrinks on the out-breath, over each breath’s length', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const { timer } = await openTimer(page);
  const resting = await ring(page);
  await timer.getByRole('button', { name: 'Start' }).click();
  const breathingIn = await ring(page);
  expect(breathingIn.duration).toBe('4s');
  expect(breathingIn.transform).not.toBe(resting.transform);
  expect(breathingIn.moving).toBeGreaterThan(0);
  await page.clock.runFor(4_500);
  const breathingOut = await ring(page);
  expect(breathingOut.duration).toBe('6s');
  expect(breathingOut.transform).toBe(resting.transform);
});

test('with reduced motion the circle keeps still, and the words and count lead', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'dark' });
  const { timer, status } = await openTimer(page);
  await timer.getByRole('button', { name: 'Start' }).click();
  const breathingIn = await ring(page);
  await page.clock.runFor(5_500);
  await expect(status).toHaveText('Breathe out');
  await expect(timer.locator('.breath-count')).toHaveText('2');
  const breathingOut = await ring(page);
  expect([breathingIn.moving, breathingOut.moving]).toEqual([0, 0]);
  expect(breathingIn.transform).toBe('none');
  expect(breathingOut.transform).toBe('none');
  await checkAccessible(page);
});
