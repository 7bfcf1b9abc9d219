// The PNG icons platforms need beside the SVG, rasterised at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { APP_ICONS, iconSvg, type AppIcon } from '../../lib/app-icons';

export const getStaticPaths = (() => APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: icon }))) satisfies GetStaticPaths;

export const GET: APIRoute<AppIcon> = async ({ props }) => {
  // The source is 32 units wide: render it at the density that makes it `size` pixels.
  const png = await sharp(Buffer.from(iconSvg(props.purpose)), { density: (72 * props.size) / 32 })
    .resize(props.size, props.size)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
