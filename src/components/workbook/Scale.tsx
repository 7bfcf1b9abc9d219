// A 0–10 rating as eleven large radio buttons: easier to hit on a phone than a
// slider, and arrow keys move along it. The worksheet's 0–10 fields and the
// name-it check-in both use it.

interface Props {
  /** Unique on the page: the radio group's name and the base of ids. */
  name: string;
  legend: string;
  /** Shown above the scale, as its own line. */
  hint?: string;
  /** What the ends mean; the group is described by it. */
  scale: string;
  value: number | null;
  onChange(value: number | null): void;
}

export function Scale({ name, legend, hint, scale, value, onChange }: Props) {
  return (
    <fieldset class="field rating" aria-describedby={`${name}-scale`}>
      <legend>{legend}</legend>
      {hint && <span class="hint">{hint}</span>}
      <span class="hint" id={`${name}-scale`}>
        {scale}
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
