// The app's icons, all drawn from one source, public/favicon.svg: the web
// manifest lists them (src/pages/manifest.webmanifest.ts) and the PNGs are
// rasterised from it at build time (src/pages/icons/[icon].png.ts).
import source from '../../public/favicon.svg?raw';

/** The icon's background, the site's accent colour: a maskable icon is full-bleed in it. */
const ICON_BG = '#0a625e';

// A type, not an interface: Astro's page props must be assignable to a plain record.
export type AppIcon = {
  /** File name under icons/, without ".png". */
  name: string;
  size: number;
  /**
   * "any" is the source as it is, rounded corners and all. "maskable" fills
   * the square and shrinks the mark into the middle 75%, inside the safe
   * circle a platform may cut it to (Android, iOS home screens).
   */
  purpose: 'any' | 'maskable';
};

/** Chromium asks for 192 and 512 px to offer installing; iOS uses a 180 px touch icon. */
export const APP_ICONS: readonly AppIcon[] = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
  { name: 'apple-touch-icon', size: 180, purpose: 'maskable' },
];

/** The SVG an icon is rasterised from. */
export function iconSvg(purpose: AppIcon['purpose']): string {
  if (purpose === 'any') return source;
  const inner = source.replace(/^\s*<svg[^>]*>|<\/svg>\s*$/g, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${ICON_BG}"/>` +
    `<svg x="4" y="4" width="24" height="24" viewBox="0 0 32 32">${inner}</svg></svg>`
  );
}
