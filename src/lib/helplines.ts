// Every helpline the site names, as data: Help now, the overdose section and
// the safety plan all read it from here. Each entry says where it was
// confirmed (the service's own page) and when; tests/unit/helplines.test.ts
// fails when an entry lacks either, or a country lacks a kind of line.
import { COUNTRY_CODES, type CountryCode } from './country';
import type { Contact, Country, Helpline } from './helplines/types';
import { AMERICAS } from './helplines/americas';
import { EUROPE } from './helplines/europe';
import { OCEANIA } from './helplines/oceania';

export type { Contact, Country, Helpline, Purpose } from './helplines/types';
import type { Lang } from '../i18n/languages';
import { en as CONTACT_EN, type ContactWords } from '../i18n/widgets/en/contact';

export const COUNTRIES: Record<CountryCode, Country> = {
  US: { name: 'United States', short: 'the US', emergency: ['911'], es: { name: 'Estados Unidos', in: 'en Estados Unidos' } },
  CA: { name: 'Canada', short: 'Canada', emergency: ['911'], es: { name: 'Canadá', in: 'en Canadá' } },
  GB: { name: 'United Kingdom', short: 'the UK', emergency: ['999'], es: { name: 'Reino Unido', in: 'en el Reino Unido' } },
  IE: { name: 'Ireland', short: 'Ireland', emergency: ['112', '999'], es: { name: 'Irlanda', in: 'en Irlanda' } },
  AU: { name: 'Australia', short: 'Australia', emergency: ['000'], es: { name: 'Australia', in: 'en Australia' } },
  NZ: { name: 'New Zealand', short: 'New Zealand', emergency: ['111'], es: { name: 'Nueva Zelanda', in: 'en Nueva Zelanda' } },
};

/** For every other country: a directory of free lines, run by its own service. */
export const ELSEWHERE = {
  name: 'Find A Helpline',
  about: 'A free directory of crisis lines and helplines in many countries. Choose your country and what you need help with.',
  es: { about: 'Un directorio gratuito de líneas de crisis y de ayuda de muchos países. Elige tu país y aquello con lo que necesitas ayuda.' },
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

/** "Call 988", "Text HOME to 741741", "TTY 1-800-487-4889", "Llama al 988 y marca 2". */
export function contactText(c: Contact, t: ContactWords = CONTACT_EN): string {
  if (c.how === 'text') return c.keyword ? t.textWord(c.keyword, c.number) : t.text(c.number);
  if (c.how === 'tty') return t.tty(c.number);
  return c.option ? t.callThen(c.number, c.option) : t.call(c.number);
}

/** A country's emergency numbers: "112 or 999", "112 o 999". */
export const emergencyText = (country: Country, lang: Lang = 'en') => new Intl.ListFormat(lang, { type: 'disjunction' }).format(country.emergency);

/** A country's name, and "in …" as a sentence needs it, in a language. */
export const countryName = (country: Country, lang: Lang = 'en') => (lang === 'es' ? country.es.name : country.name);
export const countryIn = (country: Country, lang: Lang = 'en') => (lang === 'es' ? country.es.in : `in ${country.short}`);

/** Every country's emergency number, where it applies: "911 in the US", "112 o 999 en Irlanda". */
export const emergencyNumbers = (lang: Lang = 'en') => COUNTRY_CODES.map((c) => `${emergencyText(COUNTRIES[c], lang)} ${countryIn(COUNTRIES[c], lang)}`);

/** One line of a safety plan: the service and how to reach it. */
export const planLine = (l: Helpline, lang: Lang = 'en', words: ContactWords = CONTACT_EN) =>
  `${l.name}: ${contactsFor(l, lang)
    .map((c) => contactText(c, words))
    .join(', ')}`;

/** How to reach a line: in Spanish, the way to its Spanish service where it has one. */
export const contactsFor = (l: Helpline, lang: Lang = 'en') => (lang === 'es' && l.spanish ? l.spanish.contacts : l.contacts);

/**
 * Ayuda ahora's first lines: those that answer in Spanish, each with how to
 * reach its Spanish service (Helpline.spanish).
 */
export const spanishLines = () => HELPLINES.filter((l) => l.spanish);
