// The island for the "portfolio" kind: the social portfolio planner.
import type { ExerciseDef } from '../../workbook/kinds/types';
import { portfolio } from '../../workbook/kinds/portfolio';
import { ExerciseShell } from './ExerciseShell';
import { useExercise } from './useExercise';
import { Portfolio } from './portfolio/Portfolio';

interface Props {
  def: ExerciseDef;
  link: string;
  workbookHref: string;
  headingLevel: 2 | 3;
}

export default function PortfolioIsland({ def, link, workbookHref, headingLevel }: Props) {
  const handle = useExercise(def, portfolio);
  return (
    <ExerciseShell id={def.id} title={def.title} link={link} workbookHref={workbookHref} handle={handle}>
      <Portfolio def={def} handle={handle} headingLevel={headingLevel === 2 ? 3 : 4} />
    </ExerciseShell>
  );
}
