import { describe, expect, it } from 'vitest';
import { countryOfLanguages, countryOfTimeZone, likelyCountry } from '../../src/lib/country';

describe('the likely country', () => {
  it.each([
    ['America/New_York', 'US'],
    ['America/Los_Angeles', 'US'],
    ['America/Indiana/Indianapolis', 'US'],
    ['Pacific/Honolulu', 'US'],
    ['America/Toronto', 'CA'],
    ['America/Vancouver', 'CA'],
    ['America/St_Johns', 'CA'],
    ['Europe/London', 'GB'],
    ['Europe/Dublin', 'IE'],
    ['Australia/Sydney', 'AU'],
    ['Australia/Perth', 'AU'],
    ['Pacific/Auckland', 'NZ'],
    ['Europe/Berlin', 'elsewhere'],
    ['America/Mexico_City', 'elsewhere'],
    ['Asia/Kolkata', 'elsewhere'],
  ])('comes from the time zone %s: %s', (zone, country) => {
    expect(countryOfTimeZone(zone)).toBe(country);
  });

  it('learns nothing from a zone that names no place', () => {
    expect(countryOfTimeZone('UTC')).toBeNull();
    expect(countryOfTimeZone('Etc/GMT+5')).toBeNull();
    expect(countryOfTimeZone(undefined)).toBeNull();
  });

  it('reads the first language with a region we have lines for', () => {
    expect(countryOfLanguages(['fr', 'en-GB', 'en-US'])).toBe('GB');
    expect(countryOfLanguages(['en-IE'])).toBe('IE');
    expect(countryOfLanguages(['fr-CA'])).toBe('CA');
    expect(countryOfLanguages(['en', 'de-DE'])).toBeNull();
    expect(countryOfLanguages(['not a tag'])).toBeNull();
  });

  it('trusts the time zone over the language: many browsers say en-US anywhere', () => {
    expect(likelyCountry('Europe/London', ['en-US'])).toBe('GB');
    expect(likelyCountry('Europe/Madrid', ['en-US'])).toBe('elsewhere');
    expect(likelyCountry('UTC', ['en-NZ'])).toBe('NZ');
    expect(likelyCountry('UTC', ['en'])).toBeNull();
  });
});
