// "Add to calendar" in the browser tests: click, take the downloaded file, and
// read it back with ical.js, as a calendar app would.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';

export interface CalendarFile {
  name: string;
  text: string;
  events: ICAL.Event[];
}

export async function addToCalendar(page: Page, button: Locator): Promise<CalendarFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = await readFile((await download.path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  await expect(page.getByRole('status').filter({ hasText: /^Calendar file downloaded\./ })).toBeAttached();
  return { name: download.suggestedFilename(), text, events };
}

/** The first `n` times an event happens: "2026-11-24T19:00:00", or "2026-11-24" all day. */
export function firstTimes(event: ICAL.Event, n: number): string[] {
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next()) out.push(next.toString());
  return out;
}
