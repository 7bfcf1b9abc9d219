// The box to find a feeling in the list, or to type one's own, with the
// button that adds a word the list does not have.
import { MAX_SHORT } from '../../../workbook/limits';
import type { Found } from '../../../workbook/name-it/find';
import { useNameItWords } from '../../../i18n/widgets/name-it';

interface Props {
  id: string;
  typed: string;
  found: Found;
  /** Why Next could not go on, if it could not. */
  error: string;
  onType(typed: string): void;
  onAdd(): void;
}

export function FeelingFinder({ id, typed, found, error, onType, onAdd }: Props) {
  const w = useNameItWords();
  return (
    <>
      <div class="field">
        <label for={id}>{w.name.find}</label>
        <div class="nameit-find">
          <input
            id={id}
            type="text"
            autocomplete="off"
            enterKeyHint="done"
            maxLength={MAX_SHORT}
            aria-describedby={`${id}-hint`}
            aria-invalid={error ? true : undefined}
            aria-errormessage={error ? `${id}-error` : undefined}
            value={typed}
            onInput={(e) => onType(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                onAdd();
              }
            }}
          />
          {found.word && !found.listed && (
            <button type="button" class="button secondary" onClick={onAdd}>
              {w.name.add(found.word)}
            </button>
          )}
        </div>
        <span class="hint" id={`${id}-hint`}>
          {w.name.findHint}
        </span>
      </div>
      {error && (
        <p class="error-text" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </>
  );
}
