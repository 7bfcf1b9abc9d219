// The exercises saved on this device, newest first, each a link back to it.
import type { Known } from '../../../workbook/backup';
import type { SavedEntry } from '../../../workbook/workbook';
import { formatWhen } from '../AnswerSummary';
import { useLang } from '../../../i18n/widgets/words';
import { useWorkbookWords } from '../../../i18n/widgets/workbook';

interface Props {
  /** False until saved answers have been read. */
  ready: boolean;
  /** The code that reads saved answers could not load. */
  loadFailed: boolean;
  /** The reader's passcode lock is closed in this tab. */
  locked: boolean;
  saved: SavedEntry[];
  known(id: string): Known | undefined;
  href(id: string): string;
  exercisesHref: string;
  /** Whether this browser keeps the answers when space runs low, if it has said. */
  keeping: string | null;
}

export function SavedList({ ready, loadFailed, locked, saved, known, href, exercisesHref, keeping }: Props) {
  const lang = useLang();
  const w = useWorkbookWords().saved;
  return (
    <section aria-labelledby="saved-title" class="no-print">
      <h2 id="saved-title">{w.heading}</h2>
      {loadFailed ? (
        <p class="warning" role="alert">
          {w.loadFailed}
        </p>
      ) : !ready ? (
        <p>{w.reading}</p>
      ) : locked ? (
        <p>{w.locked}</p>
      ) : saved.length === 0 ? (
        <p>
          {w.emptyBefore} <a href={exercisesHref}>{w.emptyLink}</a>
          {w.emptyAfter}
        </p>
      ) : (
        <ul class="saved-list">
          {saved.map((s) => {
            const k = known(s.id)!;
            const progress = k.spec.progress(s.record.data, k.def);
            return (
              <li key={s.id}>
                <a href={href(s.id)}>{k.def.title}</a>
                <span class="meta">
                  {' '}
                  · {progress === 'done' ? w.done : w.started} · {w.lastChanged(formatWhen(s.record.updatedAt, lang))}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {keeping && <p class="meta">{keeping}</p>}
    </section>
  );
}
