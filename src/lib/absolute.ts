// Absolute addresses for copied links and print-outs, from the SITE_URL this
// build was given. Build time only: site.ts reads the environment.
import { SITE_URL } from './site';
import { absoluteUrl } from './urls';

export const siteUrl = (path: string) => absoluteUrl(path, SITE_URL);
