// One input per field type. Each is labelled, keyboard-complete and large
// enough to tap. Ids are prefixed with the exercise (and entry) so several
// exercises can share a page.
import type { FieldDef } from '../../../content/schemas';
import type { FieldValue } from '../../../workbook/kinds/worksheet';
import { MAX_LONG, MAX_SHORT } from '../../../workbook/limits';
import { Scale } from '../Scale';
import { focusSoon } from '../focus';
import { useFrameWords } from '../../../i18n/widgets/frame';

export interface FieldProps {
  field: FieldDef;
  idPrefix: string;
  value: FieldValue | undefined;
  onChange(value: FieldValue): void;
  /** Announces a change that is not visible where focus is (list moves). */
  announce(message: string): void;
}

const hintId = (id: string) => `${id}-hint`;

function Hint({ id, text }: { id: string; text?: string }) {
  return text ? (
    <span class="hint" id={hintId(id)}>
      {text}
    </span>
  ) : null;
}

export function Field(props: FieldProps) {
  const { field, idPrefix } = props;
  const id = `${idPrefix}-${field.id}`;
  const describedBy = field.hint ? hintId(id) : undefined;

  switch (field.type) {
    case 'short':
    case 'long': {
      const Tag = field.type === 'short' ? 'input' : 'textarea';
      return (
        <div class="field">
          <label for={id}>{field.label}</label>
          <Hint id={id} text={field.hint} />
          <Tag
            id={id}
            type={field.type === 'short' ? 'text' : undefined}
            aria-describedby={describedBy}
            maxLength={field.type === 'short' ? MAX_SHORT : MAX_LONG}
            value={typeof props.value === 'string' ? props.value : ''}
            onInput={(e) => props.onChange((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
      );
    }
    case 'rating':
      return <Rating {...props} id={id} />;
    case 'choice':
      return <Choice {...props} id={id} />;
    case 'list':
      return <List {...props} id={id} />;
  }
}

function Rating({ field, value, onChange, id }: FieldProps & { id: string }) {
  if (field.type !== 'rating') return null;
  const w = useFrameWords().fields;
  const current = typeof value === 'number' ? value : null;
  const scale = `0 = ${field.minLabel ?? w.lowest}, ${field.max} = ${field.maxLabel ?? w.highest}`;
  if (field.max === 10) {
    // Eleven large radio buttons: easier on a phone than a slider.
    return <Scale name={id} legend={field.label} hint={field.hint} scale={scale} value={current} onChange={onChange} />;
  }
  return (
    <div class="field rating">
      <label for={id}>{field.label}</label>
      <span class="hint" id={`${id}-scale`}>
        {field.hint ? `${field.hint} ` : ''}
        {scale}
      </span>
      <div class="range-row">
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={5}
          aria-describedby={`${id}-scale`}
          aria-valuetext={current === null ? w.notRatedYet : String(current)}
          value={current ?? 50}
          onInput={(e) => onChange(Number((e.currentTarget as HTMLInputElement).value))}
        />
        <output for={id} class="range-value">
          {current === null ? w.notRated : current}
        </output>
      </div>
    </div>
  );
}

function Choice({ field, value, onChange, id }: FieldProps & { id: string }) {
  if (field.type !== 'choice') return null;
  const chosen = Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];
  const toggle = (option: string, on: boolean) => {
    if (!field.multiple) return onChange(option);
    onChange(on ? [...chosen, option] : chosen.filter((c) => c !== option));
  };
  return (
    <fieldset class="field choice">
      <legend>{field.label}</legend>
      {field.hint && <span class="hint">{field.hint}</span>}
      {field.options.map((label, i) => {
        // The saved value is the English option (see FieldDef.values).
        const option = field.values?.[i] ?? label;
        return (
          <label class="check" key={option}>
            <input
              type={field.multiple ? 'checkbox' : 'radio'}
              name={id}
              id={`${id}-${i}`}
              value={option}
              checked={chosen.includes(option)}
              onChange={(e) => toggle(option, (e.currentTarget as HTMLInputElement).checked)}
            />
            {label}
          </label>
        );
      })}
    </fieldset>
  );
}

function List({ field, value, onChange, announce, id }: FieldProps & { id: string }) {
  if (field.type !== 'list') return null;
  const w = useFrameWords().fields;
  const items = Array.isArray(value) ? value : [];
  const full = items.length >= field.maxItems;

  const focusRow = (index: number, part = 'text') => focusSoon(`${id}-${index}-${part}`);

  // Arrow functions, not function declarations: only these keep `field`
  // narrowed to a list field (declarations are hoisted above the check).
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
    announce(w.moved(field.itemLabel, to + 1, items.length));
    // Keep focus on the button just used, or its twin when that one is now disabled.
    const last = items.length - 1;
    focusRow(to, to > from ? (to === last ? 'up' : 'down') : to === 0 ? 'down' : 'up');
  };

  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    announce(w.removed(field.itemLabel, index + 1));
    focusRow(Math.min(index, items.length - 2));
  };

  const add = () => {
    onChange([...items, '']);
    focusRow(items.length);
  };

  return (
    <fieldset class="field list">
      <legend>{field.label}</legend>
      {field.hint && <span class="hint">{field.hint}</span>}
      {items.length > 0 && (
        <ol class="list-rows">
          {items.map((item, i) => (
            <li class="list-row">
              <label for={`${id}-${i}-text`} class="visually-hidden">
                {field.itemLabel} {i + 1}
              </label>
              <input
                id={`${id}-${i}-text`}
                type="text"
                maxLength={MAX_SHORT}
                value={item}
                onInput={(e) => onChange(items.map((x, j) => (j === i ? (e.currentTarget as HTMLInputElement).value : x)))}
              />
              <span class="row-buttons">
                <button
                  type="button"
                  id={`${id}-${i}-up`}
                  class="button secondary small"
                  disabled={i === 0}
                  onClick={() => move(i, i - 1)}
                  aria-label={w.moveUp(field.itemLabel, i + 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  id={`${id}-${i}-down`}
                  class="button secondary small"
                  disabled={i === items.length - 1}
                  onClick={() => move(i, i + 1)}
                  aria-label={w.moveDown(field.itemLabel, i + 1)}
                >
                  ↓
                </button>
                <button type="button" class="button danger small" onClick={() => remove(i)} aria-label={w.remove(field.itemLabel, i + 1)}>
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {/* Without JavaScript (and on paper) there are blank lines to write on. */}
      {items.length === 0 && (
        <ol class="list-rows blank-rows" aria-hidden="true">
          <li class="blank-line" />
          <li class="blank-line" />
          <li class="blank-line" />
        </ol>
      )}
      <button type="button" class="button secondary small" onClick={add} disabled={full}>
        {w.add(field.itemLabel)}
      </button>
      {full && <span class="hint">{w.full(field.maxItems)}</span>}
    </fieldset>
  );
}
