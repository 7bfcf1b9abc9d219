import { beforeAll, describe, expect, it } from 'vitest';
import { cleanWord, composeSentence } from '../../src/workbook/name-it/sentence';
import { addFeeling, finish, removeEntry, removeFeeling, rerate } from '../../src/workbook/name-it/checkin';
import { average, beforeAfter, lonelinessAndCraving, lonelinessOf, topFeelings, weeks } from '../../src/workbook/name-it/patterns';
import { addDays, weekStart as weekOf } from '../../src/workbook/dates';
import { emptyDraft, nameIt, type CheckIn, type NameItData } from '../../src/workbook/kinds/name-it';
import { KIND_LINES } from '../../src/workbook/name-it/words';
import { es } from '../../src/i18n/widgets/es/name-it';
import { decodeValue, loadSchema } from '../../src/workbook/record';
import type { ExerciseDef } from '../../src/workbook/kinds/types';

const def: ExerciseDef = { id: 'name-it-to-tame-it', title: 'Name it', kind: 'name-it', mode: 'single', fields: [], guide: 'name-it-to-tame-it' };
const at = '2026-11-20T10:00:00.000Z';

/** A saved check-in; feelings as [word, level, later]. */
function checkIn(date: string, feelings: [string, number | null, (number | null)?][], craving: number | null = null, cravingLater: number | null = null): CheckIn {
  const { step: _, ...draft } = emptyDraft();
  return {
    ...draft,
    id: `${date}-${feelings.map((f) => f[0]).join('-')}`,
    date,
    time: '21:30',
    feelings: feelings.map(([word, level, later = null]) => ({ word, level, later })),
    craving,
    cravingLater,
  };
}

const data = (entries: CheckIn[] = [], draft = emptyDraft()): NameItData => ({ draft, entries, pending: null });

describe('the sentence to say', () => {
  it('names one, two or three feelings in a natural sentence', () => {
    expect(composeSentence(['lonely'])).toBe('I am feeling lonely right now.');
    expect(composeSentence(['lonely', 'restless'])).toBe('I am feeling lonely and restless right now.');
    expect(composeSentence(['lonely', 'restless', 'ashamed'])).toBe('I am feeling lonely, restless and ashamed right now.');
  });

  it('takes words people type as they would say them', () => {
    expect(composeSentence(['  Like a burden.  '])).toBe('I am feeling like a burden right now.');
    expect(composeSentence(['I feel stuck', 'I’m feeling far from home!'])).toBe('I am feeling stuck and far from home right now.');
    expect(composeSentence(['lonely', 'PTSD-ish'])).toBe('I am feeling lonely and PTSD-ish right now.');
    expect(composeSentence(["something I can't name yet"])).toBe("I am feeling something I can't name yet right now.");
  });

  it('skips blank words and adds a craving or urge when one is rated above 0', () => {
    expect(composeSentence(['tired', '  ', '?'])).toBe('I am feeling tired right now.');
    expect(composeSentence(['lonely'], 7)).toBe('I am feeling lonely right now. I notice a craving or urge too.');
    expect(composeSentence(['lonely'], 0)).toBe('I am feeling lonely right now.');
    expect(composeSentence([], 4)).toBe('I notice a craving or urge right now.');
    expect(composeSentence([])).toBe('');
  });

  it('joins words without an Oxford comma and tidies typed words', () => {
    expect(composeSentence(['tired', 'sad', 'angry', 'low'])).toBe('I am feeling tired, sad, angry and low right now.');
    expect(cleanWord('Feeling   left  out ')).toBe('left out');
    expect(cleanWord('feelings of dread')).toBe('feelings of dread');
  });
});

describe('choosing feelings', () => {
  it('adds a word once, whatever its case, and removes it', () => {
    let d = addFeeling(data(), 'lonely');
    d = addFeeling(d, ' Lonely ');
    d = addFeeling(d, 'I feel Restless.');
    expect(d.draft.feelings.map((f) => f.word)).toEqual(['lonely', 'restless']);
    expect(removeFeeling(d, 'LONELY').draft.feelings.map((f) => f.word)).toEqual(['restless']);
  });

  it('stops at twelve words', () => {
    let d = data();
    for (let i = 0; i < 14; i++) d = addFeeling(d, `word ${i}`);
    expect(d.draft.feelings).toHaveLength(12);
  });
});

describe('finishing and re-rating a check-in', () => {
  const draft = { ...emptyDraft(2), step: 4 as const, feelings: [{ word: 'lonely', level: 7, later: null }], craving: 9, next: 'Call Sam' };
  const done = finish(data([], draft), new Date(2026, 10, 3, 21, 5), 'c1');

  it('saves the draft with the local date and time, and starts a fresh draft with the next kind line', () => {
    expect(done.entries).toEqual([expect.objectContaining({ id: 'c1', date: '2026-11-03', time: '21:05', craving: 9, next: 'Call Sam', cravingLater: null })]);
    expect(done.entries[0]).not.toHaveProperty('step');
    expect(done.draft).toEqual(emptyDraft(3));
    expect(done.pending).toBe('c1');
    expect(finish(data([], { ...draft, kindLine: KIND_LINES.length - 1 }), new Date(), 'x').draft.kindLine).toBe(0);
  });

  it('saves nothing without a feeling', () => {
    const empty = data([], { ...emptyDraft(), step: 4, craving: 5 });
    expect(finish(empty, new Date(), 'c2')).toBe(empty);
  });

  it('records how strong each feeling and the craving or urge are later', () => {
    const later = rerate(rerate(done, 'c1', 0, 4), 'c1', -1, 5);
    expect(later.entries[0]).toMatchObject({ feelings: [{ word: 'lonely', level: 7, later: 4 }], craving: 9, cravingLater: 5 });
  });

  it('deletes one check-in and forgets it was pending', () => {
    expect(removeEntry(done, 'c1')).toMatchObject({ entries: [], pending: null });
  });
});

describe('patterns', () => {
  const history = [
    checkIn(
      '2026-11-02',
      [
        ['lonely', 8, 5],
        ['restless', 6, 6],
      ],
      7,
      4,
    ),
    checkIn(
      '2026-11-04',
      [
        ['Lonely', 6],
        ['ashamed', 5, 7],
      ],
      5,
    ),
    checkIn('2026-11-10', [['anxious', 4, 2]], 2),
    checkIn('2026-11-11', [['calm', 2]]),
    checkIn('2026-11-25', [['left out', 7]], 8),
  ];

  it('finds the feelings that come up most, counting a word once per check-in', () => {
    const twice = checkIn('2026-11-12', [
      ['lonely', 5],
      ['lonely', 6],
    ]);
    expect(topFeelings([...history, twice], 3)).toEqual([
      { word: 'lonely', count: 3 },
      { word: 'anxious', count: 1 },
      { word: 'ashamed', count: 1 },
    ]);
  });

  it('compares how strong things were when named and a few minutes later', () => {
    expect(beforeAfter(history)).toEqual({
      feelings: { pairs: 4, before: 5.8, after: 5, lower: 2, same: 1, higher: 1 },
      craving: { pairs: 1, before: 7, after: 4, lower: 1, same: 0, higher: 0 },
    });
    expect(beforeAfter([checkIn('2026-11-02', [['sad', 5]], 3)])).toEqual({ feelings: null, craving: null });
  });

  it('takes loneliness from any lonely word, and sets strong loneliness beside the craving or urge', () => {
    expect(lonelinessOf(history[4]!)).toBe(7);
    expect(
      lonelinessOf(
        checkIn('2026-11-02', [
          ['so alone', 9],
          ['lonely', 4],
        ]),
      ),
    ).toBe(9);
    expect(lonelinessOf(checkIn('2026-11-02', [['lonely', null]]))).toBeNull();
    expect(lonelinessAndCraving(history)).toEqual({ lonely: { checkIns: 3, craving: 6.7 }, other: { checkIns: 1, craving: 2 } });
    expect(lonelinessAndCraving([history[3]!])).toEqual({ lonely: null, other: null });
  });

  it('averages by week from Monday, keeping empty weeks as gaps', () => {
    expect(weekOf('2026-11-08')).toBe('2026-11-02');
    expect(weekOf('2026-11-09')).toBe('2026-11-09');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(weeks(history, '2026-11-26')).toEqual([
      { start: '2026-11-02', checkIns: 2, loneliness: 7, craving: 6 },
      { start: '2026-11-09', checkIns: 2, loneliness: null, craving: 2 },
      { start: '2026-11-16', checkIns: 0, loneliness: null, craving: null },
      { start: '2026-11-23', checkIns: 1, loneliness: 7, craving: 8 },
    ]);
  });

  it('shows at most the latest weeks, up to today', () => {
    const series = weeks(history, '2027-01-04', 4);
    expect(series.map((w) => w.start)).toEqual(['2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04']);
    expect(series.every((w) => w.checkIns === 0)).toBe(true);
    expect(weeks([], '2026-11-26')).toEqual([]);
    expect(average([1, 2, 2])).toBe(1.7);
  });
});

describe('saved check-ins', () => {
  beforeAll(() => loadSchema(nameIt));
  const decode = (value: unknown) => decodeValue({ v: 1, updatedAt: at, data: value }, nameIt, def);
  const saved = data([checkIn('2026-11-02', [['lonely', 8, 5]], 9, 6)], { ...emptyDraft(), step: 2, feelings: [{ word: 'tired', level: null, later: null }] });

  it('accept a history and a draft in progress, and the empty start', () => {
    expect(decode(saved)).toMatchObject({ ok: true, record: { data: saved } });
    expect(decode(nameIt.empty(def))).toMatchObject({ ok: true });
  });

  it.each([
    ['a rating above 10', { ...saved, draft: { ...saved.draft, craving: 11 } }],
    ['a rating that is not a whole number', { ...saved, draft: { ...saved.draft, feelings: [{ word: 'sad', level: 2.5, later: null }] } }],
    ['a step that does not exist', { ...saved, draft: { ...saved.draft, step: 5 } }],
    ['a finished check-in without a feeling', { ...saved, entries: [{ ...saved.entries[0]!, feelings: [] }] }],
    ['a check-in without a proper date', { ...saved, entries: [{ ...saved.entries[0]!, date: 'Tuesday' }] }],
    ['a check-in without a proper time', { ...saved, entries: [{ ...saved.entries[0]!, time: '9pm' }] }],
    ['an empty feeling word', { ...saved, draft: { ...saved.draft, feelings: [{ word: '', level: null, later: null }] } }],
    ['a feeling word over 500 characters', { ...saved, draft: { ...saved.draft, feelings: [{ word: 'x'.repeat(501), level: null, later: null }] } }],
    ['more than twelve feelings', { ...saved, draft: { ...saved.draft, feelings: Array.from({ length: 13 }, (_, i) => ({ word: `w${i}`, level: null, later: null })) } }],
    ['a missing draft', { entries: [], pending: null }],
  ])('reject %s', (_, value) => {
    expect(decode(value).ok).toBe(false);
  });

  it('count as started with a feeling chosen and done with one check-in', () => {
    expect(nameIt.progress(nameIt.empty(def), def)).toBe('not-started');
    expect(nameIt.progress(data([], saved.draft), def)).toBe('started');
    expect(nameIt.progress(saved, def)).toBe('done');
  });

  it('print as plain lines, the unfinished check-in first, then newest first', () => {
    const older = checkIn('2026-10-30', [['sad', null]]);
    const blocks = nameIt.summary({ ...saved, entries: [older, ...saved.entries] }, def);
    expect(blocks.map((b) => b.heading)).toEqual(['Check-in not finished yet', '2026-11-02 at 21:30', '2026-10-30 at 21:30']);
    expect(blocks[1]!.lines).toEqual([
      'Named: lonely 8, later 5',
      'Craving or urge: 9 out of 10, later 6',
      'Said: I am feeling lonely right now. I notice a craving or urge too.',
    ]);
    expect(blocks[2]!.lines).toEqual(['Named: sad', 'Said: I am feeling sad right now.']);
  });
});

describe('on a Spanish page', () => {
  it('says the sentence in Spanish, with the listed words in Spanish and one’s own as typed', () => {
    expect(composeSentence(['lonely', 'left out', 'tired'], null, es)).toBe('Ahora mismo siento soledad, que me dejan fuera y cansancio.');
    expect(composeSentence(['lonely', 'Me siento rara'], 7, es)).toBe('Ahora mismo siento soledad y rara. También noto ganas de consumir o un impulso.');
    expect(composeSentence([], 4, es)).toBe('Ahora mismo noto ganas de consumir o un impulso.');
  });

  it('prints saved check-ins in Spanish, keeping what was saved in English', () => {
    const c = { ...checkIn('2026-11-02', [['lonely', 8, 5]], 9, 6), body: ['chest'], bodyOther: 'espalda', needs: ['company'], next: 'Llamar a Ana' };
    const saved = data([c]);
    const blocks = nameIt.summary(saved, def, 'es');
    expect(blocks.map((b) => b.heading)).toEqual(['2026-11-02 a las 21:30']);
    expect(blocks[0]!.lines).toEqual([
      'Emociones: soledad 8, después 5',
      'Ganas de consumir o impulso: 9 de 10, después 6',
      'Lo sentí en: pecho; espalda',
      'Lo dije así: Ahora mismo siento soledad. También noto ganas de consumir o un impulso.',
      'Lo que necesitaba: compañía',
      'Próximo paso: Llamar a Ana',
    ]);
    expect(saved.entries[0]!.feelings[0]!.word).toBe('lonely');
    expect(nameIt.summary(data([], { ...emptyDraft(), feelings: [{ word: 'sad', level: null, later: null }] }), def, 'es')[0]!.heading).toBe('Registro sin terminar');
  });
});
