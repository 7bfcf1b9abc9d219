// Conversation starters: a few light openers written ahead, for nervous moments.
import type { FieldDef } from '../../../content/schemas';
import { setStarters } from '../../../workbook/kinds/portfolio-actions';
import { Field } from '../worksheet/Fields';
import { headingTag, type ViewProps } from './common';

const STARTERS: FieldDef = {
  id: 'starters',
  type: 'list',
  label: 'Your starters for nervous moments',
  hint: 'Light, neutral openers. For example: “What got you into this?”, “Are you watching anything good?”, “Have you been coming here long?”',
  itemLabel: 'Starter',
  maxItems: 12,
};

export function Starters({ idPrefix, handle, headingLevel, announce }: ViewProps) {
  const H = headingTag(headingLevel);
  return (
    <section class="portfolio-starters" aria-labelledby={`${idPrefix}-starters-h`}>
      <H id={`${idPrefix}-starters-h`}>Conversation starters</H>
      <Field
        field={STARTERS}
        idPrefix={idPrefix}
        value={handle.data.starters}
        onChange={(v) => handle.update((d) => setStarters(d, v as string[]))}
        announce={announce}
      />
    </section>
  );
}
