// A widget's status line for screen readers. The same message said twice in a
// row (a second download, a second "Ladder deleted") is still read out: the
// second time it gains a no-break space, which changes the text, not what is heard.
import { useState } from 'preact/hooks';

/** The message to show in a live region, and a function to say the next one; `say` never changes. */
export function useAnnouncer(): [message: string, say: (message: string) => void] {
  const [message, setMessage] = useState('');
  const [say] = useState(() => (m: string) => setMessage((old) => (old === m ? `${m}\u00a0` : m)));
  return [message, say];
}
