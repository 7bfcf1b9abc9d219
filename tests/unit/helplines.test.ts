// Help now, the overdose section and the safety plan read every number from
// src/lib/helplines.ts. A line a reader may call in a crisis must say where it
// was confirmed and when, and each country must offer each kind of help.
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../src/lib/country';
import { COUNTRIES, ELSEWHERE, HELPLINES, contactHref, contactText, linesFor, planLine, spotterLines, type Purpose } from '../../src/lib/helplines';

const today = new Date().toISOString().slice(0, 10);
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

/**
 * Kinds of help that are missing for a country because no number could be
 * confirmed against an official page (see the closing note of issue 16).
 * Shrink this list; never grow it to make a test pass.
 */
const UNCONFIRMED: Partial<Record<(typeof COUNTRY_CODES)[number], Purpose[]>> = { IE: ['drugs'] };

describe('helpline data', () => {
  it.each(HELPLINES.map((l) => [l.id, l] as const))('%s names its source, its own site and the date it was checked', (_, line) => {
    expect(line.source).toMatch(/^https:\/\/[^\s/]+\.[^\s/]+\//);
    expect(line.site).toMatch(/^https:\/\/[^\s/]+\.[^\s/]+\//);
    expect(isDate(line.checked), line.checked).toBe(true);
    expect(line.checked <= today, 'checked in the future').toBe(true);
    expect(line.about.length).toBeGreaterThan(20);
    expect(line.hours.trim()).not.toBe('');
    expect(line.contacts.length).toBeGreaterThan(0);
  });

  it('has unique ids', () => {
    expect(new Set(HELPLINES.map((l) => l.id)).size).toBe(HELPLINES.length);
  });

  it('dials and texts real numbers only: digits, spaces and dashes', () => {
    for (const line of HELPLINES) for (const c of line.contacts) expect(c.number, line.id).toMatch(/^\d[\d -]*\d$/);
  });

  it.each([...COUNTRY_CODES])('%s has a crisis line, a text line and a drug and alcohol line', (code) => {
    const purposes = new Set(linesFor(code).flatMap((l) => l.purposes));
    const missing = (['crisis', 'text', 'drugs'] as Purpose[]).filter((p) => !purposes.has(p));
    expect(missing).toEqual(UNCONFIRMED[code] ?? []);
    expect(COUNTRIES[code].emergency.every((n) => /^\d{3}$/.test(n))).toBe(true);
  });

  it('points everywhere else to a directory, with its source and date', () => {
    expect(ELSEWHERE.site).toBe('https://findahelpline.com/');
    expect(isDate(ELSEWHERE.checked)).toBe(true);
  });

  it('offers a line that stays on the phone while someone uses, in the US and Canada', () => {
    expect(
      spotterLines()
        .map((l) => l.country)
        .sort(),
    ).toEqual(['CA', 'US']);
  });
});

describe('contact links', () => {
  it('calls with tel: and digits only', () => {
    expect(contactHref({ how: 'call', number: '1-800-662-4357' })).toBe('tel:18006624357');
    expect(contactText({ how: 'call', number: '116 123' })).toBe('Call 116 123');
  });

  it('texts with sms:, carrying the keyword as the message', () => {
    expect(contactHref({ how: 'text', number: '85258', keyword: 'SHOUT' })).toBe('sms:85258?&body=SHOUT');
    expect(contactText({ how: 'text', number: '85258', keyword: 'SHOUT' })).toBe('Text SHOUT to 85258');
    expect(contactHref({ how: 'text', number: '988' })).toBe('sms:988');
  });

  it('names a TTY line as such', () => {
    expect(contactText({ how: 'tty', number: '1-800-487-4889' })).toBe('TTY 1-800-487-4889');
  });

  it('writes one plan line per service, with every way to reach it', () => {
    const line = HELPLINES.find((l) => l.id === 'us-988')!;
    expect(planLine(line)).toBe('988 Suicide & Crisis Lifeline: Call 988, Text 988');
  });
});
