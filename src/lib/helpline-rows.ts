// The crisis and drug and alcohol lines of each country, one line of text
// each, to start a safety plan's list of professionals. Worked out at build
// time and handed to the island, so the browser needs only its country guess.
import { COUNTRY_CODES, type CountryCode } from './country';
import { COUNTRIES, ELSEWHERE, emergencyText, linesFor, planLine } from './helplines';
import { contactWordsIn } from '../i18n/widgets/contact';
import type { Lang } from '../i18n/languages';

export type HelplineRows = Record<CountryCode | 'elsewhere', string[]>;

function rowsFor(country: CountryCode, lang: Lang): string[] {
  const lines = linesFor(country).filter((l) => l.purposes.some((p) => p === 'crisis' || p === 'text' || p === 'drugs'));
  const words = contactWordsIn(lang);
  return [words.emergencyRow(emergencyText(COUNTRIES[country], lang)), ...lines.map((l) => planLine(l, lang, words))];
}

/** Each country's rows in a language: in Spanish, a line's Spanish service where it has one. */
export function helplineRows(lang: Lang = 'en'): HelplineRows {
  const elsewhere = [contactWordsIn(lang).elsewhereRow(ELSEWHERE.name, ELSEWHERE.site.replace(/^https:\/\/|\/$/g, ''))];
  return { ...(Object.fromEntries(COUNTRY_CODES.map((c) => [c, rowsFor(c, lang)])) as Record<CountryCode, string[]>), elsewhere };
}
