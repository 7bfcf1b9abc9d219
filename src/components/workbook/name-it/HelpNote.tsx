// Help in place, beside the check-in rather than over it: warm words, Help
// now and the safety plan for the darkest words, and the overdose section for
// a strong craving. The live region is always there, so its news is heard.
import type { HelpReasons } from '../../../workbook/name-it/safety';
import { OverdoseSafety } from '../../safety/OverdoseSafety';
import { paths, withBase } from '../../../lib/urls';

interface Props {
  idPrefix: string;
  reasons: HelpReasons;
  /** Level of the step's heading; the overdose section sits one below. */
  headingLevel: 3 | 4;
}

export function HelpNote({ idPrefix, reasons, headingLevel }: Props) {
  return (
    <div aria-live="polite">
      {(reasons.danger || reasons.craving) && (
        <div class="help-box nameit-help">
          {reasons.danger ? (
            <p>
              <strong>That sounds very heavy, and you matter.</strong> Thank you for putting it into words. You do not have to carry this alone. If you might act on
              thoughts of ending your life or hurting yourself, call your emergency number now, or talk to a crisis line today. They are free, and they are there for
              exactly this.
            </p>
          ) : (
            <p>
              <strong>This craving or urge is strong.</strong> You do not have to ride it out alone. Reach out to someone now, or use your plan for hard moments.
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
              <OverdoseSafety headingLevel={headingLevel === 3 ? 4 : 5} id={`${idPrefix}-overdose`} linkHelp={false} />
            </details>
          )}
        </div>
      )}
    </div>
  );
}
