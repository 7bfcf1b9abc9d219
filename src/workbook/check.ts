// Checks the shape of saved answers before an exercise shows them, and of a
// backup before it is restored. It does the little that is needed (strings,
// whole numbers in a range, lists, fixed sets, objects) in well under 1 KB,
// where zod/mini brought 7 KB gzip into the browser of everyone coming back
// to a saved exercise. Objects keep only the keys they name, so nothing
// unexpected in storage reaches a widget.

/** Returns the checked value, or throws INVALID. */
export type Check<T> = ((value: unknown) => T) & { optional?: true };

/** What a kind's schema offers the engine (the same call as zod's). */
export interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

const INVALID = new Error('invalid');
const no = (): never => {
  throw INVALID;
};

export function schema<T>(check: Check<T>): Schema<T> {
  return {
    safeParse(value) {
      try {
        return { success: true, data: check(value) };
      } catch (error) {
        if (error !== INVALID) throw error;
        return { success: false };
      }
    },
  };
}

interface TextRule {
  min?: number;
  max?: number;
  pattern?: RegExp;
}

export const text =
  ({ min = 0, max = Infinity, pattern }: TextRule = {}): Check<string> =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max && (!pattern || pattern.test(v)) ? v : no();

export const whole =
  (min: number, max: number): Check<number> =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : no();

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v) =>
    v === null ? null : check(v);

/** One of a fixed set of values. */
export const oneOf =
  <const T extends readonly (string | number)[]>(...values: T): Check<T[number]> =>
  (v) =>
    values.includes(v as T[number]) ? (v as T[number]) : no();

/** The first check that passes. */
export const either =
  <A, B>(a: Check<A>, b: Check<B>): Check<A | B> =>
  (v) => {
    try {
      return a(v);
    } catch (error) {
      if (error !== INVALID) throw error;
      return b(v);
    }
  };

export const list =
  <T>(check: Check<T>, max: number, min = 0): Check<T[]> =>
  (v) =>
    Array.isArray(v) && v.length >= min && v.length <= max ? v.map(check) : no();

/** A key that may be left out of its object. */
export const optional = <T>(check: Check<T>): Check<T | undefined> => Object.assign((v: unknown) => check(v), { optional: true as const });

type Shape = Record<string, Check<unknown>>;
type Checked<S extends Shape> = { [K in keyof S]: S[K] extends Check<infer T> ? T : never };

export const object =
  <S extends Shape>(shape: S): Check<Checked<S>> =>
  (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return no();
    const given = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      if (given[key] === undefined && check.optional) continue;
      out[key] = check(given[key]);
    }
    return out as Checked<S>;
  };

// The two rules every kind's schema shares.
/** An id the site gave a ladder, step, entry or item. */
export const savedId = text({ min: 1, max: 64 });
/** A local date as the site saves it: 2026-11-22. */
export const savedDate = text({ pattern: /^\d{4}-\d{2}-\d{2}$/ });
