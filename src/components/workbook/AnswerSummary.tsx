// A plain, printable account of saved answers, for a person to bring to a
// session. Used by My workbook and by a counsellor's plan.
import type { Known } from '../../workbook/backup';
import type { WorkbookRecord } from '../../workbook/record';
import type { Lang } from '../../i18n/languages';
import { useLang } from '../../i18n/widgets/words';
import { useWorkbookWords } from '../../i18n/widgets/workbook';

export interface SummaryItem {
  known: Known;
  record: WorkbookRecord;
}

/** A date and time in the page's language; English pages keep the browser's own format. */
export const formatWhen = (iso: string, lang: Lang = 'en') =>
  new Date(iso).toLocaleString(lang === 'es' ? 'es' : undefined, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function AnswerSummary({ items, headingLevel = 2 }: { items: SummaryItem[]; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const lang = useLang();
  const w = useWorkbookWords().summary;
  if (items.length === 0) return <p>{w.none}</p>;
  return (
    <div class="answer-summary">
      {items.map(({ known, record }) => {
        const blocks = known.spec.summary(record.data, known.def, lang).filter((b) => b.lines.length > 0);
        return (
          <section class="summary-item" key={known.def.id}>
            <H>{known.def.title}</H>
            <p class="meta">{w.lastChanged(formatWhen(record.updatedAt, lang))}</p>
            {blocks.length === 0 && <p>{w.nothing}</p>}
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
