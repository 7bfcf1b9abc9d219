// The exercises saved on this device, newest first, each a link back to it.
import type { Known } from '../../../workbook/backup';
import type { SavedEntry } from '../../../workbook/workbook';
import { formatWhen } from '../AnswerSummary';

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
  return (
    <section aria-labelledby="saved-title" class="no-print">
      <h2 id="saved-title">Your saved exercises</h2>
      {loadFailed ? (
        <p class="warning" role="alert">
          Your saved answers could not be read: part of this page did not load. They are still saved on this device. Check your connection, then reload the page.
        </p>
      ) : !ready ? (
        <p>Reading your saved answers…</p>
      ) : locked ? (
        <p>Your saved answers are locked. Unlock them above to see them here.</p>
      ) : saved.length === 0 ? (
        <p>
          Nothing is saved on this device yet. Start with an <a href={exercisesHref}>exercise</a>; your answers will be listed here.
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
                  · {progress === 'done' ? 'Done' : 'Started'} · last changed {formatWhen(s.record.updatedAt)}
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
