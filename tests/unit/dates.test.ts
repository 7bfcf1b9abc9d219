import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, formatDate, localDate, localTime, weekday, weekStart, weeksBetween } from '../../src/workbook/dates';

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

describe('saved dates', () => {
  it('adds days across months, years and clock changes', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    // Clocks go forward in Europe on 29 March 2026 and back on 25 October.
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-03-02', -7)).toBe('2026-02-23');
  });

  it('starts weeks on Monday', () => {
    expect(weekday('2026-11-30')).toBe(0);
    expect(weekday('2026-12-06')).toBe(6);
    expect(weekStart('2026-12-06')).toBe('2026-11-30');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
  });

  it('counts whole weeks between two dates, over a clock change too', () => {
    expect(weeksBetween('2026-10-19', '2026-11-02')).toBe(2);
    expect(weeksBetween('2026-03-23', '2026-03-30')).toBe(1);
    expect(weeksBetween('2026-11-02', '2026-10-19')).toBe(-2);
  });

  it('writes a saved date for the reader without moving it to another day', () => {
    expect(formatDate('2026-11-30', { day: 'numeric', month: 'long' })).toMatch(/30/);
    expect(formatDate('2026-01-01', { year: 'numeric' })).toBe('2026');
  });
});
