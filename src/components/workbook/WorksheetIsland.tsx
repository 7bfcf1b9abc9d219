// The island for "worksheet" exercises.
import type { ExerciseDef } from '../../workbook/kinds/types';
import { worksheet } from '../../workbook/kinds/worksheet';
import { ExerciseShell } from './ExerciseShell';
import { useExercise } from './useExercise';
import { Worksheet } from './worksheet/Worksheet';

interface Props {
  def: ExerciseDef;
  link: string;
  workbookHref: string;
  headingLevel: 2 | 3;
}

export default function WorksheetIsland({ def, link, workbookHref, headingLevel }: Props) {
  const handle = useExercise(def, worksheet);
  return (
    <ExerciseShell id={def.id} title={def.title} link={link} workbookHref={workbookHref} handle={handle}>
      <Worksheet def={def} handle={handle} headingLevel={headingLevel === 2 ? 3 : 4} />
    </ExerciseShell>
  );
}
