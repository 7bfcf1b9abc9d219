import type { ExerciseDef } from '../../../src/workbook/kinds/types';

export const sheet: ExerciseDef = {
  id: 'test-sheet',
  title: 'A test worksheet',
  kind: 'worksheet',
  mode: 'single',
  guide: 'a-guide',
  fields: [
    { id: 'name', type: 'short', label: 'Name' },
    { id: 'story', type: 'long', label: 'Story' },
    { id: 'mood', type: 'rating', label: 'Mood', max: 10 },
    { id: 'when', type: 'choice', label: 'When', options: ['Morning', 'Evening'], multiple: false },
    { id: 'people', type: 'list', label: 'People', itemLabel: 'Person', maxItems: 20 },
  ],
};

export const journal: ExerciseDef = { ...sheet, id: 'test-journal', title: 'A test journal', mode: 'log' };
