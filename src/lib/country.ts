// The reader's likely country, guessed in the browser from its time zone and
// languages, so Help now can show the nearest lines first. Nothing is asked
// of any server: a wrong guess costs one tap on the country list.

export const COUNTRY_CODES = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/** A country we have lines for, somewhere else, or no idea. */
export type Guess = CountryCode | 'elsewhere' | null;

// Browsers report canonical IANA zones (America/Montreal arrives as
// America/Toronto), so only those are listed. Any other zone names a place
// where we list no lines.
const CANADA =
  /^America\/(Toronto|Vancouver|Edmonton|Winnipeg|Regina|Swift_Current|Halifax|Glace_Bay|Moncton|Goose_Bay|St_Johns|Whitehorse|Dawson|Dawson_Creek|Fort_Nelson|Creston|Iqaluit|Rankin_Inlet|Resolute|Cambridge_Bay|Inuvik|Yellowknife|Atikokan|Blanc-Sablon)$/;
const US =
  /^America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Juneau|Sitka|Metlakatla|Yakutat|Nome|Adak|Boise|Detroit|Menominee|Indiana\/.+|Kentucky\/.+|North_Dakota\/.+|Puerto_Rico)$|^Pacific\/Honolulu$/;

const ZONES: [RegExp, CountryCode][] = [
  [CANADA, 'CA'],
  [US, 'US'],
  [/^Europe\/London$/, 'GB'],
  [/^Europe\/Dublin$/, 'IE'],
  [/^Australia\/|^Antarctica\/Macquarie$/, 'AU'],
  [/^Pacific\/(Auckland|Chatham)$/, 'NZ'],
];

/** Zones that name no place, such as UTC: they say nothing of where someone is. */
const PLACELESS = /^(UTC|GMT|Etc\/.*|Universal|Zulu)$/;

export function countryOfTimeZone(timeZone: string | undefined): Guess {
  if (!timeZone || PLACELESS.test(timeZone)) return null;
  return ZONES.find(([zone]) => zone.test(timeZone))?.[1] ?? 'elsewhere';
}

const REGIONS: Record<string, CountryCode> = { US: 'US', CA: 'CA', GB: 'GB', UK: 'GB', IE: 'IE', AU: 'AU', NZ: 'NZ' };

/** The first language tag with a region we have lines for ("en-GB" → GB). */
export function countryOfLanguages(languages: readonly string[]): CountryCode | null {
  for (const tag of languages) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(tag).region;
    } catch {
      continue;
    }
    if (region && REGIONS[region]) return REGIONS[region];
  }
  return null;
}

/**
 * The time zone says where the device is, so it leads; many browsers say
 * "en-US" wherever they are. The languages decide only when the zone names
 * no place.
 */
export function likelyCountry(timeZone: string | undefined, languages: readonly string[]): Guess {
  return countryOfTimeZone(timeZone) ?? countryOfLanguages(languages);
}

/** The guess for this browser. Browser only. */
export function browserCountry(): Guess {
  let zone: string | undefined;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    zone = undefined;
  }
  return likelyCountry(zone, navigator.languages ?? [navigator.language]);
}
