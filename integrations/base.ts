// The site's base path as integrations need it: always ending in "/".
import type { AstroConfig } from 'astro';

export const basePath = (config: Pick<AstroConfig, 'base'>) => (config.base.endsWith('/') ? config.base : `${config.base}/`);
