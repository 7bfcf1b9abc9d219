// The words chosen so far, each a button that removes it.
import type { Named } from '../../../workbook/kinds/name-it';

interface Props {
  idPrefix: string;
  feelings: Named[];
  onRemove(word: string): void;
}

export function ChosenFeelings({ idPrefix, feelings, onRemove }: Props) {
  if (feelings.length === 0) return null;
  return (
    <div class="nameit-chosen">
      <p id={`${idPrefix}-chosen`}>You chose:</p>
      <ul class="nameit-chips" aria-labelledby={`${idPrefix}-chosen`}>
        {feelings.map((f) => (
          <li key={f.word}>
            <button type="button" class="button secondary small" aria-label={`Remove “${f.word}”`} onClick={() => onRemove(f.word)}>
              {f.word} <span aria-hidden="true">✕</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
