// Dates written at build time, as a reader in any time zone should see them:
// "2 December 2026", for a date given in UTC (front matter, helpline checks).
const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const longDate = (date: Date): string => LONG.format(date);

/** The date as a <time datetime> wants it: 2026-12-02. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
