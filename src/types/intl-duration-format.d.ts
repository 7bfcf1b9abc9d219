// Intl.DurationFormat is in current browsers (Chromium since 129) and Node 23+,
// but TypeScript 5.9's libraries do not describe it yet. Only what the site
// calls is declared; callers check that it exists (older phones lack it).
declare namespace Intl {
  interface DurationFormatOptions {
    style?: 'long' | 'short' | 'narrow' | 'digital';
    hoursDisplay?: 'always' | 'auto';
  }
  interface DurationLike {
    hours?: number;
    minutes?: number;
    seconds?: number;
  }
  class DurationFormat {
    constructor(locales?: string | string[], options?: DurationFormatOptions);
    format(duration: DurationLike): string;
  }
}
