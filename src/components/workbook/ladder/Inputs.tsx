// Labelled inputs for the ladder: text and 0–100 ratings. Every box has a
// visible label, and a hint joined to it when there is one.
import { MAX_LONG, MAX_SHORT } from '../../../workbook/limits';
import { toRating } from '../../../workbook/kinds/ladder-logic';

interface Base {
  id: string;
  label: string;
  hint?: string;
}

const Label = ({ id, label, hint }: Base) => (
  <>
    <label for={id}>{label}</label>
    {hint && (
      <span class="hint" id={`${id}-hint`}>
        {hint}
      </span>
    )}
  </>
);

export function Text(props: Base & { value: string; set(v: string): void; long?: boolean }) {
  const { id, hint, value, set, long } = props;
  const max = long ? MAX_LONG : MAX_SHORT;
  const Tag = long ? 'textarea' : 'input';
  return (
    <div class="field">
      <Label {...props} />
      <Tag
        id={id}
        type={long ? undefined : 'text'}
        rows={long ? 3 : undefined}
        maxLength={max}
        aria-describedby={hint && `${id}-hint`}
        value={value}
        onInput={(e) => set((e.currentTarget as HTMLInputElement).value.slice(0, max))}
      />
    </div>
  );
}

/** A distress rating from 0 to 100, typed; blank means not rated. */
export function Rating(props: Base & { value: number | null; set(v: number | null): void; onEnter?(): void }) {
  const { id, hint, value, set, onEnter } = props;
  return (
    <div class="field ladder-num">
      <Label {...props} />
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        step={1}
        aria-describedby={hint && `${id}-hint`}
        value={value ?? ''}
        onInput={(e) => set(toRating((e.currentTarget as HTMLInputElement).value))}
        onKeyDown={
          onEnter &&
          ((e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onEnter();
            }
          })
        }
      />
    </div>
  );
}
