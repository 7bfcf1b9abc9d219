import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDate, localTime, newId } from '../../src/workbook/local';

afterEach(() => vi.useRealTimers());

describe('local calendar date', () => {
  it('uses the day on this device, even a minute before midnight', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('starts the new day at local midnight', () => {
    expect(localDate(new Date(2026, 0, 6, 0, 0))).toBe('2026-01-06');
  });

  it('pads months and days to two digits', () => {
    expect(localDate(new Date(2026, 8, 3, 12))).toBe('2026-09-03');
    expect(localDate(new Date(2026, 11, 31, 12))).toBe('2026-12-31');
  });

  it('means today when no date is given', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2027, 1, 28, 8, 30));
    expect(localDate()).toBe('2027-02-28');
  });

  it('gives the clock time as hours and minutes', () => {
    expect(localTime(new Date(2026, 0, 5, 7, 4))).toBe('07:04');
    expect(localTime(new Date(2026, 0, 5, 23, 59))).toBe('23:59');
  });
});

describe('newId', () => {
  it('is short, lower-case letters and digits only', () => {
    for (let i = 0; i < 50; i++) expect(newId()).toMatch(/^[0-9a-z]{8,14}$/);
  });

  it('starts with the time it was made, in base 36', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 0, 5, 9));
    const t = Date.now().toString(36);
    expect(newId().startsWith(t)).toBe(true);
  });

  it('does not repeat when many are made at once', () => {
    const ids = new Set(Array.from({ length: 1000 }, newId));
    expect(ids.size).toBe(1000);
  });
});
