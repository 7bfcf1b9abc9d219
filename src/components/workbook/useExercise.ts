// Connects an island to its exercise's store. The server and the first render
// in the browser both show the empty exercise, so hydration matches; saved
// answers appear right after, once they have been read and checked.
import type { Problem } from '../../workbook/record';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { atom } from 'nanostores';
import { useAtom } from './useAtom';
import { showLoadFailed } from './load-failed';
import { $lock, $saveStates, $unreadable, lockReady, prepareExercise, probeStorage, readyExercise, type ExerciseStore, type SaveState } from '../../workbook/store';
import { emptyRecord, type WorkbookRecord } from '../../workbook/record';
import type { ExerciseDef, KindSpec } from '../../workbook/kinds/types';
import type { WriteResult } from '../../workbook/safe-storage';

export interface ExerciseHandle<T> {
  data: T;
  record: WorkbookRecord<T>;
  /** False until saved answers have been read; changes wait until then. */
  ready: boolean;
  update(change: (data: T) => T): void;
  /**
   * The data as saved right now, which may be newer than this render's
   * `data` (read it in a handler that runs after an earlier change).
   */
  current(): T;
  clear(): WorkbookRecord<T>;
  put(record: WorkbookRecord<T>): void;
  save: SaveState;
  /** Why an earlier answer could not be read, if it could not. */
  unreadable?: Problem;
  /** The reader's passcode lock is on and this tab has not unlocked it. */
  locked: boolean;
}

export function useExercise<T>(def: ExerciseDef, spec: KindSpec<T>): ExerciseHandle<T> {
  const placeholder = useMemo(() => atom(emptyRecord(spec, def)), [def.id]);
  const [store, setStore] = useState<ExerciseStore<T> | undefined>(undefined);
  // Probed after hydration, so the first render matches the server's.
  const [probe, setProbe] = useState<WriteResult | null>(null);

  const lock = useAtom($lock);

  useEffect(() => {
    setProbe(probeStorage());
    let current = true;
    const failed = () => showLoadFailed(document.getElementById(def.id)!);
    // Locked, the exercise stays empty and waits: nothing typed can be saved
    // over a sealed answer. Without a lock (nearly everyone) this is at once.
    lockReady().then((status) => {
      if (!current) return;
      if (status === 'locked') return setStore(undefined);
      const ready = readyExercise(def, spec);
      if (ready) setStore(ready);
      // Reading saved answers needs the kind's schema, fetched now: if the
      // connection drops, the exercise says so.
      else prepareExercise(def, spec).then((s) => current && setStore(s), failed);
    }, failed);
    return () => {
      current = false;
    };
  }, [def.id, lock]);

  const record = useAtom(store?.$record ?? placeholder);
  const states = useAtom($saveStates);
  const unreadable = useAtom($unreadable);
  let save: SaveState = states[def.id] ?? { state: 'idle' };
  if (save.state === 'idle' && probe && !probe.ok) save = { state: 'failed', reason: probe.reason };

  return {
    data: record.data,
    record,
    ready: store !== undefined,
    update: (change) => store?.update(change),
    current: () => (store ? store.$record.get().data : record.data),
    clear: () => store?.clear() ?? record,
    put: (r) => store?.put(r),
    save,
    unreadable: unreadable[def.id],
    locked: lock === 'locked',
  };
}
