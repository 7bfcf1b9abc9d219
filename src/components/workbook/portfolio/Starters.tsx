// Conversation starters: a few light openers written ahead, for nervous moments.
import type { FieldDef } from '../../../content/schemas';
import { setStarters } from '../../../workbook/kinds/portfolio-actions';
import { usePortfolioWords } from '../../../i18n/widgets/portfolio';
import { Field } from '../worksheet/Fields';
import { headingTag, type ViewProps } from './common';

export function Starters({ idPrefix, handle, headingLevel, announce }: ViewProps) {
  const H = headingTag(headingLevel);
  const w = usePortfolioWords().starters;
  const field: FieldDef = { id: 'starters', type: 'list', label: w.label, hint: w.hint, itemLabel: w.itemLabel, maxItems: 12 };
  return (
    <section class="portfolio-starters" aria-labelledby={`${idPrefix}-starters-h`}>
      <H id={`${idPrefix}-starters-h`}>{w.heading}</H>
      <Field field={field} idPrefix={idPrefix} value={handle.data.starters} onChange={(v) => handle.update((d) => setStarters(d, v as string[]))} announce={announce} />
    </section>
  );
}
