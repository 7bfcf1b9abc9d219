// Checkboxes drawn as large, wrapping tap targets: feelings, where in the
// body, what I need.

interface Props {
  name: string;
  options: string[];
  /** The options ticked now. */
  chosen: string[];
  onChange(option: string, on: boolean): void;
  /** What each option shows: a saved (English) word in the page's language. */
  label?(option: string): string;
}

export function Chips({ name, options, chosen, onChange, label = (option) => option }: Props) {
  return (
    <div class="nameit-chips">
      {options.map((option) => (
        <label class="nameit-chip" key={option}>
          <input type="checkbox" name={name} value={option} checked={chosen.includes(option)} onChange={(e) => onChange(option, e.currentTarget.checked)} />
          <span>{label(option)}</span>
        </label>
      ))}
    </div>
  );
}
