// The social portfolio planner: "Right now" first (a link from the check-in
// lands there on a hard day), then the people and activities, the week,
// conversation starters, the balance and the weekly goal. This file only puts
// the views together. Dates depend on the reader's clock, so they appear only
// after hydration: the server's render and the first one in the browser are
// the same empty planner.
import { useEffect, useRef, useState } from 'preact/hooks';
import { localDate } from '../../../workbook/dates';
import type { PortfolioData } from '../../../workbook/kinds/portfolio-logic';
import { paths, withBase } from '../../../lib/urls';
import type { WidgetProps } from '../island';
import { useOnDemand } from '../useOnDemand';
import { useAnnouncer } from '../useAnnouncer';
import { usePortfolioWords } from '../../../i18n/widgets/portfolio';
import { useLang } from '../../../i18n/widgets/words';
import { localePath } from '../../../i18n/languages';
import { ItemList } from './ItemList';
import { RightNow } from './RightNow';
import { Starters } from './Starters';
import { WeekPlan } from './WeekPlan';
import { LoadFailed, headingTag, type ViewProps } from './common';
import { useNearScreen } from './useNearScreen';

/** Today's local date once in the browser; "" in the server's render and the first one here. */
function useToday(): string {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted ? localDate() : '';
}

export function Portfolio({ def, handle, headingLevel }: WidgetProps<PortfolioData>) {
  const [message, announce] = useAnnouncer();
  const [hideDetails, setHideDetails] = useState(false);
  const today = useToday();
  // Help now in the page's language: /es/help-now/ on a Spanish page.
  const helpHref = withBase(localePath(useLang(), paths.helpNow));
  const view: ViewProps = { idPrefix: def.id, handle, today, headingLevel, announce, calendar: { hideDetails, setHideDetails } };
  return (
    <div class="portfolio">
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      <RightNow {...view} helpHref={helpHref} />
      <ItemList {...view} />
      <WeekPlan idPrefix={def.id} headingLevel={headingLevel} items={handle.data.items} today={today} announce={announce} calendar={view.calendar} />
      <Starters {...view} />
      <BalanceAndGoal {...view} helpHref={helpHref} />
    </div>
  );
}

const loadExtras = () => import('./PortfolioExtras');

/**
 * The last two sections, whose insides load when they come near the screen.
 * Their headings are here, so they can be found (and printed blank) before.
 */
function BalanceAndGoal({ helpHref, ...view }: ViewProps & { helpHref: string }) {
  const { idPrefix, headingLevel } = view;
  const H = headingTag(headingLevel);
  const words = usePortfolioWords();
  const placeholder = useRef<HTMLDivElement>(null);
  const extras = useOnDemand(loadExtras, useNearScreen(placeholder));
  return (
    <>
      <section class="portfolio-balance" aria-labelledby={`${idPrefix}-balance`}>
        <H id={`${idPrefix}-balance`}>{words.balance.heading}</H>
        {extras ? <extras.BalanceBody {...view} helpHref={helpHref} /> : extras === false ? <LoadFailed /> : <div class="portfolio-more" ref={placeholder} />}
      </section>
      <section class="portfolio-goal" aria-labelledby={`${idPrefix}-goal-h`}>
        <H id={`${idPrefix}-goal-h`}>{words.goal.heading}</H>
        {extras && <extras.GoalBody {...view} />}
      </section>
    </>
  );
}
