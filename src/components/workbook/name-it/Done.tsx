// The check-in just finished: the sentence and next step again, and a re-rate
// a few minutes later so the person can see whether naming it helped. Loaded
// with the history, since both appear only once a check-in is saved.
import { useEffect, useRef } from 'preact/hooks';
import type { ExerciseHandle } from '../useExercise';
import type { CheckIn, NameItData } from '../../../workbook/kinds/name-it';
import { KIND_LINES } from '../../../workbook/name-it/words';
import { composeSentence } from '../../../workbook/name-it/sentence';
import { rerate } from '../../../workbook/name-it/checkin';
import { HelpNote, LevelScale } from './CheckIn';
import { helpReasons } from '../../../workbook/name-it/safety';

interface Props {
  id: string;
  entry: CheckIn;
  level: 3 | 4;
  handle: ExerciseHandle<NameItData>;
  /** Set when the person has just finished the check-in: see CheckIn. */
  moved: { current: boolean };
  onNew(): void;
}

export function Done({ id, entry, level, handle, moved, onNew }: Props) {
  const H = `h${level}` as 'h3';
  const Sub = `h${level + 1}` as 'h4';
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, []);
  const pairs = [
    ...entry.feelings.map((f) => [`“${f.word}”`, f.level, f.later] as const),
    ['the craving or urge', entry.craving, entry.cravingLater] as const,
  ].filter(([, before, after]) => before !== null && after !== null);

  return (
    <div class="nameit-step">
      <H id={`${id}-step`} tabIndex={-1} ref={heading}>
        Check-in saved
      </H>
      <p class="nameit-sentence">{composeSentence(entry.feelings.map((f) => f.word), entry.craving)}</p>
      <p class="nameit-kind">{KIND_LINES[entry.kindLine % KIND_LINES.length]}</p>
      {entry.next.trim() && (
        <p>
          <strong>Your next step:</strong> {entry.next}
        </p>
      )}
      <HelpNote id={id} reasons={helpReasons(entry, entry.cravingLater ?? entry.craving)} level={level} />
      <section class="nameit-rerate" aria-labelledby={`${id}-rerate`}>
        <Sub id={`${id}-rerate`}>In a few minutes: how strong is it now?</Sub>
        <p class="hint">
          Come back after your next step, or in five minutes, and rate it again. If it has eased, naming it helped. If not, that is
          worth knowing too.
        </p>
        {entry.feelings.map((f, i) => (
          <LevelScale
            key={f.word}
            name={`${id}-later-${i}`}
            legend={`“${f.word}” now`}
            hint={f.level === null ? undefined : `It was ${f.level}.`}
            value={f.later}
            onChange={(later) => handle.update((d) => rerate(d, entry.id, i, later))}
          />
        ))}
        {entry.craving !== null && (
          <LevelScale
            name={`${id}-craving-later`}
            legend="The craving or urge now"
            hint={`It was ${entry.craving}.`}
            value={entry.cravingLater}
            onChange={(later) => handle.update((d) => rerate(d, entry.id, -1, later))}
          />
        )}
        <p role="status">{pairs.length > 0 && `Saved: ${pairs.map(([what, before, after]) => `${what} was ${before}, now ${after}`).join('; ')}.`}</p>
      </section>
      <button type="button" class="button" onClick={onNew}>
        Start a new check-in
      </button>
    </div>
  );
}
