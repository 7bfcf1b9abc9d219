// "Right now": today's energy and mood, and up to three things from the
// portfolio that fit, easiest first, each with its backup. The check-in links
// here on a hard day, so the heading takes focus when the page lands on it.
import { useHashFocus } from '../useHashFocus';
import { ENERGIES, MOODS, checkinOn, isNamed, suggest, type Energy, type Mood, type Suggestion } from '../../../workbook/kinds/portfolio-logic';
import { checkIn, setDone } from '../../../workbook/kinds/portfolio-actions';
import { usePortfolioWords } from '../../../i18n/widgets/portfolio';
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
  const words = usePortfolioWords();
  const w = words.now;
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
    announce(n ? w.ideasFit(n) : w.nothingFits);
  }

  function markDone({ item }: Suggestion, done: boolean) {
    update((d) => setDone(d, item.id, today, done));
    announce(done ? w.markedDone(item.name) : w.unmarked(item.name));
  }

  return (
    <section class="portfolio-now" aria-labelledby={RIGHT_NOW}>
      <H id={RIGHT_NOW} tabIndex={-1}>
        {w.heading}
      </H>
      <p class="hint">{w.hint}</p>
      <Choices
        legend={w.energy}
        name={`${idPrefix}-now-energy`}
        options={ENERGIES}
        label={(o) => words.options.energy[o as Energy]}
        value={[energy]}
        disabled={waiting}
        onChange={([e]) => choose({ energy: e as Energy })}
      />
      <Choices
        legend={w.mood}
        name={`${idPrefix}-now-mood`}
        options={MOODS}
        label={(o) => words.options.mood[o as Mood]}
        value={[mood]}
        disabled={waiting}
        onChange={([m]) => choose({ mood: m as Mood })}
      />
      {energy && mood && (
        <div class="portfolio-ideas">
          <Ideas ideas={suggest(data, energy, mood, today)} empty={!data.items.some(isNamed)} energy={energy} mood={mood} onDone={markDone} />
          {(mood === 'low' || mood === 'anxious') && (
            <p class="meta">
              {w.unsafe.before}
              <a href={helpHref}>{words.helpNow}</a>
              {w.unsafe.after}
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
  const words = usePortfolioWords();
  const w = words.now;
  if (ideas.length === 0) {
    return <p>{empty ? w.empty : w.noFit(energy, mood)}</p>;
  }
  return (
    <ol class="portfolio-list" aria-label={w.ideas}>
      {ideas.map((idea) => {
        const { item, backup, doneToday } = idea;
        return (
          <li class="card" key={item.id}>
            <p>
              <strong>{item.name}</strong>{' '}
              <span class="meta">
                {kindOf(item, words)} · {item.energy && words.item.energy[item.energy]}
              </span>
            </p>
            <p>{backup ? words.item.fallsThrough(backup) : <span class="meta">{w.noBackup}</span>}</p>
            {doneToday ? (
              <p class="portfolio-done">
                {w.doneToday}{' '}
                <button type="button" class="button secondary small" aria-label={w.undoLabel(item.name)} onClick={() => onDone(idea, false)}>
                  {w.undo}
                </button>
              </p>
            ) : (
              <button type="button" class="button small" aria-label={w.didThisLabel(item.name)} onClick={() => onDone(idea, true)}>
                {w.didThis}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
