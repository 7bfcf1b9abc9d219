// The island for the "name-it" check-in. What appears only once a check-in is
// saved (the re-rate and the history with its patterns and chart) is a
// separate module, so a first check-in in a hard moment loads less.
import { useRef, useState } from 'preact/hooks';
import { useOnDemand } from './useOnDemand';
import { nameIt } from '../../workbook/kinds/name-it';
import { ExerciseShell } from './ExerciseShell';
import { useExercise } from './useExercise';
import type { IslandProps } from './island';
import { CheckIn } from './name-it/CheckIn';
import { startNew } from '../../workbook/name-it/checkin';
import { LangContext } from '../../i18n/widgets/words';
import { nameItWordsIn } from '../../i18n/widgets/name-it';

export default function NameItIsland({ def, lang = 'en', link, workbookHref, headingLevel }: IslandProps) {
  // This island is the language's provider, so it takes its own words directly.
  const w = nameItWordsIn(lang);
  const handle = useExercise(def, nameIt);
  const [message, setMessage] = useState('');
  const moved = useRef(false);
  const { data } = handle;
  const saved = data.entries.length > 0;
  const pending = data.entries.find((e) => e.id === data.pending);
  // The steps' and the history's headings sit one below the exercise's own.
  const stepLevel = headingLevel === 2 ? 3 : 4;
  const common = { idPrefix: def.id, handle, headingLevel: stepLevel, announce: setMessage, moved } as const;

  // null while loading; false if it could not load.
  const later = useOnDemand(() => import('./name-it/later'), saved);

  return (
    <LangContext.Provider value={lang}>
      <ExerciseShell id={def.id} title={def.title} link={link} workbookHref={workbookHref} handle={handle}>
        {!pending ? (
          <CheckIn {...common} />
        ) : later ? (
          <later.Done
            {...common}
            entry={pending}
            onNew={() => {
              moved.current = true;
              handle.update(startNew);
            }}
          />
        ) : (
          <p>{w.island.saved}</p>
        )}
        {saved &&
          (later ? (
            <later.History {...common} />
          ) : later === false ? (
            <p class="warning" role="alert">
              {w.island.notLoaded}
            </p>
          ) : (
            <p class="meta">{w.island.loading}</p>
          ))}
        <p class="visually-hidden" role="status" aria-live="polite">
          {message}
        </p>
      </ExerciseShell>
    </LangContext.Provider>
  );
}
