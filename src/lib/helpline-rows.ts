// The crisis and drug and alcohol lines of each country, one line of text
// each, to start a safety plan's list of professionals. Worked out at build
// time and handed to the island, so the browser needs only its country guess.
import { COUNTRY_CODES, type CountryCode } from './country';
import { COUNTRIES, ELSEWHERE, linesFor, planLine } from './helplines';

export type HelplineRows = Record<CountryCode | 'elsewhere', string[]>;

function rowsFor(country: CountryCode): string[] {
  const lines = linesFor(country).filter((l) => l.purposes.some((p) => p === 'crisis' || p === 'text' || p === 'drugs'));
  return [`Emergency: ${COUNTRIES[country].emergency}`, ...lines.map(planLine)];
}

export function helplineRows(): HelplineRows {
  const elsewhere = [`${ELSEWHERE.name}, lines in many countries: ${ELSEWHERE.site.replace(/^https:\/\/|\/$/g, '')}`];
  return { ...(Object.fromEntries(COUNTRY_CODES.map((c) => [c, rowsFor(c)])) as Record<CountryCode, string[]>), elsewhere };
}
