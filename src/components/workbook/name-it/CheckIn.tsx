// The check-in itself, one step at a time so a person in a hard moment meets
// one question at once: name it, how strong, say it, next small step. Then the
// finished check-in stays on screen for a re-rate a few minutes later. Every
// step and answer lives in the saved data, so a reload changes nothing.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExerciseHandle } from '../useExercise';
import { MAX_FEELINGS, type Draft, type NameItData } from '../../../workbook/kinds/name-it';
import { BODY_PLACES, FEELING_GROUPS, KIND_LINES, NEEDS } from '../../../workbook/name-it/words';
import { helpReasons, type HelpReasons } from '../../../workbook/name-it/safety';
import { OverdoseSafety } from '../../safety/OverdoseSafety';
import { cleanWord, composeSentence, sameWord } from '../../../workbook/name-it/sentence';
import { addFeeling, finish, isChosen, removeFeeling, toggle } from '../../../workbook/name-it/checkin';
import { MAX_LONG, MAX_SHORT } from '../../../workbook/limits';
import { paths, withBase } from '../../../lib/urls';
import { Scale } from '../Scale';
import type { ComponentProps } from 'preact';

interface Props {
  id: string;
  handle: ExerciseHandle<NameItData>;
  /** Level of the step headings: one below the exercise's own. */
  level: 3 | 4;
  announce(message: string): void;
  /**
   * Set when the person moves to another step or view, so the one that
   * appears takes focus; a page load never moves focus. Shared with the
   * island, since finishing and starting again swap whole views.
   */
  moved: { current: boolean };
}

const TITLES = ['Name it', 'How strong is it?', 'Say it', 'Your next small step'];

export function CheckIn({ id, handle, level, announce, moved }: Props) {
  const H = `h${level}` as 'h3';
  const { data } = handle;
  const draft = data.draft;
  const heading = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [draft.step]);

  const edit = (change: Partial<Draft>) => handle.update((d) => ({ ...d, draft: { ...d.draft, ...change } }));
  const go = (change: (d: NameItData) => NameItData) => {
    moved.current = true;
    setError('');
    handle.update(change);
  };
  const toStep = (step: Draft['step']) => go((d) => ({ ...d, draft: { ...d.draft, step } }));

  const step = draft.step;
  const help = <HelpNote id={id} reasons={helpReasons(draft)} level={level} />;
  const nav = (next: () => void, label: string, withHelp = true) => (
    <>
      {withHelp && help}
      <div class="button-row nameit-nav">
        {step > 1 && (
          <button type="button" class="button secondary" onClick={() => toStep((step - 1) as Draft['step'])}>
            Back
          </button>
        )}
        <button type="button" class="button" onClick={next}>
          {label}
        </button>
      </div>
    </>
  );

  return (
    <div class="nameit-step">
      <H id={`${id}-step`} tabIndex={-1} ref={heading}>
        Step {step} of 4: {TITLES[step - 1]}
      </H>
      {step === 1 && <NameStep id={id} draft={draft} edit={edit} announce={announce} error={error} setError={setError} onNext={() => toStep(2)} nav={nav} />}
      {step === 2 && (
        <>
          {draft.feelings.map((f, i) => (
            <LevelScale
              key={f.word}
              name={`${id}-level-${i}`}
              legend={`How strong is “${f.word}”?`}
              value={f.level}
              onChange={(level) => edit({ feelings: draft.feelings.map((x, j) => (j === i ? { ...x, level } : x)) })}
            />
          ))}
          <LevelScale
            name={`${id}-craving`}
            legend="Is there a craving or urge? How strong?"
            hint="Leave it blank if not. 0 is fine too."
            value={draft.craving}
            onChange={(craving) => edit({ craving })}
          />
          {/* Beside the ratings that raise it, not below the fields after them. */}
          {help}
          <fieldset class="field">
            <legend>Where do you feel it in your body?</legend>
            <Chips name={`${id}-body`} options={BODY_PLACES} chosen={draft.body} onChange={(body) => edit({ body })} />
            <label for={`${id}-body-other`}>Somewhere else</label>
            <input id={`${id}-body-other`} type="text" maxLength={MAX_SHORT} value={draft.bodyOther} onInput={(e) => edit({ bodyOther: e.currentTarget.value })} />
          </fieldset>
          <div class="field">
            <label for={`${id}-trigger`}>What set it off?</label>
            <span class="hint" id={`${id}-trigger-hint`}>
              A place, a person, a time of day, a thought. A few words is plenty.
            </span>
            <input id={`${id}-trigger`} type="text" maxLength={MAX_SHORT} aria-describedby={`${id}-trigger-hint`} value={draft.trigger} onInput={(e) => edit({ trigger: e.currentTarget.value })} />
          </div>
          {nav(() => toStep(3), 'Next: say it', false)}
        </>
      )}
      {step === 3 && (
        <>
          <p class="nameit-sentence">{composeSentence(draft.feelings.map((f) => f.word), draft.craving)}</p>
          <p class="hint">Read it aloud, or say it slowly in your head. Then breathe out.</p>
          <p class="nameit-kind" aria-live="polite">
            {KIND_LINES[draft.kindLine % KIND_LINES.length]}
          </p>
          <button type="button" class="link-button" onClick={() => edit({ kindLine: (draft.kindLine + 1) % KIND_LINES.length })}>
            Show another kind line
          </button>
          <div class="field">
            <label for={`${id}-written`}>Or write it in your own words</label>
            <textarea id={`${id}-written`} maxLength={MAX_LONG} value={draft.written} onInput={(e) => edit({ written: e.currentTarget.value })} />
          </div>
          {nav(() => toStep(4), 'Next: one small step')}
        </>
      )}
      {step === 4 && (
        <>
          <fieldset class="field">
            <legend>What do I need now?</legend>
            <Chips name={`${id}-needs`} options={NEEDS.map((n) => n[0])} chosen={draft.needs} onChange={(needs) => edit({ needs })} />
            <label for={`${id}-need-other`}>Something else</label>
            <input id={`${id}-need-other`} type="text" maxLength={MAX_SHORT} value={draft.needOther} onInput={(e) => edit({ needOther: e.currentTarget.value })} />
          </fieldset>
          {draft.needs.length > 0 && (
            <div class="field" role="group" aria-labelledby={`${id}-ideas`}>
              <p class="hint" id={`${id}-ideas`}>
                Ideas that fit. Choose one to use it:
              </p>
              <div class="nameit-chips">
                {NEEDS.filter(([need]) => draft.needs.includes(need)).map(([, idea]) => (
                  <button
                    type="button"
                    class="button secondary small"
                    onClick={() => {
                      edit({ next: idea });
                      document.getElementById(`${id}-next`)?.focus();
                    }}
                  >
                    {idea}
                  </button>
                ))}
              </div>
            </div>
          )}
          <div class="field">
            <label for={`${id}-next`}>One thing I will do in the next ten minutes</label>
            <input id={`${id}-next`} type="text" maxLength={MAX_SHORT} value={draft.next} onInput={(e) => edit({ next: e.currentTarget.value })} />
          </div>
          <p>
            <a href={withBase('/exercises/social-portfolio/#right-now')}>More ideas for right now in my social portfolio</a>
            <br />
            <a href={withBase(paths.safetyPlan)}>My safety plan, for the hardest moments</a>
          </p>
          {nav(() => {
            // Only possible if the words were removed elsewhere, say in another tab.
            if (!draft.feelings.length) return toStep(1);
            go((d) => finish(d, new Date()));
            announce('Check-in saved.');
          }, 'Finish check-in')}
        </>
      )}
    </div>
  );
}

interface NameStepProps {
  id: string;
  draft: Draft;
  edit(change: Partial<Draft>): void;
  announce(message: string): void;
  error: string;
  setError(message: string): void;
  onNext(): void;
  nav(next: () => void, label: string, withHelp?: boolean): preact.JSX.Element;
}

function NameStep({ id, draft, edit, announce, error, setError, onNext, nav }: NameStepProps) {
  const [typed, setTyped] = useState('');
  const query = cleanWord(typed).toLowerCase();
  const groups = FEELING_GROUPS.map((g) => ({ ...g, words: g.words.filter((w) => w.toLowerCase().includes(query)) })).filter((g) => g.words.length);
  const listed = FEELING_GROUPS.flatMap((g) => g.words).find((w) => query && sameWord(w, query));
  const find = `${id}-find`;

  /** Adds what was typed (as the list's word when it is one); returns whether anything was added. */
  function addTyped(): boolean {
    const word = listed ?? cleanWord(typed);
    if (!word) return false;
    setTyped('');
    if (isChosen(draft, word)) return announce(`“${word}” is already chosen.`), true;
    if (draft.feelings.length >= MAX_FEELINGS) return announce(`That is ${MAX_FEELINGS} words already. Remove one to add another.`), false;
    edit(addFeeling(draft, word));
    announce(`Added “${word}”.`);
    setError('');
    return true;
  }

  function next() {
    // A word typed but not yet added counts, so it is not lost.
    const added = typed.trim() !== '' && (listed !== undefined || draft.feelings.length === 0) && addTyped();
    if (!added && draft.feelings.length === 0) {
      setError('Choose or type at least one word. “Something I can’t name yet” counts too.');
      document.getElementById(find)?.focus();
      return;
    }
    onNext();
  }

  return (
    <>
      <p class="hint">Choose every word that fits, or type your own. Close is good enough.</p>
      <div class="field">
        <label for={find}>Find a feeling, or type your own</label>
        <div class="nameit-find">
          <input
            id={find}
            type="text"
            autocomplete="off"
            enterKeyHint="done"
            maxLength={MAX_SHORT}
            aria-describedby={`${find}-hint`}
            aria-invalid={error ? true : undefined}
            aria-errormessage={error ? `${find}-error` : undefined}
            value={typed}
            onInput={(e) => setTyped(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addTyped();
              }
            }}
          />
          {query && !listed && (
            <button type="button" class="button secondary" onClick={addTyped}>
              Add “{cleanWord(typed)}”
            </button>
          )}
        </div>
        <span class="hint" id={`${find}-hint`}>
          The list below narrows as you type. Press Enter to add the word.
        </span>
      </div>
      {error && (
        <p class="error-text" id={`${find}-error`} role="alert">
          {error}
        </p>
      )}
      {draft.feelings.length > 0 && (
        <div class="nameit-chosen">
          <p id={`${id}-chosen`}>You chose:</p>
          <ul class="nameit-chips" aria-labelledby={`${id}-chosen`}>
            {draft.feelings.map((f) => (
              <li key={f.word}>
                <button
                  type="button"
                  class="button secondary small"
                  aria-label={`Remove “${f.word}”`}
                  onClick={() => {
                    edit(removeFeeling(draft, f.word));
                    announce(`Removed “${f.word}”.`);
                    document.getElementById(find)?.focus();
                  }}
                >
                  {f.word} <span aria-hidden="true">✕</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {groups.map((g) => (
        <fieldset class="nameit-group" key={g.name}>
          <legend>{g.name}</legend>
          <Chips
            name={`${id}-${g.name}`}
            options={g.words}
            chosen={g.words.filter((w) => isChosen(draft, w))}
            onChange={(_, word, on) => {
              edit(on ? addFeeling(draft, word) : removeFeeling(draft, word));
              if (on) setError('');
            }}
          />
        </fieldset>
      ))}
      {query && groups.length === 0 && <p class="hint">No word in the list has “{cleanWord(typed)}” in it. Add it as your own word.</p>}
      {nav(next, 'Next: how strong')}
    </>
  );
}

interface ChipsProps {
  name: string;
  options: string[];
  chosen: string[];
  onChange(chosen: string[], option: string, on: boolean): void;
}

/** Checkboxes drawn as large, wrapping tap targets. */
function Chips({ name, options, chosen, onChange }: ChipsProps) {
  return (
    <div class="nameit-chips">
      {options.map((option) => (
        <label class="nameit-chip" key={option}>
          <input
            type="checkbox"
            name={name}
            value={option}
            checked={chosen.includes(option)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              onChange(toggle(chosen, option, on), option, on);
            }}
          />
          <span>{option}</span>
        </label>
      ))}
    </div>
  );
}

/** A feeling's or a craving's strength: the check-in's hint leads into what the ends mean. */
export function LevelScale({ hint, ...props }: Omit<ComponentProps<typeof Scale>, 'scale'>) {
  return <Scale {...props} scale={`${hint ? `${hint} ` : ''}0 = barely there, 10 = as strong as it gets.`} />;
}

interface HelpNoteProps {
  id: string;
  reasons: HelpReasons;
  /** Level of the step's heading; the overdose section sits one below. */
  level: 3 | 4;
}

/**
 * Help in place, beside the check-in rather than over it: warm words, Help
 * now and the safety plan for the darkest words, and the overdose section for
 * a strong craving. The live region is always there, so its news is heard.
 */
export function HelpNote({ id, reasons, level }: HelpNoteProps) {
  return (
    <div aria-live="polite">
      {(reasons.danger || reasons.craving) && (
        <div class="help-box nameit-help">
          {reasons.danger ? (
            <p>
              <strong>That sounds very heavy, and you matter.</strong> Thank you for putting it into words. You do not have to carry
              this alone. If you might act on thoughts of ending your life or hurting yourself, call your emergency number now, or
              talk to a crisis line today. They are free, and they are there for exactly this.
            </p>
          ) : (
            <p>
              <strong>This craving or urge is strong.</strong> You do not have to ride it out alone. Reach out to someone now, or use
              your plan for hard moments.
            </p>
          )}
          <p class="button-row">
            <a class="button" href={withBase(paths.helpNow)}>
              Help now: free lines to call or text
            </a>
            <a class="button secondary" href={withBase(paths.safetyPlan)}>
              My safety plan
            </a>
          </p>
          {reasons.craving && (
            <details class="nameit-overdose">
              <summary>If you do use: how to stay safer from overdose</summary>
              <OverdoseSafety headingLevel={level === 3 ? 4 : 5} id={`${id}-overdose`} linkHelp={false} />
            </details>
          )}
        </div>
      )}
    </div>
  );
}
