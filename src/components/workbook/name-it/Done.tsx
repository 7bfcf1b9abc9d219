// The check-in just finished: the sentence and next step again, and a re-rate
// a few minutes later so the person can see whether naming it helped. Loaded
// with the history, since both appear only once a check-in is saved.
import { useEffect, useRef } from 'preact/hooks';
import type { ExerciseHandle } from '../useExercise';
import type { CheckIn, NameItData } from '../../../workbook/kinds/name-it';
import { feelingLabel } from '../../../workbook/name-it/words';
import { composeSentence } from '../../../workbook/name-it/sentence';
import { rerate } from '../../../workbook/name-it/checkin';
import { helpReasons } from '../../../workbook/name-it/safety';
import { rerateSummary } from '../../../workbook/name-it/phrases';
import { HelpNote } from './HelpNote';
import { LevelScale } from './LevelScale';
import { useNameItWords } from '../../../i18n/widgets/name-it';
import { useNameItLaterWords } from '../../../i18n/widgets/name-it-later';

interface Props {
  idPrefix: string;
  entry: CheckIn;
  headingLevel: 3 | 4;
  handle: ExerciseHandle<NameItData>;
  /** Set when the person has just finished the check-in: see CheckIn. */
  moved: { current: boolean };
  onNew(): void;
}

export function Done({ idPrefix, entry, headingLevel, handle, moved, onNew }: Props) {
  const w = { ...useNameItWords(), ...useNameItLaterWords() };
  const H = `h${headingLevel}` as 'h3';
  const Sub = `h${headingLevel + 1}` as 'h4';
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, []);

  return (
    <div class="nameit-step">
      <H id={`${idPrefix}-step`} tabIndex={-1} ref={heading}>
        {w.done.heading}
      </H>
      <p class="nameit-sentence">
        {composeSentence(
          entry.feelings.map((f) => f.word),
          entry.craving,
          w,
        )}
      </p>
      <p class="nameit-kind">{w.kindLines[entry.kindLine % w.kindLines.length]}</p>
      {entry.next.trim() && (
        <p>
          <strong>{w.done.yourNext}</strong> {entry.next}
        </p>
      )}
      <HelpNote idPrefix={idPrefix} reasons={helpReasons(entry, entry.cravingLater ?? entry.craving)} headingLevel={headingLevel} />
      <section class="nameit-rerate" aria-labelledby={`${idPrefix}-rerate`}>
        <Sub id={`${idPrefix}-rerate`}>{w.done.rerate}</Sub>
        <p class="hint">{w.done.rerateHint}</p>
        {entry.feelings.map((f, i) => (
          <LevelScale
            key={f.word}
            name={`${idPrefix}-later-${i}`}
            legend={w.done.feelingNow(feelingLabel(w, f.word))}
            hint={f.level === null ? undefined : w.done.itWas(f.level)}
            value={f.later}
            onChange={(later) => handle.update((d) => rerate(d, entry.id, i, later))}
          />
        ))}
        {entry.craving !== null && (
          <LevelScale
            name={`${idPrefix}-craving-later`}
            legend={w.done.cravingNow}
            hint={w.done.itWas(entry.craving)}
            value={entry.cravingLater}
            onChange={(later) => handle.update((d) => rerate(d, entry.id, -1, later))}
          />
        )}
        <p role="status">{rerateSummary(entry, w)}</p>
      </section>
      <button type="button" class="button" onClick={onNew}>
        {w.done.startNew}
      </button>
    </div>
  );
}
