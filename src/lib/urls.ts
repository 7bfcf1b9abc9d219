// Internal links are written as site paths ("/guides/x/") and pass through
// here, so the whole site also works from a sub-path (BASE_PATH).

export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const b = base.replace(/\/+$/, '');
  const p = path.startsWith('/') ? path : `/${path}`;
  return `${b}${p}`;
}

/**
 * Absolute address for a site path, as shared in copied links and print-outs.
 * The origin is passed in from SITE_URL (see absolute.ts): Vite lets an
 * unrelated SITE variable in the environment replace import.meta.env.SITE.
 */
export function absoluteUrl(path: string, site: string): string {
  return `${site.replace(/\/+$/, '')}${withBase(path)}`;
}

export const paths = {
  home: '/',
  guides: '/guides/',
  guide: (id: string) => `/guides/${id}/`,
  exercises: '/exercises/',
  exercise: (id: string) => `/exercises/${id}/`,
  exerciseInGuide: (guide: string, id: string) => `/guides/${guide}/#${id}`,
  workbook: '/workbook/',
  search: '/search/',
  helpNow: '/help-now/',
  privacy: '/privacy/',
  about: '/about/',
  counsellors: '/for-counsellors/',
  plan: '/plan/',
  /** The safety plan in its guide: Help now and the check-in send people there. */
  safetyPlan: '/guides/setback-plan/#safety-plan',
} as const;
