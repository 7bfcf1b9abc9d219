// Delete everything this site stored in this browser, after asking in place.
import { useState } from 'preact/hooks';
import { Confirm } from '../Confirm';
import { focusSoon } from '../focus';
import { deleteEverything } from '../../../workbook/workbook';
import { deletedMessage } from '../../../workbook/my-workbook';
import { removeOfflineCopy } from '../../../lib/offline-copy';
import { useLang } from '../../../i18n/widgets/words';
import { useWorkbookWords } from '../../../i18n/widgets/workbook';

interface Props {
  ready: boolean;
  announce(message: string): void;
  refresh(): void;
}

export function DeleteEverything({ ready, announce, refresh }: Props) {
  const lang = useLang();
  const w = useWorkbookWords().delete;
  const [asking, setAsking] = useState(false);

  async function yes() {
    const failed = deleteEverything();
    setAsking(false);
    refresh();
    announce(deletedMessage(failed, await removeOfflineCopy(), lang));
  }

  return (
    <section aria-labelledby="delete-title" class="no-print">
      <h2 id="delete-title">{w.heading}</h2>
      <p>{w.intro}</p>
      {!asking ? (
        <button type="button" id="delete-everything" class="button danger" onClick={() => setAsking(true)} disabled={!ready}>
          {w.button}
        </button>
      ) : (
        <Confirm label={w.confirmLabel} yes={w.yes} no={w.no} onYes={yes} onNo={() => (setAsking(false), focusSoon('delete-everything'))}>
          {w.question}
        </Confirm>
      )}
    </section>
  );
}
