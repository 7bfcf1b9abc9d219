// The web app manifest: what a browser needs to offer installing the site
// (name, start_url, display, 192 and 512 px icons). Nothing here prompts
// anyone to install; offline-start.ts holds back the browser's own prompt.
import type { APIRoute } from 'astro';
import { APP_ICONS } from '../lib/app-icons';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site';
import { withBase } from '../lib/urls';
import { THEME } from '../lib/theme';

export const GET: APIRoute = () => {
  const home = withBase('/');
  const manifest = {
    id: home,
    name: SITE_NAME,
    short_name: SITE_NAME,
    description: SITE_TAGLINE,
    lang: 'en',
    dir: 'ltr',
    start_url: home,
    scope: home,
    display: 'standalone',
    background_color: THEME.light,
    theme_color: THEME.light,
    icons: [
      { src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...APP_ICONS.map((icon) => ({ src: withBase(`/icons/${icon.name}.png`), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
