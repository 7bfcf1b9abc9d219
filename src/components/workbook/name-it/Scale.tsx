// A 0–10 rating as eleven large radio buttons: easier to hit on a phone than a
// slider, and arrow keys move along it. Styled like the worksheet's ratings.
import type { Level } from '../../../workbook/kinds/name-it';

interface Props {
  /** Unique on the page: the radio group's name and the base of ids. */
  name: string;
  legend: string;
  hint?: string;
  value: Level;
  onChange(value: Level): void;
}

export function Scale({ name, legend, hint, value, onChange }: Props) {
  return (
    <fieldset class="field rating" aria-describedby={`${name}-scale`}>
      <legend>{legend}</legend>
      <span class="hint" id={`${name}-scale`}>
        {hint} 0 = barely there, 10 = as strong as it gets.
      </span>
      <div class="rating-options">
        {Array.from({ length: 11 }, (_, n) => (
          <label class="rating-option">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
      {value !== null && (
        <button type="button" class="link-button" onClick={() => onChange(null)}>
          Clear this rating
        </button>
      )}
    </fieldset>
  );
}
