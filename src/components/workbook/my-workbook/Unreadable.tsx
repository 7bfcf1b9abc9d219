// Answers that could not be read, each copied aside untouched: the person can
// download the text, or delete the copy after being asked.
import { useQuestion } from '../Confirm';
import { focusSoon } from '../focus';
import { deleteQuarantined, quarantinedEntries, type QuarantinedEntry } from '../../../workbook/workbook';
import { formatWhen } from '../AnswerSummary';
import { downloadText } from '../download';
import { useLang } from '../../../i18n/widgets/words';
import { useWorkbookWords } from '../../../i18n/widgets/workbook';

interface Props {
  quarantined: QuarantinedEntry[];
  /** The exercise's title, if this site still has it. */
  title(id: string): string | undefined;
  refresh(): void;
}

const copyId = (q: QuarantinedEntry) => `delete-copy-${q.key}`;

const download = (q: QuarantinedEntry) => downloadText(`reconnect-unreadable-${q.id}-${q.at.slice(0, 10)}.txt`, q.raw, 'text/plain');

export function Unreadable({ quarantined, title, refresh }: Props) {
  const question = useQuestion();
  const lang = useLang();
  const w = useWorkbookWords().unreadable;
  if (quarantined.length === 0) return null;

  const remove = (q: QuarantinedEntry) =>
    question.ask({
      key: q.key,
      text: w.question,
      yes: w.yes,
      back: copyId(q),
      run() {
        deleteQuarantined(q.key);
        refresh();
        // The list's heading while copies remain; the page itself after the last.
        focusSoon(quarantinedEntries().length ? 'unreadable-title' : 'main');
      },
    });

  return (
    <section aria-labelledby="unreadable-title" class="no-print">
      <h2 id="unreadable-title" tabIndex={-1}>
        {w.heading}
      </h2>
      <p>{w.intro}</p>
      <ul>
        {quarantined.map((q) => (
          <li key={q.key}>
            {title(q.id) ?? q.id} <span class="meta">{w.setAside(formatWhen(q.at, lang))}</span>
            <div class="button-row">
              <button type="button" class="button secondary small" onClick={() => download(q)}>
                {w.download}
              </button>
              <button type="button" id={copyId(q)} class="button danger small" onClick={() => remove(q)}>
                {w.deleteCopy}
              </button>
            </div>
            {question.at(q.key)}
          </li>
        ))}
      </ul>
    </section>
  );
}
