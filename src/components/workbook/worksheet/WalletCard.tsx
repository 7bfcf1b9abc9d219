// A worksheet's answers as a card to cut out, fold and keep in a wallet or
// phone case: shown only when printed with "Print a wallet-sized card". It
// names neither the site nor the exercise's topic beyond its title, since a
// card can be seen by others.
import type { ExerciseDef } from '../../../workbook/kinds/types';
import { formatValue, isAnswered, type Values } from '../../../workbook/kinds/worksheet';
import { useFrameWords } from '../../../i18n/widgets/frame';

export function WalletCard({ def, values }: { def: ExerciseDef; values: Values }) {
  const frame = useFrameWords();
  const w = frame.wallet;
  const answered = def.fields.filter((f) => isAnswered(values[f.id]));
  return (
    <div class="wallet-card-sheet print-only-card">
      <p class="wallet-card-cut">{w.cut}</p>
      <div class="wallet-card">
        <p class="wallet-card-title">{def.title}</p>
        {answered.length === 0 ? (
          <p>{w.empty}</p>
        ) : (
          answered.map((f) => (
            <div class="wallet-card-part" key={f.id}>
              <p class="wallet-card-label">{f.label}</p>
              <p>{formatValue(f, values[f.id], frame)}</p>
            </div>
          ))
        )}
      </div>
    </div>
  );
}
