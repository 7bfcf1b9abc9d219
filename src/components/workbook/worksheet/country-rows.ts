// The starting rows for the reader's likely country. A module of its own so
// that only an exercise with such rows (the safety plan) fetches the guess.
import { browserCountry } from '../../../lib/country';
import type { HelplineRows } from '../../../lib/helpline-rows';

export const rowsHere = (rows: HelplineRows) => rows[browserCountry() ?? 'elsewhere'];
