// Every setting that changes between deployments lives here, read once from the
// environment at build time. Pages and islands get them through Astro
// (import.meta.env.SITE / BASE_URL), never from process.env in the browser.

/** Public address of the site, used for canonical links and copied exercise links. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');

/**
 * Sub-path the site is served from, e.g. "/reconnect" on a project page of a
 * static host. Always starts with "/" and never ends with one, except "/" itself.
 */
export const BASE_PATH = normaliseBase(process.env.BASE_PATH);

export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '/';
}

export const SITE_NAME = 'Reconnect';
export const SITE_TAGLINE = 'Small steps back to people';
