// A feeling's or a craving's strength on the 0–10 scale, in the check-in and
// in the re-rate after it.
import type { ComponentProps } from 'preact';
import { Scale } from '../Scale';
import { useNameItWords } from '../../../i18n/widgets/name-it';

/** The hint, when there is one, leads into what the ends mean. */
export function LevelScale({ hint, ...props }: Omit<ComponentProps<typeof Scale>, 'scale'>) {
  const w = useNameItWords();
  return <Scale {...props} scale={`${hint ? `${hint} ` : ''}${w.scale}`} />;
}
