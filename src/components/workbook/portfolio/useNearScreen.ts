// Whether an element has come near the screen (within `margin` above or
// below it), so what it stands in for can start loading before it is seen.
// Once true, it stays true. Without IntersectionObserver, it is true at once.
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function useNearScreen(ref: RefObject<Element>, margin = '600px'): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (typeof IntersectionObserver !== 'function' || !el) {
      setNear(true);
      return;
    }
    const watch = new IntersectionObserver(
      (seen) => {
        if (!seen.some((e) => e.isIntersecting)) return;
        watch.disconnect();
        setNear(true);
      },
      { rootMargin: `${margin} 0px` },
    );
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  return near;
}
