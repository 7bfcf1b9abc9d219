import { describe, expect, it } from 'vitest';
import { either, list, nullable, object, oneOf, optional, schema, text, whole } from '../../src/workbook/check';

const parse = (check: Parameters<typeof schema>[0], value: unknown) => schema(check).safeParse(value);

describe('checking saved answers', () => {
  it('keeps the keys an object names and drops the rest', () => {
    const check = object({ name: text({ max: 5 }), note: optional(text()) });
    expect(parse(check, { name: 'Sam', extra: '<script>' })).toEqual({ success: true, data: { name: 'Sam' } });
    expect(parse(check, { name: 'Sam', note: 'hi' })).toEqual({ success: true, data: { name: 'Sam', note: 'hi' } });
  });

  it('refuses a missing key, a wrong type, or something that is not an object', () => {
    const check = object({ name: text() });
    for (const bad of [{}, { name: 3 }, null, [], 'name', undefined]) expect(parse(check, bad).success).toBe(false);
  });

  it('holds text to its length and pattern', () => {
    expect(parse(text({ min: 1, max: 3 }), '').success).toBe(false);
    expect(parse(text({ min: 1, max: 3 }), 'abcd').success).toBe(false);
    expect(parse(text({ pattern: /^\d{4}$/ }), '2026').success).toBe(true);
    expect(parse(text({ pattern: /^\d{4}$/ }), '20x6').success).toBe(false);
  });

  it('takes only whole numbers in range, and null only where allowed', () => {
    expect(parse(whole(0, 10), 10).success).toBe(true);
    for (const bad of [11, -1, 2.5, Number.NaN, '3', null]) expect(parse(whole(0, 10), bad).success).toBe(false);
    expect(parse(nullable(whole(0, 10)), null)).toEqual({ success: true, data: null });
  });

  it('checks every item of a list and its length', () => {
    expect(parse(list(whole(0, 6), 3), [0, 6])).toEqual({ success: true, data: [0, 6] });
    expect(parse(list(whole(0, 6), 3), [0, 7]).success).toBe(false);
    expect(parse(list(whole(0, 6), 3), [1, 2, 3, 4]).success).toBe(false);
    expect(parse(list(whole(0, 6), 3, 1), []).success).toBe(false);
    expect(parse(list(whole(0, 6), 3), { length: 1, 0: 1 }).success).toBe(false);
  });

  it('takes one of a fixed set, or the first of two checks that passes', () => {
    expect(parse(oneOf('person', 'activity'), 'activity').success).toBe(true);
    expect(parse(oneOf('person', 'activity'), 'place').success).toBe(false);
    const dateOrNone = either(oneOf(''), text({ pattern: /^\d{4}-\d{2}-\d{2}$/ }));
    expect(parse(dateOrNone, '').success).toBe(true);
    expect(parse(dateOrNone, '2026-11-22').success).toBe(true);
    expect(parse(dateOrNone, 'soon').success).toBe(false);
  });

  it('lets a real error through instead of calling the answer invalid', () => {
    const broken = () => {
      throw new TypeError('a bug');
    };
    expect(() => parse(broken, 1)).toThrow('a bug');
  });
});
