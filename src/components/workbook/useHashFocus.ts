// Brings the element with this id into view, with focus, when the address
// names it (#id): on a link from a counsellor's plan, the library or another
// exercise, and again whenever the hash changes to it on this page.
import { useEffect } from 'preact/hooks';

export function useHashFocus(id: string) {
  useEffect(() => {
    const land = () => {
      if (decodeURIComponent(location.hash.slice(1)) !== id) return;
      const element = document.getElementById(id);
      element?.focus({ preventScroll: true });
      element?.scrollIntoView({ block: 'start' });
    };
    land();
    addEventListener('hashchange', land);
    return () => removeEventListener('hashchange', land);
  }, [id]);
}
