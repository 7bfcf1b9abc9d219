// "Right now": today's energy and mood, and up to three things from the
// portfolio that fit, easiest first, each with its backup. The check-in links
// here on a hard day, so the heading takes focus when the page lands on it.
import { useHashFocus } from '../useHashFocus';
import { ENERGIES, MOODS, cap, checkinOn, isNamed, suggest, type Energy, type Mood, type Suggestion } from '../../../workbook/kinds/portfolio-logic';
import { checkIn, setDone } from '../../../workbook/kinds/portfolio-actions';
import { count } from '../../../lib/words';
import { Choices } from './Choices';
import { headingTag, isWaiting, kindOf, type ViewProps } from './common';

/** The agreed anchor the check-in links to (/exercises/social-portfolio/#right-now). */
export const RIGHT_NOW = 'right-now';

interface Props extends ViewProps {
  /** Address of the Help now page. */
  helpHref: string;
}

export function RightNow({ idPrefix, handle, today, headingLevel, announce, helpHref }: Props) {
  const H = headingTag(headingLevel);
  const { data, update } = handle;
  const { energy, mood } = checkinOn(data, today);
  const waiting = isWaiting({ today, handle });
  useHashFocus(RIGHT_NOW);

  function choose(choice: { energy?: Energy; mood?: Mood }) {
    update((d) => checkIn(d, today, choice));
    // Counted from the answers as saved: two quick taps land before a redraw.
    const saved = handle.current();
    const now = checkinOn(saved, today);
    if (!now.energy || !now.mood) return;
    const n = suggest(saved, now.energy, now.mood, today).length;
    announce(n ? `${count(n, 'idea fits', 'ideas fit')} right now, easiest first.` : 'Nothing in your portfolio fits right now yet.');
  }

  function markDone({ item }: Suggestion, done: boolean) {
    update((d) => setDone(d, item.id, today, done));
    announce(done ? `${item.name} marked as done today. Well done.` : `${item.name} is no longer marked as done today.`);
  }

  return (
    <section class="portfolio-now" aria-labelledby={RIGHT_NOW}>
      <H id={RIGHT_NOW} tabIndex={-1}>
        Right now
      </H>
      <p class="hint">Pick how you are today. You get up to three things that fit, easiest first, each with its backup.</p>
      <Choices
        legend="Your energy today"
        name={`${idPrefix}-now-energy`}
        options={ENERGIES}
        label={cap}
        value={[energy]}
        disabled={waiting}
        onChange={([e]) => choose({ energy: e as Energy })}
      />
      <Choices
        legend="Your mood today"
        name={`${idPrefix}-now-mood`}
        options={MOODS}
        label={cap}
        value={[mood]}
        disabled={waiting}
        onChange={([m]) => choose({ mood: m as Mood })}
      />
      {energy && mood && (
        <div class="portfolio-ideas">
          <Ideas ideas={suggest(data, energy, mood, today)} empty={!data.items.some(isNamed)} energy={energy} mood={mood} onDone={markDone} />
          {(mood === 'low' || mood === 'anxious') && (
            <p class="meta">
              If you feel unsafe, <a href={helpHref}>Help now</a> has free lines you can call or text.
            </p>
          )}
        </div>
      )}
    </section>
  );
}

interface IdeasProps {
  ideas: Suggestion[];
  /** Nothing in the portfolio has a name yet. */
  empty: boolean;
  energy: Energy;
  mood: Mood;
  onDone(idea: Suggestion, done: boolean): void;
}

function Ideas({ ideas, empty, energy, mood, onDone }: IdeasProps) {
  if (ideas.length === 0) {
    return (
      <p>
        {empty
          ? 'Nothing in your portfolio yet. Add a person or an activity below, and ideas will appear here.'
          : `Nothing in your portfolio fits a ${energy}-energy, ${mood} day yet. Add one small thing that would, like a text to someone who gets it.`}
      </p>
    );
  }
  return (
    <ol class="portfolio-list" aria-label="Ideas for right now">
      {ideas.map((idea) => {
        const { item, backup, doneToday } = idea;
        return (
          <li class="card" key={item.id}>
            <p>
              <strong>{item.name}</strong>{' '}
              <span class="meta">
                {kindOf(item)} · {item.energy} energy
              </span>
            </p>
            <p>{backup ? `If this falls through: ${backup}` : <span class="meta">No backup written for this one yet.</span>}</p>
            {doneToday ? (
              <p class="portfolio-done">
                Done today.{' '}
                <button type="button" class="button secondary small" aria-label={`Undo: ${item.name} done today`} onClick={() => onDone(idea, false)}>
                  Undo
                </button>
              </p>
            ) : (
              <button type="button" class="button small" aria-label={`I did this: ${item.name}`} onClick={() => onDone(idea, true)}>
                I did this
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
