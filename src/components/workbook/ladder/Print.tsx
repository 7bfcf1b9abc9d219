// What the ladder looks like on paper. The screen view is made for editing
// and folds steps away, so printing uses these plain tables instead (CSS
// shows them only in print). The blank sheet is also what prints when
// nothing is written yet, and what the server renders without JavaScript.
import { attemptsByDate, type LadderData, type Step } from '../../../workbook/kinds/ladder-logic';
import { Pure } from './Pure';
import { shortDate } from './Tries';
import { orDash } from '../dash';

const rows = (count: number, cells: number) =>
  Array.from({ length: count }, () => (
    <tr>
      {Array.from({ length: cells }, () => (
        <td />
      ))}
    </tr>
  ));

function details(s: Step) {
  return [
    s.where && `Where: ${s.where}`,
    s.when && `When: ${s.when}`,
    s.on && `Planned for: ${shortDate(s.on)}`,
    s.howLong && `How long: ${s.howLong}`,
    s.safety && `Drop: ${s.safety}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One step's tries, re-rendered only when that step changes. */
class PrintTries extends Pure<{ step: Step; n: number }> {
  render({ step, n }: { step: Step; n: number }) {
    return (
      <table class="ladder-table">
        <caption>
          Tries on step {n}: {step.what}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Before</th>
            <th scope="col">Peak</th>
            <th scope="col">After</th>
            <th scope="col">What I feared</th>
            <th scope="col">What happened</th>
            <th scope="col">Looking back</th>
          </tr>
        </thead>
        <tbody>
          {attemptsByDate(step.attempts).map((a) => (
            <tr key={a.id}>
              <td>{shortDate(a.date)}</td>
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
  return (
    <div class="ladder-print">
      {data.ladders
        .filter((l) => l.steps.length > 0)
        .map((l) => (
          <section key={l.id}>
            <p class="ladder-print-goal">
              <strong>Goal:</strong> {l.goal}
            </p>
            <table class="ladder-table">
              <caption>My ladder, easiest step first</caption>
              <thead>
                <tr>
                  <th scope="col">Step</th>
                  <th scope="col">What I will do</th>
                  <th scope="col">Expected distress (0–100)</th>
                  <th scope="col">Climbed</th>
                </tr>
              </thead>
              <tbody>
                {l.steps.map((s, i) => (
                  <tr key={s.id}>
                    <td>{i + 1}</td>
                    <td>
                      {s.what}
                      {details(s) && <span class="hint">{details(s)}</span>}
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
  return (
    <div class="ladder-blank">
      <p class="ladder-print-goal">
        <strong>My goal:</strong>
      </p>
      <p>
        Rate each step from 0 (calm) to 100 (the most anxious you can imagine). Start with a step rated about 40 or below. Before each try, write what you fear will
        happen; afterwards, what really did. A try counts even if your fear stays high. Repeat a step until it feels manageable, then move up.
      </p>
      <table class="ladder-table">
        <caption>My ladder, easiest step first</caption>
        <thead>
          <tr>
            <th scope="col">What I will do</th>
            <th scope="col">Expected distress (0–100)</th>
            <th scope="col">Where, when, how long</th>
            <th scope="col">Safety behaviours to drop</th>
            <th scope="col">Climbed</th>
          </tr>
        </thead>
        <tbody>{rows(10, 5)}</tbody>
      </table>
      <table class="ladder-table">
        <caption>My tries</caption>
        <thead>
          <tr>
            <th scope="col">Date and step</th>
            <th scope="col">Distress before</th>
            <th scope="col">At the peak</th>
            <th scope="col">After</th>
            <th scope="col">What I feared would happen</th>
            <th scope="col">What actually happened</th>
          </tr>
        </thead>
        <tbody>{rows(8, 6)}</tbody>
      </table>
    </div>
  );
}
