// Rows a list field starts from until the reader changes them, such as the
// crisis lines of the reader's country in the safety plan. The lines are data
// of their own, fetched only by a page whose exercise asks for them.
import { useEffect, useState } from 'preact/hooks';
import type { FieldDef } from '../../../content/schemas';

export type Prefill = Record<string, string[]>;

/** Starting rows by field id; empty until loaded, and for good if loading fails. */
export function usePrefill(fields: FieldDef[]): Prefill {
  const [rows, setRows] = useState<Prefill>({});
  const wanted = fields.filter((f) => f.type === 'list' && f.prefill === 'helplines').map((f) => f.id);
  useEffect(() => {
    if (wanted.length === 0) return;
    // A failed load leaves the field empty to fill in by hand, as on paper.
    import('../../../lib/helpline-rows').then(
      ({ helplineRows }) => {
        const lines = helplineRows();
        setRows(Object.fromEntries(wanted.map((id) => [id, lines])));
      },
      () => undefined,
    );
  }, [wanted.join()]);
  return rows;
}
