// "Add to calendar": every file is read back with ical.js, as a calendar app
// would, and its repeats are expanded and checked against the planner's own
// rules. "Today" and the clock are fixed, so nothing depends on the real date.
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { escapeText, firstDay, foldLine, goalCalendar, planCalendar, planRule, stepCalendar, weekCalendar, type CalendarOptions } from '../../src/lib/calendar';
import { addDays, isOnDay, newItem, weekStart, weekday, type PortfolioItem } from '../../src/workbook/kinds/portfolio-logic';
import { newStep } from '../../src/workbook/kinds/ladder-logic';

// 2026-11-16 is a Monday; "today" is the Wednesday of that week.
const TODAY = '2026-11-18';
const NOW = new Date('2026-11-18T09:15:30.123Z');

function options(over: CalendarOptions = {}): CalendarOptions {
  let n = 0;
  return { now: NOW, uid: () => `test-${++n}@reconnect`, ...over };
}

let ids = 0;
const plan = (over: Partial<PortfolioItem>): PortfolioItem => ({ ...newItem('person', `p${++ids}`), ...over });

const sam = plan({ name: 'Coffee with Sam', often: 'weekly', days: [3, 0], time: '18:30', backup: 'text Sam to move it' });
const jo = plan({ name: 'Walk with Jo', often: 'fortnightly', days: [1], from: '2026-11-09', backup: '' });
const choir = plan({ type: 'activity', name: 'Choir', often: 'monthly', days: [1], from: '2026-11-10', time: '19:00' });

function events(text: string): ICAL.Event[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

function only(text: string): ICAL.Event {
  const list = events(text);
  expect(list).toHaveLength(1);
  return list[0]!;
}

/** The first `n` occurrences, as ical.js expands them: "2026-11-19" or "2026-11-19T18:30:00". */
function occurrences(event: ICAL.Event, n: number): string[] {
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next()) out.push(next.toString());
  return out;
}

/** The first `n` days a plan is on from `today`, by the planner's own rules. */
function plannerDays(item: PortfolioItem, today: string, n: number): string[] {
  const out: string[] = [];
  for (let date = today; out.length < n; date = addDays(date, 1)) {
    if (item.days.includes(weekday(date)) && isOnDay(item, weekStart(date), weekday(date))) out.push(date);
  }
  return out;
}

const dayOf = (occurrence: string) => occurrence.slice(0, 10);
const lines = (text: string) => text.split('\r\n');

describe('the file', () => {
  const text = planCalendar(sam, TODAY, options());

  it('is a published Gregorian calendar of version 2.0, made here', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Reconnect//Plans//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n')).toBe(true);
    expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('ends every line with CRLF and has no bare line feed or carriage return', () => {
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('gives each event a unique id and the time it was made, in UTC', () => {
    const event = only(text);
    expect(event.uid).toBe('test-1@reconnect');
    expect(lines(text)).toContain('DTSTAMP:20261118T091530Z');
    const week = events(weekCalendar([sam, jo, choir], TODAY, options()));
    expect(new Set(week.map((e) => e.uid)).size).toBe(3);
  });

  it('makes a new random id each time when none is given', () => {
    const a = only(planCalendar(sam, TODAY)).uid;
    const b = only(planCalendar(sam, TODAY)).uid;
    expect(a).toMatch(/^[0-9a-f-]{36}@reconnect$/);
    expect(a).not.toBe(b);
  });
});

describe('a plan', () => {
  it('is titled with its own name and carries its backup in the description', () => {
    const event = only(planCalendar(sam, TODAY, options()));
    expect(event.summary).toBe('Coffee with Sam');
    expect(event.description).toBe('If this falls through: text Sam to move it');
  });

  it('has no description when there is no backup', () => {
    const text = planCalendar(jo, TODAY, options());
    expect(only(text).summary).toBe('Walk with Jo');
    expect(text).not.toContain('DESCRIPTION');
  });

  it('never names the exercise or says anything about recovery', () => {
    const text = weekCalendar([sam, jo, choir], TODAY, options());
    const words = events(text)
      .flatMap((e) => [e.summary, e.description ?? ''])
      .join(' ');
    expect(words).not.toMatch(/portfolio|recovery|ladder|exposure|reconnect|social/i);
  });

  it('with a time starts at that floating local time and lasts an hour', () => {
    const text = planCalendar(sam, TODAY, options());
    expect(lines(text)).toContain('DTSTART:20261119T183000');
    expect(lines(text)).toContain('DURATION:PT1H');
    expect(text).not.toContain('TZID');
    const event = only(text);
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.zone?.tzid).toBe('floating');
    expect(event.endDate.toString()).toBe('2026-11-19T19:30:00');
  });

  it('without a time is an all-day event that does not show as busy', () => {
    const text = planCalendar(jo, TODAY, options());
    expect(lines(text)).toEqual(expect.arrayContaining(['DTSTART;VALUE=DATE:20261124', 'DTEND;VALUE=DATE:20261125', 'TRANSP:TRANSPARENT']));
    const event = only(text);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-11-24');
    expect(event.endDate.toString()).toBe('2026-11-25');
  });
});

describe('repeats', () => {
  it('weekly on Monday and Thursday, from the next of them', () => {
    const event = only(planCalendar(sam, TODAY, options()));
    expect(planRule(sam)).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
    expect(occurrences(event, 4)).toEqual(['2026-11-19T18:30:00', '2026-11-23T18:30:00', '2026-11-26T18:30:00', '2026-11-30T18:30:00']);
  });

  it('starts today when today is one of its days', () => {
    const wednesday = plan({ name: 'Group', often: 'weekly', days: [2] });
    expect(occurrences(only(planCalendar(wednesday, TODAY, options())), 2)).toEqual(['2026-11-18', '2026-11-25']);
  });

  it('every two weeks from a week it is on: not this week, so from next week', () => {
    expect(planRule(jo)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO');
    expect(firstDay(jo, TODAY)).toBe('2026-11-24');
    expect(occurrences(only(planCalendar(jo, TODAY, options())), 4)).toEqual(['2026-11-24', '2026-12-08', '2026-12-22', '2027-01-05']);
  });

  it('every two weeks on two days, starting partway through a week it is on', () => {
    const club = plan({ name: 'Book club', often: 'fortnightly', days: [0, 4], from: '2026-11-16', time: '10:00' });
    const dates = occurrences(only(planCalendar(club, TODAY, options())), 4);
    expect(dates).toEqual(['2026-11-20T10:00:00', '2026-11-30T10:00:00', '2026-12-04T10:00:00', '2026-12-14T10:00:00']);
  });

  it('once a month on the second Tuesday', () => {
    expect(planRule(choir)).toBe('FREQ=MONTHLY;BYDAY=2TU');
    const dates = occurrences(only(planCalendar(choir, TODAY, options())), 4);
    // The 10 November has passed: December's second Tuesday comes first.
    expect(dates).toEqual(['2026-12-08T19:00:00', '2027-01-12T19:00:00', '2027-02-09T19:00:00', '2027-03-09T19:00:00']);
  });

  it('once a month on two days of the fourth week', () => {
    const fourth = plan({ name: 'Lunch', often: 'monthly', days: [4, 1], from: '2026-11-25' });
    expect(planRule(fourth)).toBe('FREQ=MONTHLY;BYDAY=4TU,4FR');
    expect(occurrences(only(planCalendar(fourth, TODAY, options())), 4)).toEqual(['2026-11-24', '2026-11-27', '2026-12-22', '2026-12-25']);
  });

  it.each([
    ['weekly', sam],
    ['every two weeks, no known start', plan({ name: 'A', often: 'fortnightly', days: [6], from: '' })],
    ['every two weeks, three days', plan({ name: 'B', often: 'fortnightly', days: [0, 2, 5], from: '2026-11-30' })],
    ['monthly, first week', plan({ name: 'C', often: 'monthly', days: [0, 3], from: '' })],
    ['monthly, third week', plan({ name: 'D', often: 'monthly', days: [6], from: '2026-11-15' })],
    ['monthly, a start on the 30th (fourth week)', plan({ name: 'E', often: 'monthly', days: [2], from: '2026-11-30' })],
  ])('%s: a year of repeats matches the planner, day for day', (_, item) => {
    const dates = occurrences(only(planCalendar(item, TODAY, options())), 24).map(dayOf);
    expect(dates).toEqual(plannerDays(item, TODAY, 24));
  });
});

describe('the week', () => {
  const loose = plan({ name: 'Library', often: 'sometimes', days: [] });
  const unnamed = plan({ name: '  ', often: 'weekly', days: [2] });

  it('is one file with a repeating event for each plan with a day', () => {
    const text = weekCalendar([sam, loose, jo, unnamed, choir], TODAY, options());
    const list = events(text);
    expect(list.map((e) => e.summary)).toEqual(['Coffee with Sam', 'Walk with Jo', 'Choir']);
    expect(lines(text).filter((l) => l.startsWith('RRULE:'))).toEqual(
      ['FREQ=WEEKLY;BYDAY=MO,TH', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO', 'FREQ=MONTHLY;BYDAY=2TU'].map((rule) => `RRULE:${rule}`),
    );
    expect(list.map((e) => occurrences(e, 1)[0])).toEqual(['2026-11-19T18:30:00', '2026-11-24', '2026-12-08T19:00:00']);
  });
});

describe('the weekly goal', () => {
  it('is an all-day event every Monday from this week’s, titled with the goal', () => {
    const text = goalCalendar({ text: 'See a friend twice', target: 2 }, TODAY, options());
    const event = only(text);
    expect(event.summary).toBe('See a friend twice');
    expect(event.description).toBe('Twice a week.');
    expect(event.startDate.isDate).toBe(true);
    expect(occurrences(event, 4)).toEqual(['2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07']);
  });

  it('says how many times a week', () => {
    expect(only(goalCalendar({ text: 'Go to a meeting', target: 1 }, TODAY, options())).description).toBe('Once a week.');
    expect(only(goalCalendar({ text: 'Start a conversation', target: 3 }, TODAY, options())).description).toBe('3 times a week.');
  });
});

describe('a ladder step', () => {
  const step = { ...newStep('Say hello to one new person at the meeting', 55), where: 'Church hall', howLong: '10 minutes', on: '2026-12-05' };

  it('is one all-day event on its day, titled with the step', () => {
    const text = stepCalendar(step, options());
    const event = only(text);
    expect(event.summary).toBe('Say hello to one new person at the meeting');
    expect(event.description).toBe('Where: Church hall\nFor how long: 10 minutes');
    expect(event.isRecurring()).toBe(false);
    expect(text).not.toContain('RRULE');
    expect(occurrences(event, 3)).toEqual(['2026-12-05']);
    expect(event.endDate.toString()).toBe('2026-12-06');
  });

  it('has no description with nothing but the step written, and a neutral title with nothing at all', () => {
    expect(stepCalendar({ ...step, where: '', howLong: '' }, options())).not.toContain('DESCRIPTION');
    expect(only(stepCalendar({ ...step, what: ' ' }, options())).summary).toBe('Plan');
  });
});

describe('hidden details', () => {
  const hidden = options({ hideDetails: true });

  it.each([
    ['a plan', planCalendar(sam, TODAY, hidden)],
    ['the week', weekCalendar([sam, jo], TODAY, hidden)],
    ['the goal', goalCalendar({ text: 'See a friend twice', target: 2 }, TODAY, hidden)],
    ['a step', stepCalendar({ ...newStep('Call my sister', 40), where: 'At home', on: '2026-12-05' }, hidden)],
  ])('leave %s titled just “Plan”, with no description', (_, text) => {
    for (const event of events(text)) {
      expect(event.summary).toBe('Plan');
      expect(event.description).toBeNull();
    }
    expect(text).not.toContain('DESCRIPTION');
    expect(text).not.toMatch(/Sam|Jo|friend|sister|home/);
  });

  it('keep the day, time and repeats', () => {
    const event = only(planCalendar(sam, TODAY, hidden));
    expect(occurrences(event, 2)).toEqual(['2026-11-19T18:30:00', '2026-11-23T18:30:00']);
  });
});

describe('text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('tab\tstays, bell\u0007 goes')).toBe('tab\tstays\\, bell goes');
  });

  it('reads back exactly as written', () => {
    const item = plan({ name: 'Tea; cake, and a chat \\ maybe', often: 'weekly', days: [0], backup: 'Call instead,\nor send a note; it counts' });
    const text = planCalendar(item, TODAY, options());
    expect(lines(text)).toContain('SUMMARY:Tea\\; cake\\, and a chat \\\\ maybe');
    const event = only(text);
    expect(event.summary).toBe('Tea; cake, and a chat \\ maybe');
    expect(event.description).toBe('If this falls through: Call instead,\nor send a note; it counts');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the same text', () => {
    const name = `Café with Zoë and Łukasz 😊 — ${'naïve ☕ 👩‍👩‍👧 '.repeat(12)}end`;
    const item = plan({ name, often: 'weekly', days: [4], backup: '日本語のテキスト'.repeat(10) });
    const text = planCalendar(item, TODAY, options());
    const physical = lines(text).slice(0, -1);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of physical) {
      const bytes = new TextEncoder().encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      // Each line on its own is whole UTF-8: no character was cut in two.
      expect(decoder.decode(bytes)).toBe(line);
    }
    expect(physical.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(4);
    const unfolded = text.replaceAll('\r\n ', '');
    expect(unfolded.split('\r\n')).toContain(`SUMMARY:${escapeText(name)}`);
    const event = only(text);
    expect(event.summary).toBe(name);
    expect(event.description).toBe(`If this falls through: ${'日本語のテキスト'.repeat(10)}`);
  });

  it('leaves a short line alone and makes the first line of a long one exactly 75 octets when it can', () => {
    expect(foldLine('SUMMARY:Walk')).toBe('SUMMARY:Walk');
    const folded = foldLine(`SUMMARY:${'x'.repeat(100)}`).split('\r\n');
    expect(folded.map((l) => l.length)).toEqual([75, 34]);
    expect(folded[1]!.startsWith(' ')).toBe(true);
  });
});
