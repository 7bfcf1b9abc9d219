// A rarely needed part of a widget, loaded with a plain import() the first
// time it is wanted, so a first visit loads less. On a lost connection it may
// never arrive: the widget then says so where the part would have been.
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The module `load` brings, loaded the first time `when` is true and kept
 * from then on: null until it has arrived (and before it is wanted), false if
 * it could not load. A failed part is not tried again (a browser may keep the
 * failure): the widget asks for a reload. `load` may be a new function on
 * every render, as in `useOnDemand(() => import('./Part'), open)`.
 */
export function useOnDemand<M>(load: () => Promise<M>, when: boolean): M | null | false {
  const [part, setPart] = useState<M | null | false>(null);
  const asked = useRef(false);
  const gone = useRef(false);
  useEffect(
    () => () => {
      gone.current = true;
    },
    [],
  );
  useEffect(() => {
    if (!when || asked.current) return;
    asked.current = true;
    // Handed over in a function: given a function, setPart would call it.
    const settle = (next: M | false) => gone.current || setPart(() => next);
    load().then(settle, () => settle(false));
  }, [when]);
  return part;
}
