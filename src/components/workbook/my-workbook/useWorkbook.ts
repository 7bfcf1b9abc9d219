// What My workbook shows, read once the schemas have loaded and read again
// whenever it changes: in another tab, or by a restore or delete on this page.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useAtom } from '../useAtom';
import type { ExerciseDef } from '../../../workbook/kinds/types';
import { $lock, $persistence, $saveStates, answersSettled, probeStorage } from '../../../workbook/store';
import { useLang } from '../../../i18n/widgets/words';
import { keepingNote, knownExercises, loadWorkbook, readWorkbook, type Listed } from '../../../workbook/my-workbook';

export function useWorkbook<E extends ExerciseDef>(all: E[]) {
  const exercises = useMemo(() => knownExercises(all), [all]);
  const [ready, setReady] = useState(false);
  /** The code that checks saved answers did not arrive (a lost connection). */
  const [loadFailed, setLoadFailed] = useState(false);
  const [listed, setListed] = useState<Listed>({ saved: [], quarantined: [] });
  const [storageOk, setStorageOk] = useState(true);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const persistence = useAtom($persistence);
  const saveStates = useAtom($saveStates);
  const lock = useAtom($lock);
  const lang = useLang();

  const refresh = () => setListed(readWorkbook(exercises.known));

  useEffect(() => {
    loadWorkbook(exercises).then(
      (found) => {
        setStorageOk(probeStorage().ok);
        setListed(found);
        setReady(true);
      },
      () => setLoadFailed(true),
    );
    navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(null));
    // A sealed answer changed in another tab is opened before the list is read again.
    const onStorage = () => void answersSettled().then(refresh);
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);

  // Writes made on this page (restore, delete), and locking or unlocking, show at once.
  useEffect(() => {
    if (ready) refresh();
  }, [saveStates, lock]);

  return { ...exercises, ...listed, ready, loadFailed, locked: lock === 'locked', storageOk, keeping: keepingNote(persistence, persisted, lang), refresh };
}
