// Small helpers every kind shares, kept in one place so ids and dates are
// made the same way everywhere.

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of `d` (today by default) as YYYY-MM-DD: the reader's day, not UTC's. */
export const localDate = (d: Date = new Date()) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The local clock time of `d` as HH:MM. */
export const localTime = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/**
 * A short id for an entry, step or item: the time in base 36 and six random
 * characters, unique enough for one person's answers on one device.
 */
export const newId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
