// A box for one of the draft's text answers, saved as the person types.
import type { ExerciseHandle } from '../useExercise';
import type { NameItData } from '../../../workbook/kinds/name-it';
import { editDraft, type DraftText } from '../../../workbook/name-it/checkin';
import { MAX_LONG, MAX_SHORT } from '../../../workbook/limits';

interface Props {
  id: string;
  handle: ExerciseHandle<NameItData>;
  field: DraftText;
  /** Several lines, for the sentence in the person's own words. */
  long?: boolean;
  'aria-describedby'?: string;
}

export function TextAnswer({ handle, field, long, ...attributes }: Props) {
  const onInput = (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    handle.update((d) => editDraft(d, { [field]: value }));
  };
  const value = handle.data.draft[field];
  return long ? (
    <textarea {...attributes} maxLength={MAX_LONG} value={value} onInput={onInput} />
  ) : (
    <input {...attributes} type="text" maxLength={MAX_SHORT} value={value} onInput={onInput} />
  );
}
