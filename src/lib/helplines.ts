// Every helpline the site names, as data: Help now, the overdose section and
// the safety plan all read it from here. Each entry says where it was
// confirmed (the service's own page) and when; tests/unit/helplines.test.ts
// fails when an entry lacks either, or a country lacks a kind of line.
import type { CountryCode } from './country';
import type { Contact, Country, Helpline } from './helplines/types';
import { AMERICAS } from './helplines/americas';
import { EUROPE } from './helplines/europe';
import { OCEANIA } from './helplines/oceania';

export type { Contact, Country, Helpline, Purpose } from './helplines/types';

export const COUNTRIES: Record<CountryCode, Country> = {
  US: { name: 'United States', short: 'the US', emergency: '911' },
  CA: { name: 'Canada', short: 'Canada', emergency: '911' },
  GB: { name: 'United Kingdom', short: 'the UK', emergency: '999' },
  IE: { name: 'Ireland', short: 'Ireland', emergency: '112 or 999' },
  AU: { name: 'Australia', short: 'Australia', emergency: '000' },
  NZ: { name: 'New Zealand', short: 'New Zealand', emergency: '111' },
};

/** For every other country: a directory of free lines, run by its own service. */
export const ELSEWHERE = {
  name: 'Find A Helpline',
  about: 'A free directory of crisis lines and helplines in many countries. Choose your country and what you need help with.',
  site: 'https://findahelpline.com/',
  source: 'https://findahelpline.com/AU',
  checked: '2026-12-01',
} as const;

/** Every line, country by country (the files in helplines/). */
export const HELPLINES: Helpline[] = [...AMERICAS, ...EUROPE, ...OCEANIA];

/** The lines of one country, in the order of its file. */
export const linesFor = (country: CountryCode) => HELPLINES.filter((l) => l.country === country);

/** Lines that stay on the phone while someone uses, and send help if they stop answering. */
export const spotterLines = () => HELPLINES.filter((l) => l.purposes.includes('spotter'));

const digits = (number: string) => number.replace(/[^\d+]/g, '');

/** A tel: or sms: address; sms: carries the keyword as the message body. */
export function contactHref(c: Contact): string {
  if (c.how === 'text') return `sms:${digits(c.number)}${c.keyword ? `?&body=${encodeURIComponent(c.keyword)}` : ''}`;
  return `tel:${digits(c.number)}`;
}

/** "Call 988", "Text HOME to 741741", "TTY 1-800-487-4889". */
export function contactText(c: Contact): string {
  if (c.how === 'text') return c.keyword ? `Text ${c.keyword} to ${c.number}` : `Text ${c.number}`;
  return `${c.how === 'tty' ? 'TTY' : 'Call'} ${c.number}`;
}

/** One line of a safety plan: the service and how to reach it. */
export const planLine = (l: Helpline) => `${l.name}: ${l.contacts.map(contactText).join(', ')}`;
