// The paced breathing practice: where in a breath a given moment falls. Pure,
// so the timer's island only keeps time and the unit tests can walk a whole
// practice without a clock.

/** Guided practices a worksheet can carry above its fields. */
export const PRACTICES = ['breathing'] as const;
export type Practice = (typeof PRACTICES)[number];

export interface Pace {
  /** Seconds breathing in, then out. */
  inhale: number;
  exhale: number;
  label: string;
}

/**
 * About six breaths a minute, the slow pace most breathing studies use, and a
 * shorter breath for someone who finds a long out-breath hard when upset.
 */
export const PACES = {
  slow: { inhale: 4, exhale: 6, label: 'In for 4, out for 6' },
  shorter: { inhale: 3, exhale: 4, label: 'In for 3, out for 4 (shorter breaths)' },
} as const satisfies Record<string, Pace>;

export type PaceId = keyof typeof PACES;

export const LENGTHS_MINUTES = [1, 2, 3] as const;
export type LengthMinutes = (typeof LENGTHS_MINUTES)[number];

/** The practice's length in ms, rounded up to whole breaths so it never stops halfway through one. */
export function practiceMs(minutes: number, pace: Pace): number {
  const breath = pace.inhale + pace.exhale;
  return Math.ceil((minutes * 60) / breath) * breath * 1000;
}

export interface BreathMoment {
  phase: 'in' | 'out' | 'done';
  /** The second of this in- or out-breath being counted, from 1. */
  count: number;
  /** How long this in- or out-breath lasts, in seconds. */
  phaseSeconds: number;
  /** Whole seconds left in the practice, rounded up. */
  secondsLeft: number;
}

export function breathAt(elapsedMs: number, pace: Pace, totalMs: number): BreathMoment {
  if (elapsedMs >= totalMs) return { phase: 'done', count: 0, phaseSeconds: 0, secondsLeft: 0 };
  const t = Math.max(0, elapsedMs) / 1000;
  const intoBreath = t % (pace.inhale + pace.exhale);
  const breathingIn = intoBreath < pace.inhale;
  const intoPhase = breathingIn ? intoBreath : intoBreath - pace.inhale;
  return {
    phase: breathingIn ? 'in' : 'out',
    count: Math.floor(intoPhase) + 1,
    phaseSeconds: breathingIn ? pace.inhale : pace.exhale,
    secondsLeft: Math.ceil((totalMs - Math.max(0, elapsedMs)) / 1000),
  };
}
