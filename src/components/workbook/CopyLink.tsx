// Copies an address to the clipboard and says so, visibly and to screen
// readers. Where the clipboard is refused, shows the link selected for copying.
import { useRef, useState } from 'preact/hooks';
import { useFrameWords } from '../../i18n/widgets/frame';

interface Props {
  url: string;
  label?: string;
  className?: string;
}

export function CopyLink({ url, label, className = 'button secondary small' }: Props) {
  const w = useFrameWords().copy;
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const field = useRef<HTMLInputElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
      requestAnimationFrame(() => field.current?.select());
    }
  }

  return (
    <span class="copy-link">
      <button type="button" class={className} onClick={copy}>
        {label ?? w.copyLink}
      </button>
      <span role="status" class="copy-link-status">
        {state === 'copied' && w.copied}
      </span>
      {state === 'manual' && (
        <label class="copy-link-manual">
          {w.manual}
          <input ref={field} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </span>
  );
}
