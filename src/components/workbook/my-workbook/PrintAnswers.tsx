// Print my answers: a button on screen, and on paper everything written.
import type { SummaryItem } from '../AnswerSummary';
import { AnswerSummary } from '../AnswerSummary';

export function PrintAnswers({ items }: { items: SummaryItem[] }) {
  return (
    <section aria-labelledby="print-title">
      <h2 id="print-title" class="no-print">
        Print my answers
      </h2>
      <p class="no-print">A tidy copy of everything you have written, to keep or to bring to a session.</p>
      <button type="button" class="button secondary no-print" onClick={() => print()} disabled={items.length === 0}>
        Print my answers
      </button>
      <div class="print-only">
        <h2>My answers</h2>
        <AnswerSummary items={items} headingLevel={3} />
      </div>
    </section>
  );
}
