// What a restore would change, answer by answer, before anything is written:
// a newer answer on the device is kept unless the person ticks to replace it.
import type { RestorePlan } from '../../../workbook/backup';
import { actionText, restoreLabel } from '../../../workbook/my-workbook';
import { formatWhen } from '../AnswerSummary';
import { useLang } from '../../../i18n/widgets/words';
import { useWorkbookWords } from '../../../i18n/widgets/workbook';

interface Props {
  plan: Extract<RestorePlan, { ok: true }>;
  replaceNewer: ReadonlySet<string>;
  /** How many answers Restore would write. */
  toRestore: number;
  onChoose(id: string, replace: boolean): void;
  onRestore(): void;
  onCancel(): void;
}

export function RestoreCheck({ plan, replaceNewer, toRestore, onChoose, onRestore, onCancel }: Props) {
  const lang = useLang();
  const w = useWorkbookWords().restore;
  return (
    <div class="restore-plan" role="region" aria-labelledby="restore-title">
      <h3 id="restore-title">{w.heading}</h3>
      {plan.exportedAt && <p class="meta">{w.made(formatWhen(plan.exportedAt, lang))}</p>}
      {plan.items.length > 0 && (
        <ul>
          {plan.items.map((item) => (
            <li key={item.id}>
              <strong>{item.title}</strong>: {actionText(item.action, lang)}
              {item.action === 'keep-device' && (
                <label class="check">
                  <input type="checkbox" checked={replaceNewer.has(item.id)} onChange={(e) => onChoose(item.id, e.currentTarget.checked)} />
                  {w.replaceAnyway}
                </label>
              )}
            </li>
          ))}
        </ul>
      )}
      {plan.rejected.length > 0 && (
        <>
          <p>{w.leftOut}</p>
          <ul>
            {plan.rejected.map((r) => (
              <li key={r.id}>
                <strong>{r.id}</strong>: {r.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="button-row">
        <button type="button" class="button" onClick={onRestore} disabled={toRestore === 0}>
          {restoreLabel(toRestore, lang)}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {w.cancel}
        </button>
      </div>
    </div>
  );
}
