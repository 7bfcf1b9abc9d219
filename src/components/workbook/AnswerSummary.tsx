// A plain, printable account of saved answers, for a person to bring to a
// session. Used by My workbook and by a counsellor's plan.
import type { Known } from '../../workbook/backup';
import type { WorkbookRecord } from '../../workbook/record';

export interface SummaryItem {
  known: Known;
  record: WorkbookRecord;
}

export const formatWhen = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function AnswerSummary({ items, headingLevel = 2 }: { items: SummaryItem[]; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  if (items.length === 0) return <p>No answers saved yet.</p>;
  return (
    <div class="answer-summary">
      {items.map(({ known, record }) => {
        const blocks = known.spec.summary(record.data, known.def).filter((b) => b.lines.length > 0);
        return (
          <section class="summary-item" key={known.def.id}>
            <H>{known.def.title}</H>
            <p class="meta">Last changed {formatWhen(record.updatedAt)}</p>
            {blocks.length === 0 && <p>Nothing written yet.</p>}
            {blocks.map((b) => (
              <>
                {b.heading && <Sub>{b.heading}</Sub>}
                <ul>
                  {b.lines.map((line) => (
                    <li>{line}</li>
                  ))}
                </ul>
              </>
            ))}
          </section>
        );
      })}
    </div>
  );
}
