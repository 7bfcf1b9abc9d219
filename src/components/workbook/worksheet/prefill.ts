// Rows a list field starts from until the reader changes them, such as the
// crisis lines of the reader's country in the safety plan. Every country's
// rows come in the exercise's props (see toDef); the browser only guesses
// its country. That guess is a plain import: fetched on demand, it made
// Help now, which imports it too, load a namespace helper of its own.
import { useEffect, useState } from 'preact/hooks';
import { browserCountry } from '../../../lib/country';
import type { ExerciseDef } from '../../../workbook/kinds/types';

export type Prefill = Record<string, string[]>;

/** Starting rows by field id, once the page has woken (the server knows no country). */
export function usePrefill({ fields, helplineRows }: ExerciseDef): Prefill {
  const [rows, setRows] = useState<Prefill>({});
  const wanted = fields.filter((f) => f.type === 'list' && f.prefill === 'helplines').map((f) => f.id);
  useEffect(() => {
    if (wanted.length === 0 || !helplineRows) return;
    const lines = helplineRows[browserCountry() ?? 'elsewhere'];
    setRows(Object.fromEntries(wanted.map((id) => [id, lines])));
  }, [wanted.join()]);
  return rows;
}
