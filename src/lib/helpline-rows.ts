// The crisis and drug and alcohol lines of the reader's likely country, one
// line of text each, to start a safety plan's list of professionals.
import { browserCountry } from './country';
import { COUNTRIES, ELSEWHERE, linesFor, planLine } from './helplines';

export function helplineRows(): string[] {
  const country = browserCountry();
  if (!country || country === 'elsewhere') return [`${ELSEWHERE.name}, lines in many countries: ${ELSEWHERE.site.replace(/^https:\/\/|\/$/g, '')}`];
  const lines = linesFor(country).filter((l) => l.purposes.some((p) => p === 'crisis' || p === 'text' || p === 'drugs'));
  return [`Emergency: ${COUNTRIES[country].emergency}`, ...lines.map(planLine)];
}
