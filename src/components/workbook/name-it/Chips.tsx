// Checkboxes drawn as large, wrapping tap targets: feelings, where in the
// body, what I need.

interface Props {
  name: string;
  options: string[];
  /** The options ticked now. */
  chosen: string[];
  onChange(option: string, on: boolean): void;
}

export function Chips({ name, options, chosen, onChange }: Props) {
  return (
    <div class="nameit-chips">
      {options.map((option) => (
        <label class="nameit-chip" key={option}>
          <input type="checkbox" name={name} value={option} checked={chosen.includes(option)} onChange={(e) => onChange(option, e.currentTarget.checked)} />
          <span>{option}</span>
        </label>
      ))}
    </div>
  );
}
