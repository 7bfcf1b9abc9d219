// Adding steps: the form for a step of one's own (kept as a draft, so a
// half-written step survives a reload) and one-click ideas from the guides.
import { STARTERS, type Ladder, type Step } from '../../../workbook/kinds/ladder-logic';
import { Rating, Text } from './Inputs';
import type { LadderHandlers } from './useLadder';

interface FormProps {
  idPrefix: string;
  headingLevel: 3 | 4;
  draft: Ladder['draft'];
  /** Why the last step could not be added, or "". */
  error: string;
  on: LadderHandlers;
}

export function AddStep({ idPrefix, headingLevel, draft, error, on }: FormProps) {
  const H = `h${headingLevel}` as const;
  return (
    <form
      class="ladder-add"
      noValidate
      aria-labelledby={`${idPrefix}-add`}
      onSubmit={(e) => {
        e.preventDefault();
        on.addDraft();
      }}
    >
      <H id={`${idPrefix}-add`}>Add a step</H>
      <Text
        id={`${idPrefix}-new-what`}
        label="What you will do"
        hint="A real situation, for example “Say good morning to my neighbour”."
        value={draft.what}
        set={(what) => on.editDraft({ what })}
      />
      <Rating
        id={`${idPrefix}-new-rating`}
        label="Expected distress, 0 to 100"
        hint="How anxious you think it would make you: 0 is calm, 100 the most anxious you can imagine. A guess is fine."
        value={draft.rating}
        set={(rating) => on.editDraft({ rating })}
      />
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="button">
        Add step
      </button>
    </form>
  );
}

/** The starter ideas not on the ladder yet; each adds itself with a typical rating. */
export function Ideas({ idPrefix, steps, on }: { idPrefix: string; steps: Step[]; on: LadderHandlers }) {
  const ideas = STARTERS.filter((s) => !steps.some((x) => x.what.trim() === s.what));
  if (ideas.length === 0) return null;
  return (
    <details class="ladder-ideas" open>
      <summary>Ideas for steps, from the guides</summary>
      <p class="hint">One click adds the idea with a typical rating. Change the rating to fit you.</p>
      <ul>
        {ideas.map((s, i) => (
          <li key={s.what}>
            {/* Focus moves to the idea that takes this one's place, or to the form after the last. */}
            <button
              type="button"
              class="button secondary small"
              id={`${idPrefix}-starter-${i}`}
              onClick={() => on.addIdea(s, i < ideas.length - 1 ? `${idPrefix}-starter-${i}` : `${idPrefix}-new-what`)}
            >
              Add: {s.what} ({s.rating})
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
