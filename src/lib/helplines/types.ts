// What the site knows about a country and a helpline. The data is in
// ../helplines.ts (countries) and the files beside this one (the lines).
import type { CountryCode } from '../country';

/** The day every line was last confirmed against its source. */
export const CHECKED = '2026-12-01';

export interface Country {
  name: string;
  /** As it reads after "in": "the US", "Canada". */
  short: string;
  /** Emergency services: police, fire, ambulance; more than one where either works. */
  emergency: string[];
  /** Its name, and "in …" as a Spanish sentence needs it ("en el Reino Unido"). */
  es: { name: string; in: string };
}

/**
 * What a line is for. Every country has a `crisis` line, a `text` line and a
 * `drugs` line; `spotter` lines stay on the phone while someone uses.
 */
export type Purpose = 'crisis' | 'text' | 'drugs' | 'spotter' | 'health';

export interface Contact {
  how: 'call' | 'text' | 'tty';
  /** As the service writes it, for reading aloud and dialling by hand. */
  number: string;
  /** The word to text, where the service asks for one. */
  keyword?: string;
  /** The option to press once a call answers ("2" for Spanish at 988). */
  option?: string;
}

export interface Helpline {
  id: string;
  country: CountryCode;
  name: string;
  purposes: Purpose[];
  /** What it is, as the service describes itself. */
  about: string;
  contacts: Contact[];
  hours: string;
  /** The service's own web address. */
  site: string;
  /**
   * The page the number and hours were confirmed against: the service's own,
   * or a government or public health page about it.
   */
  source: string;
  /** When it was last confirmed, YYYY-MM-DD. */
  checked: string;
  /** What it is and when it answers, in Spanish, for Ayuda ahora (the name stays the service's own). */
  es: { about: string; hours: string };
  /**
   * For a line that answers in Spanish: how to reach the Spanish service,
   * and the page that says so. Ayuda ahora lists these lines first.
   */
  spanish?: { contacts: Contact[]; source: string; checked: string };
}
