// The shared rules for saved answers (src/workbook/saved.ts), as the kinds'
// schemas use them with valibot.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { dateOrNone, list, savedDate, savedId, shortText, whole } from '../../src/workbook/saved';
import { MAX_SHORT } from '../../src/workbook/limits';

const ok = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).success;

describe('checking saved answers', () => {
  it('keeps the keys an object names and drops the rest', () => {
    const schema = v.object({ name: shortText, note: v.optional(shortText) });
    expect(v.parse(schema, { name: 'Sam', extra: '<script>' })).toEqual({ name: 'Sam' });
    expect(v.parse(schema, { name: 'Sam', note: 'hi' })).toEqual({ name: 'Sam', note: 'hi' });
  });

  it('refuses a missing key, a wrong type, or something that is not an object', () => {
    const schema = v.object({ name: shortText });
    for (const bad of [{}, { name: 3 }, null, [], 'name', undefined]) expect(ok(schema, bad)).toBe(false);
  });

  it('holds text to its length, ids to one to 64 characters, and dates to their pattern', () => {
    expect(ok(shortText, 'x'.repeat(MAX_SHORT))).toBe(true);
    expect(ok(shortText, 'x'.repeat(MAX_SHORT + 1))).toBe(false);
    expect(ok(savedId, '')).toBe(false);
    expect(ok(savedId, 'x'.repeat(65))).toBe(false);
    expect(ok(savedDate, '2026-11-22')).toBe(true);
    expect(ok(savedDate, '22/11/2026')).toBe(false);
  });

  it('takes only whole numbers in range, and null only where allowed', () => {
    expect(ok(whole(0, 10), 10)).toBe(true);
    for (const bad of [11, -1, 2.5, Number.NaN, '3', null]) expect(ok(whole(0, 10), bad)).toBe(false);
    expect(v.parse(v.nullable(whole(0, 10)), null)).toBe(null);
  });

  it('checks every item of a list and its length', () => {
    expect(v.parse(list(whole(0, 6), 3), [0, 6])).toEqual([0, 6]);
    expect(ok(list(whole(0, 6), 3), [0, 7])).toBe(false);
    expect(ok(list(whole(0, 6), 3), [1, 2, 3, 4])).toBe(false);
    expect(ok(list(whole(0, 6), 3, 1), [])).toBe(false);
    expect(ok(list(whole(0, 6), 3), { length: 1, 0: 1 })).toBe(false);
  });

  it('takes one of a fixed set, or a date or nothing', () => {
    expect(ok(v.picklist(['person', 'activity']), 'activity')).toBe(true);
    expect(ok(v.picklist(['person', 'activity']), 'place')).toBe(false);
    expect(ok(dateOrNone, '')).toBe(true);
    expect(ok(dateOrNone, '2026-11-22')).toBe(true);
    expect(ok(dateOrNone, 'soon')).toBe(false);
  });
});
