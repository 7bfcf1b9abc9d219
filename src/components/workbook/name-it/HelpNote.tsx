// Help in place, beside the check-in rather than over it: warm words, Help
// now and the safety plan for the darkest words, and the overdose section for
// a strong craving. The live region is always there, so its news is heard.
import type { HelpReasons } from '../../../workbook/name-it/safety';
import { OverdoseSafety } from '../../safety/OverdoseSafety';
import { paths, withBase } from '../../../lib/urls';
import { localePath } from '../../../i18n/languages';
import { useLang } from '../../../i18n/widgets/words';
import { useNameItWords } from '../../../i18n/widgets/name-it';

interface Props {
  idPrefix: string;
  reasons: HelpReasons;
  /** Level of the step's heading; the overdose section sits one below. */
  headingLevel: 3 | 4;
}

export function HelpNote({ idPrefix, reasons, headingLevel }: Props) {
  const w = useNameItWords();
  const lang = useLang();
  return (
    <div aria-live="polite">
      {(reasons.danger || reasons.craving) && (
        <div class="help-box nameit-help">
          {reasons.danger ? (
            <p>
              <strong>{w.help.dangerLead}</strong> {w.help.danger}
            </p>
          ) : (
            <p>
              <strong>{w.help.cravingLead}</strong> {w.help.craving}
            </p>
          )}
          <p class="button-row">
            <a class="button" href={withBase(localePath(lang, paths.helpNow))}>
              {w.help.helpNow}
            </a>
            <a class="button secondary" href={withBase(localePath(lang, paths.safetyPlan))}>
              {w.help.safetyPlan}
            </a>
          </p>
          {reasons.craving && (
            <details class="nameit-overdose">
              <summary>{w.help.overdose}</summary>
              <OverdoseSafety headingLevel={headingLevel === 3 ? 4 : 5} id={`${idPrefix}-overdose`} linkHelp={false} />
            </details>
          )}
        </div>
      )}
    </div>
  );
}
