// Every setting that changes between deployments lives here, read once from the
// environment at build time, and imported by build-time code only: islands
// get what they need as props, and the base path through Astro's BASE_URL.
// Absolute links use SITE_URL through absolute.ts, never import.meta.env.SITE,
// which an unrelated SITE variable in the environment can replace.

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

/**
 * Where "Leave this site" sends the reader. GOV.UK's "Exit this page" sends
 * people to BBC Weather: an ordinary page that many people open, so a glance
 * at a shared screen finds nothing odd, as a blank tab might be. `about:blank`
 * is the choice for a deployment that wants no other site named at all.
 */
export const DEFAULT_LEAVE_URL = 'https://www.bbc.co.uk/weather';

export function leaveUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (!value) return DEFAULT_LEAVE_URL;
  if (value === 'about:blank') return value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`LEAVE_URL must be about:blank or an https:// address; got "${value}".`);
  }
  if (url.protocol !== 'https:') throw new Error(`LEAVE_URL must be about:blank or an https:// address; got "${value}".`);
  return url.href;
}

export const LEAVE_URL = leaveUrl(process.env.LEAVE_URL);

/** How the Privacy page names the destination: "a blank page", or its address without https://. */
export function leaveDestination(url: string): string {
  return url === 'about:blank' ? 'a blank page' : url.replace(/^https:\/\//, '').replace(/\/$/, '');
}

/**
 * Where readers report a mistake in a guide (the About page shows it only
 * when set). An email address; empty when the deployment has none.
 */
export function contactEmail(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value && !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value)) throw new Error(`CONTACT_EMAIL must be an email address, such as guides@example.org; got "${value}".`);
  return value;
}

export const CONTACT_EMAIL = contactEmail(process.env.CONTACT_EMAIL);

export const SITE_NAME = 'Reconnect';
export const SITE_TAGLINE = 'Small steps back to people';
