// A plan is an ordered list of exercise ids in one link: /plan/?e=a,b,c.
// The link is shared by counsellors and typed or pasted by anyone, so reading
// it trusts nothing: only known kebab-case ids survive, and nothing else from
// the address is ever shown on the page.

/**
 * Same pattern as KEBAB_ID in src/content/schemas.ts (a test keeps them equal),
 * copied so the plan page does not pull zod into the browser.
 */
export const PLAN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const MAX_PLAN_ITEMS = 12;
/** The query parameter that carries the ids. */
export const PLAN_PARAM = 'e';
/** More than enough for 12 real ids; the rest of a longer value is not read. */
const MAX_RAW_LENGTH = 1000;
/** Exercise ids are short; a longer piece cannot be one. */
const MAX_ID_LENGTH = 60;

export interface ParsedPlan {
  /** Known exercise ids, first occurrence kept, in the order given. */
  ids: string[];
  /** How many distinct pieces were not exercises on this site and were left out. */
  unknown: number;
  /** How many known exercises came after the first MAX_PLAN_ITEMS. */
  overflow: number;
}

/**
 * Reads a plan from a query string ("?e=a,b" or a URLSearchParams).
 * `isKnown` says whether an id names an exercise on the site.
 */
export function parsePlan(search: string | URLSearchParams, isKnown: (id: string) => boolean): ParsedPlan {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const raw = params.getAll(PLAN_PARAM).join(',').slice(0, MAX_RAW_LENGTH);

  const seen = new Set<string>();
  const ids: string[] = [];
  let unknown = 0;
  let overflow = 0;
  for (const piece of raw.split(',')) {
    const id = piece.trim().toLowerCase();
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    if (id.length > MAX_ID_LENGTH || !PLAN_ID.test(id) || !isKnown(id)) unknown++;
    else if (ids.length < MAX_PLAN_ITEMS) ids.push(id);
    else overflow++;
  }
  return { ids, unknown, overflow };
}

/** The query string of a plan ("?e=a,b,c"); ids are kebab-case, so nothing needs escaping. */
export function planQuery(ids: readonly string[]): string {
  const clean = [...new Set(ids)].filter((id) => id.length <= MAX_ID_LENGTH && PLAN_ID.test(id)).slice(0, MAX_PLAN_ITEMS);
  return clean.length ? `?${PLAN_PARAM}=${clean.join(',')}` : '';
}

/** What the plan page says about the parts of a link it left out, or "" when nothing was. */
export function planNote({ unknown, overflow }: Pick<ParsedPlan, 'unknown' | 'overflow'>): string {
  const parts: string[] = [];
  if (unknown > 0) {
    parts.push(
      unknown === 1
        ? 'One item in this link is not an exercise on this site, so it was left out. The link may be old or mistyped.'
        : `${unknown} items in this link are not exercises on this site, so they were left out. The link may be old or mistyped.`,
    );
  }
  if (overflow > 0) {
    parts.push(`A plan holds at most ${MAX_PLAN_ITEMS} exercises, so the last ${overflow === 1 ? 'one was' : `${overflow} were`} left out.`);
  }
  return parts.join(' ');
}
