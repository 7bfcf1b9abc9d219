// The paced breathing practice: the words and count a reader follows, and a
// practice that ends on a whole breath.
import { describe, expect, it } from 'vitest';
import { breathAt, PACES, practiceMs } from '../../src/lib/breathing';

const slow = PACES.slow;

describe('practiceMs', () => {
  it('lasts the chosen minutes when whole breaths fit them', () => {
    expect(practiceMs(2, slow)).toBe(120_000);
  });

  it('rounds up to a whole breath, so the practice never stops halfway through one', () => {
    // 60 s of 7 s breaths: 8 whole breaths is 56 s, so the ninth is finished.
    expect(practiceMs(1, PACES.shorter)).toBe(63_000);
  });
});

describe('breathAt', () => {
  const total = practiceMs(1, slow);

  it('counts the in-breath from 1 to 4, then the out-breath from 1 to 6', () => {
    const at = (s: number) => breathAt(s * 1000, slow, total);
    expect([0, 1, 2, 3.9].map((s) => [at(s).phase, at(s).count])).toEqual([
      ['in', 1],
      ['in', 2],
      ['in', 3],
      ['in', 4],
    ]);
    expect([4, 5, 9.9].map((s) => [at(s).phase, at(s).count])).toEqual([
      ['out', 1],
      ['out', 2],
      ['out', 6],
    ]);
    expect(at(10)).toMatchObject({ phase: 'in', count: 1, phaseSeconds: 4 });
  });

  it('gives each half of the breath its own length, for the circle to follow', () => {
    expect(breathAt(1000, slow, total).phaseSeconds).toBe(4);
    expect(breathAt(5000, slow, total).phaseSeconds).toBe(6);
  });

  it('shows whole seconds left, rounded up, so the last second reads 0:01 and not 0:00', () => {
    expect(breathAt(0, slow, total).secondsLeft).toBe(60);
    expect(breathAt(59_500, slow, total).secondsLeft).toBe(1);
  });

  it('is done once the time is up', () => {
    expect(breathAt(total, slow, total).phase).toBe('done');
    expect(breathAt(total + 5000, slow, total)).toMatchObject({ phase: 'done', secondsLeft: 0 });
  });
});
