// The history of check-ins and the patterns in it. Loaded only once there is
// a check-in to show, so a first check-in in a hard moment loads less.
import { useMemo } from 'preact/hooks';
import type { ExerciseHandle } from '../useExercise';
import type { NameItData } from '../../../workbook/kinds/name-it';
import { beforeAfter, lonelinessAndCraving, newestFirst, topFeelings, weeks } from '../../../workbook/name-it/patterns';
import { localDate } from '../../../workbook/dates';
import { Patterns } from './Patterns';
import { CheckInList } from './CheckInList';
import { useNameItWords } from '../../../i18n/widgets/name-it';
import { useNameItLaterWords } from '../../../i18n/widgets/name-it-later';

interface Props {
  idPrefix: string;
  handle: ExerciseHandle<NameItData>;
  headingLevel: 3 | 4;
  announce(message: string): void;
}

export function History({ idPrefix, handle, headingLevel, announce }: Props) {
  const w = { ...useNameItWords(), ...useNameItLaterWords() };
  const H = `h${headingLevel}` as 'h3';
  // Typing in the check-in re-renders this too; the patterns change only with the check-ins.
  const saved = handle.data.entries;
  const { entries, patterns } = useMemo(() => {
    const entries = newestFirst(saved);
    return {
      entries,
      patterns: {
        top: topFeelings(entries),
        change: beforeAfter(entries),
        together: lonelinessAndCraving(entries),
        series: weeks(entries, localDate()),
      },
    };
  }, [saved]);

  return (
    <section class="nameit-history" aria-labelledby={`${idPrefix}-history`}>
      <H id={`${idPrefix}-history`} tabIndex={-1}>
        {w.history.heading(entries.length)}
      </H>
      <Patterns {...patterns} headingLevel={headingLevel} />
      <CheckInList idPrefix={idPrefix} handle={handle} entries={entries} headingLevel={headingLevel} announce={announce} />
    </section>
  );
}
