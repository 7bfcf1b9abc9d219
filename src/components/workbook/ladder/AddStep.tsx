// Adding steps: the form for a step of one's own (kept as a draft, so a
// half-written step survives a reload) and one-click ideas from the guides.
import { STARTERS, type Ladder, type Step } from '../../../workbook/kinds/ladder-logic';
import { Rating, Text } from './Inputs';
import type { LadderHandlers } from './useLadder';
import { useLadderWords } from '../../../i18n/widgets/ladder';

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
  const w = useLadderWords().add;
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
      <H id={`${idPrefix}-add`}>{w.heading}</H>
      <Text id={`${idPrefix}-new-what`} label={w.whatLabel} hint={w.whatHint} value={draft.what} set={(what) => on.editDraft({ what })} />
      <Rating id={`${idPrefix}-new-rating`} label={w.ratingLabel} hint={w.ratingHint} value={draft.rating} set={(rating) => on.editDraft({ rating })} />
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="button">
        {w.submit}
      </button>
    </form>
  );
}

/** The starter ideas not on the ladder yet; each adds itself with a typical rating. */
export function Ideas({ idPrefix, steps, on }: { idPrefix: string; steps: Step[]; on: LadderHandlers }) {
  const words = useLadderWords();
  const w = words.ideas;
  // Ideas are saved in English, whatever the page's language, so they are compared in English.
  const ideas = STARTERS.filter((s) => !steps.some((x) => x.what.trim() === s.what));
  if (ideas.length === 0) return null;
  return (
    <details class="ladder-ideas" open>
      <summary>{w.summary}</summary>
      <p class="hint">{w.hint}</p>
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
              {w.add(words.starters[s.key], s.rating)}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
