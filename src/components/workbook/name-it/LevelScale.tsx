// A feeling's or a craving's strength on the 0–10 scale, in the check-in and
// in the re-rate after it.
import type { ComponentProps } from 'preact';
import { Scale } from '../Scale';

/** The hint, when there is one, leads into what the ends mean. */
export function LevelScale({ hint, ...props }: Omit<ComponentProps<typeof Scale>, 'scale'>) {
  return <Scale {...props} scale={`${hint ? `${hint} ` : ''}0 = barely there, 10 = as strong as it gets.`} />;
}
