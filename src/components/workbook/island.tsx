// An exercise island is its kind's store around its widget, inside the shared
// frame. Each kind keeps a file of its own whose default export is one call to
// this: Astro renders it on the server, and wake.ts hydrates it in the browser.
import { h, hydrate, type ComponentType } from 'preact';
import type { ExerciseDef, KindSpec } from '../../workbook/kinds/types';
import { ExerciseShell } from './ExerciseShell';
import { useExercise, type ExerciseHandle } from './useExercise';

/** What Exercise.astro passes to every island. */
export interface IslandProps {
  def: ExerciseDef;
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

/** An island that wake.ts can hydrate: its props are in the element's data-props. */
export type Wakeable = ComponentType<IslandProps> & { mount(element: HTMLElement): void };

export function wakeable(Island: ComponentType<IslandProps>): Wakeable {
  return Object.assign(Island, {
    mount: (element: HTMLElement) => hydrate(h(Island, JSON.parse(element.dataset.props!) as IslandProps), element),
  });
}

export function exerciseIsland<T>(spec: KindSpec<T>, Widget: ComponentType<WidgetProps<T>>) {
  return wakeable(function Island({ def, link, workbookHref, headingLevel }: IslandProps) {
    const handle = useExercise(def, spec);
    return (
      <ExerciseShell id={def.id} title={def.title} link={link} workbookHref={workbookHref} handle={handle}>
        <Widget def={def} handle={handle} headingLevel={headingLevel === 2 ? 3 : 4} />
      </ExerciseShell>
    );
  });
}
