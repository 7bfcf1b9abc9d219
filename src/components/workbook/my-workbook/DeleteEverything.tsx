// Delete everything this site stored in this browser, after asking in place.
import { useState } from 'preact/hooks';
import { Confirm } from '../Confirm';
import { focusSoon } from '../focus';
import { deleteEverything } from '../../../workbook/workbook';
import { deletedMessage } from '../../../workbook/my-workbook';
import { removeOfflineCopy } from '../../../lib/offline-copy';

interface Props {
  ready: boolean;
  announce(message: string): void;
  refresh(): void;
}

export function DeleteEverything({ ready, announce, refresh }: Props) {
  const [asking, setAsking] = useState(false);

  async function yes() {
    const failed = deleteEverything();
    setAsking(false);
    refresh();
    announce(deletedMessage(failed, await removeOfflineCopy()));
  }

  return (
    <section aria-labelledby="delete-title" class="no-print">
      <h2 id="delete-title">Delete everything on this device</h2>
      <p>Removes every answer, backup copy and setting this site has stored in this browser, and the copy of the site kept for reading offline. It cannot be undone.</p>
      {!asking ? (
        <button type="button" id="delete-everything" class="button danger" onClick={() => setAsking(true)} disabled={!ready}>
          Delete everything on this device
        </button>
      ) : (
        <Confirm
          label="Confirm deleting everything"
          yes="Yes, delete everything"
          no="Keep my answers"
          onYes={yes}
          onNo={() => (setAsking(false), focusSoon('delete-everything'))}
        >
          Delete all your answers on this device? Download a backup first if you may want them.
        </Confirm>
      )}
    </section>
  );
}
