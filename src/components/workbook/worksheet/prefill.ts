// Rows a list field starts from until the reader changes them, such as the
// crisis lines of the reader's country in the safety plan. Every country's
// rows come in the exercise's props (see toDef); the browser only guesses
// its country, with code fetched by the exercises that need it. It is
// fetched through country-rows.ts rather than lib/country directly: Help
// now imports that module too, and an on-demand import of it made Help now
// load a namespace helper of its own.
import { useEffect, useState } from 'preact/hooks';
import type { ExerciseDef } from '../../../workbook/kinds/types';

export type Prefill = Record<string, string[]>;

/** Starting rows by field id; empty until the country is guessed, and for good if that fails. */
export function usePrefill({ fields, helplineRows }: ExerciseDef): Prefill {
  const [rows, setRows] = useState<Prefill>({});
  const wanted = fields.filter((f) => f.type === 'list' && f.prefill === 'helplines').map((f) => f.id);
  useEffect(() => {
    if (wanted.length === 0 || !helplineRows) return;
    // A failed load leaves the field empty to fill in by hand, as on paper.
    import('./country-rows').then(
      ({ rowsHere }) => {
        const lines = rowsHere(helplineRows);
        setRows(Object.fromEntries(wanted.map((id) => [id, lines])));
      },
      () => undefined,
    );
  }, [wanted.join()]);
  return rows;
}
