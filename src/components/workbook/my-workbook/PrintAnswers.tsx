// Print my answers: a button on screen, and on paper everything written.
import type { SummaryItem } from '../AnswerSummary';
import { AnswerSummary } from '../AnswerSummary';
import { useWorkbookWords } from '../../../i18n/widgets/workbook';

export function PrintAnswers({ items }: { items: SummaryItem[] }) {
  const w = useWorkbookWords().print;
  return (
    <section aria-labelledby="print-title">
      <h2 id="print-title" class="no-print">
        {w.heading}
      </h2>
      <p class="no-print">{w.intro}</p>
      <button type="button" class="button secondary no-print" onClick={() => print()} disabled={items.length === 0}>
        {w.button}
      </button>
      <div class="print-only">
        <h2>{w.printHeading}</h2>
        <AnswerSummary items={items} headingLevel={3} />
      </div>
    </section>
  );
}
