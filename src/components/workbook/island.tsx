// An exercise island is its kind's store around its widget, inside the shared
// frame. Each kind keeps a file of its own whose default export is one call to
// this: Astro renders it on the server and hydrates it (client:visible).
import type { ComponentType } from 'preact';
import type { ExerciseDef, KindSpec } from '../../workbook/kinds/types';
import { ExerciseShell } from './ExerciseShell';
import { useExercise, type ExerciseHandle } from './useExercise';
import { LangContext } from '../../i18n/widgets/words';
import type { Lang } from '../../i18n/languages';

/** What Exercise.astro passes to every island. */
export interface IslandProps {
  def: ExerciseDef;
  /** The page's language; the widgets' words follow it. */
  lang?: Lang;
  link: string;
  workbookHref: string;
  /** Level of the exercise's own heading; the widget's headings sit one below. */
  headingLevel: 2 | 3;
}

export interface WidgetProps<T> {
  def: ExerciseDef;
  handle: ExerciseHandle<T>;
  headingLevel: 3 | 4;
}

export function exerciseIsland<T>(spec: KindSpec<T>, Widget: ComponentType<WidgetProps<T>>) {
  return function Island({ def, lang = 'en', link, workbookHref, headingLevel }: IslandProps) {
    const handle = useExercise(def, spec);
    return (
      <LangContext.Provider value={lang}>
        <ExerciseShell id={def.id} title={def.title} link={link} workbookHref={workbookHref} handle={handle}>
          <Widget def={def} handle={handle} headingLevel={headingLevel === 2 ? 3 : 4} />
        </ExerciseShell>
      </LangContext.Provider>
    );
  };
}
