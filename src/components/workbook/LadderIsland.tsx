// The island for the "ladder" kind: the exposure ladder builder.
import type { ExerciseDef } from '../../workbook/kinds/types';
import { ladder } from '../../workbook/kinds/ladder';
import { ExerciseShell } from './ExerciseShell';
import { useExercise } from './useExercise';
import { Ladder } from './ladder/Ladder';

interface Props {
  def: ExerciseDef;
  link: string;
  workbookHref: string;
  headingLevel: 2 | 3;
}

export default function LadderIsland({ def, link, workbookHref, headingLevel }: Props) {
  const handle = useExercise(def, ladder);
  return (
    <ExerciseShell id={def.id} title={def.title} link={link} workbookHref={workbookHref} handle={handle}>
      <Ladder def={def} handle={handle} headingLevel={headingLevel === 2 ? 3 : 4} />
    </ExerciseShell>
  );
}
