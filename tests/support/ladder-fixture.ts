// A large exposure ladder for the benchmark and the tests: by default 60
// steps and 300 tries with text, deterministic for a given seed. Test and
// benchmark code only, kept out of src/ so no page can import it.
//
// To measure it (in the benchmark, not as a timed test): store
// `ladderFixtureRecord()` as JSON under localStorage key
// "reconnect:exercise:exposure-ladder", open /exercises/exposure-ladder/,
// and time (a) from navigation until the list shows 60 steps, and (b) from
// a keystroke in a step's "What you will do" box (open step 30 first) to the
// next frame, e.g. with PerformanceObserver 'event' entries (INP).
import type { WorkbookRecord } from '../../src/workbook/record';
import type { Attempt, LadderData, Step } from '../../src/workbook/kinds/ladder-logic';

const SITUATIONS = ['Text', 'Call', 'Meet', 'Walk with', 'Have lunch with', 'Go to the group with', 'Visit', 'Ask for help from'];
const PEOPLE = ['my sister', 'an old friend', 'a neighbour', 'my sponsor', 'a peer from the group', 'my cousin', 'a colleague'];

function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function ladderFixture({ steps = 60, attempts = 300, seed = 1 } = {}): LadderData {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const list: Step[] = [];
  for (let i = 0; i < steps; i++) {
    const rating = Math.round((i / Math.max(1, steps - 1)) * 95);
    list.push({
      id: `s${i}`,
      what: `${pick(SITUATIONS)} ${pick(PEOPLE)} (${i + 1})`,
      rating,
      where: rnd() < 0.5 ? 'At the café on the corner' : '',
      when: rnd() < 0.5 ? 'Saturday morning' : '',
      on: '',
      howLong: rnd() < 0.5 ? '30 minutes' : '',
      safety: rnd() < 0.3 ? 'Holding my phone the whole time' : '',
      climbedOn: i < steps / 3 ? '2026-10-01' : '',
      attempts: [],
    });
  }
  for (let n = 0; n < attempts; n++) {
    const step = list[n % Math.max(1, steps)]!;
    const k = step.attempts.length;
    const base = Math.max(5, (step.rating ?? 50) - k * 10);
    const attempt: Attempt = {
      id: `a${n}`,
      date: `2026-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
      before: Math.min(100, base),
      peak: Math.min(100, base + 15),
      after: Math.max(0, base - 15),
      feared: 'They would think I was strange and would not answer, and I would feel worse than before.',
      happened: 'It was awkward for a minute, then we talked about the weather and the bus being late.',
      reflection: rnd() < 0.5 ? 'Easier than I thought. Next time I will stay a little longer.' : '',
    };
    step.attempts.push(attempt);
  }
  return { ladders: [{ id: 'big', goal: 'Go to a meeting and talk to someone', steps: list, draft: { what: '', rating: null } }], active: 'big' };
}

export function ladderFixtureRecord(options?: Parameters<typeof ladderFixture>[0]): WorkbookRecord<LadderData> {
  return { v: 2, updatedAt: '2026-11-20T10:00:00.000Z', data: ladderFixture(options) };
}
