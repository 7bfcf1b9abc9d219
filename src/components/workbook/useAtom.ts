// Reads a nanostore in a component. @nanostores/preact's useStore redraws on a
// timer, so a redraw for any other reason in between (a status message, say)
// shows the old answer for a moment: a radio button just chosen flicks back
// off, and a screen reader may announce it so. This redraws in the same batch
// as the change that caused it.
import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';

export function useAtom<T>(store: ReadableAtom<T>): T {
  const [, redraw] = useState(0);
  const value = store.get();
  useEffect(() => {
    const stop = store.listen(() => redraw((n) => n + 1));
    // A change between the first draw and listening would otherwise be missed.
    if (store.get() !== value) redraw((n) => n + 1);
    return stop;
  }, [store]);
  return value;
}
