// What the ladder looks like on paper. The screen view is made for editing
// and folds steps away, so printing uses these plain tables instead (CSS
// shows them only in print). The blank sheet is also what prints when
// nothing is written yet, and what the server renders without JavaScript.
import { attemptsByDate, shownWhat, type LadderData, type Step } from '../../../workbook/kinds/ladder-logic';
import { Pure } from './Pure';
import { shortDate } from './Tries';
import { orDash } from '../dash';
import { ladderWordsIn, useLadderWords, type LadderWords } from '../../../i18n/widgets/ladder';
import { LangContext, useLang } from '../../../i18n/widgets/words';
import type { Lang } from '../../../i18n/languages';

const rows = (count: number, cells: number) =>
  Array.from({ length: count }, () => (
    <tr>
      {Array.from({ length: cells }, () => (
        <td />
      ))}
    </tr>
  ));

function details(s: Step, w: LadderWords['print'], lang: Lang) {
  return [
    s.where && w.where(s.where),
    s.when && w.when(s.when),
    s.on && w.plannedFor(shortDate(s.on, lang)),
    s.howLong && w.howLong(s.howLong),
    s.safety && w.drop(s.safety),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One step's tries, re-rendered only when that step changes. */
class PrintTries extends Pure<{ step: Step; n: number }> {
  // The page's language, from the island (a class reads it this way, not with a hook).
  static contextType = LangContext;

  render({ step, n }: { step: Step; n: number }) {
    const lang = this.context as Lang;
    const words = ladderWordsIn(lang);
    const w = words.print;
    return (
      <table class="ladder-table">
        <caption>{w.triesCaption(n, shownWhat(step.what, words.starters))}</caption>
        <thead>
          <tr>
            <th scope="col">{w.date}</th>
            <th scope="col">{w.before}</th>
            <th scope="col">{w.peak}</th>
            <th scope="col">{w.after}</th>
            <th scope="col">{w.feared}</th>
            <th scope="col">{w.happened}</th>
            <th scope="col">{w.lookingBack}</th>
          </tr>
        </thead>
        <tbody>
          {attemptsByDate(step.attempts).map((a) => (
            <tr key={a.id}>
              <td>{shortDate(a.date, lang)}</td>
              <td>{orDash(a.before)}</td>
              <td>{orDash(a.peak)}</td>
              <td>{orDash(a.after)}</td>
              <td>{a.feared}</td>
              <td>{a.happened}</td>
              <td>{a.reflection}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
}

/** Every ladder with every try, as plain tables. */
export function PrintView({ data }: { data: LadderData }) {
  const words = useLadderWords();
  const w = words.print;
  const lang = useLang();
  return (
    <div class="ladder-print">
      {data.ladders
        .filter((l) => l.steps.length > 0)
        .map((l) => (
          <section key={l.id}>
            <p class="ladder-print-goal">
              <strong>{w.goal}</strong> {l.goal}
            </p>
            <table class="ladder-table">
              <caption>{w.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{w.step}</th>
                  <th scope="col">{w.what}</th>
                  <th scope="col">{w.expected}</th>
                  <th scope="col">{w.climbed}</th>
                </tr>
              </thead>
              <tbody>
                {l.steps.map((s, i) => (
                  <tr key={s.id}>
                    <td>{i + 1}</td>
                    <td>
                      {shownWhat(s.what, words.starters)}
                      {details(s, w, lang) && <span class="hint">{details(s, w, lang)}</span>}
                    </td>
                    <td>{orDash(s.rating)}</td>
                    <td>{s.climbedOn || '☐'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {l.steps.map((s, i) => s.attempts.length > 0 && <PrintTries key={s.id} step={s} n={i + 1} />)}
          </section>
        ))}
    </div>
  );
}

/** An empty ladder to fill in by hand. */
export function BlankSheet() {
  const w = useLadderWords().print;
  return (
    <div class="ladder-blank">
      <p class="ladder-print-goal">
        <strong>{w.myGoal}</strong>
      </p>
      <p>{w.blankIntro}</p>
      <table class="ladder-table">
        <caption>{w.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{w.what}</th>
            <th scope="col">{w.expected}</th>
            <th scope="col">{w.whereWhenLong}</th>
            <th scope="col">{w.safety}</th>
            <th scope="col">{w.climbed}</th>
          </tr>
        </thead>
        <tbody>{rows(10, 5)}</tbody>
      </table>
      <table class="ladder-table">
        <caption>{w.myTries}</caption>
        <thead>
          <tr>
            <th scope="col">{w.dateAndStep}</th>
            <th scope="col">{w.distressBefore}</th>
            <th scope="col">{w.atPeak}</th>
            <th scope="col">{w.after}</th>
            <th scope="col">{w.fearedWould}</th>
            <th scope="col">{w.actually}</th>
          </tr>
        </thead>
        <tbody>{rows(8, 6)}</tbody>
      </table>
    </div>
  );
}
