// The words chosen so far, each a button that removes it.
import type { Named } from '../../../workbook/kinds/name-it';
import { feelingLabel } from '../../../workbook/name-it/words';
import { useNameItWords } from '../../../i18n/widgets/name-it';

interface Props {
  idPrefix: string;
  feelings: Named[];
  onRemove(word: string): void;
}

export function ChosenFeelings({ idPrefix, feelings, onRemove }: Props) {
  const w = useNameItWords();
  if (feelings.length === 0) return null;
  return (
    <div class="nameit-chosen">
      <p id={`${idPrefix}-chosen`}>{w.name.chosen}</p>
      <ul class="nameit-chips" aria-labelledby={`${idPrefix}-chosen`}>
        {feelings.map((f) => (
          <li key={f.word}>
            <button type="button" class="button secondary small" aria-label={w.name.remove(feelingLabel(w, f.word))} onClick={() => onRemove(f.word)}>
              {feelingLabel(w, f.word)} <span aria-hidden="true">✕</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
