// A group of large tappable options: radio buttons for one choice, check
// boxes for several. The native input stays in place (invisible, covering its
// label) so arrow keys, Space and screen readers work as usual.
interface Props {
  legend: string;
  /** Group name; unique on the page. */
  name: string;
  options: readonly string[];
  label(option: string): string;
  value: readonly string[];
  multiple?: boolean;
  hint?: string;
  /** Until the saved answers are read, a choice would be lost. */
  disabled?: boolean;
  onChange(value: string[]): void;
}

export function Choices({ legend, name, options, label, value, multiple, hint, disabled, onChange }: Props) {
  return (
    <fieldset class="field portfolio-choices" disabled={disabled}>
      <legend>{legend}</legend>
      {hint && <span class="hint">{hint}</span>}
      <div class="rating-options">
        {options.map((o) => (
          <label class="rating-option" key={o}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={o}
              checked={value.includes(o)}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                onChange(!multiple ? [o] : on ? [...value, o] : value.filter((v) => v !== o));
              }}
            />
            <span>{label(o)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
