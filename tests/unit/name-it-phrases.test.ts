// The sentences the re-rate and the history show, in plain English, with the
// right word for one and for several.
import { describe, expect, it } from 'vitest';
import { changeText, rerateSummary, togetherText } from '../../src/workbook/name-it/phrases';
import { emptyDraft, type CheckIn } from '../../src/workbook/kinds/name-it';
import { es as esCore } from '../../src/i18n/widgets/es/name-it';
import { es as esLater } from '../../src/i18n/widgets/es/name-it-later';

/** The check-in's words and those of its later views, as the views that phrase these get them. */
const es = { ...esCore, ...esLater };

function entry(feelings: [string, number | null, number | null][], craving: number | null, cravingLater: number | null): CheckIn {
  const { step: _, ...draft } = emptyDraft();
  return { ...draft, id: 'c1', date: '2026-11-22', time: '21:30', feelings: feelings.map(([word, level, later]) => ({ word, level, later })), craving, cravingLater };
}

describe('the re-rate', () => {
  it('says what was re-rated, before and now', () => {
    expect(rerateSummary(entry([['lonely', 7, 3]], 6, 2))).toBe('Saved: “lonely” was 7, now 3; the craving or urge was 6, now 2.');
    expect(
      rerateSummary(
        entry(
          [
            ['lonely', 7, null],
            ['sad', 5, 5],
          ],
          null,
          null,
        ),
      ),
    ).toBe('Saved: “sad” was 5, now 5.');
  });

  it('says nothing until something rated at first is rated again', () => {
    expect(rerateSummary(entry([['lonely', 7, null]], 6, null))).toBe('');
    expect(rerateSummary(entry([['lonely', null, 4]], null, 3))).toBe('');
  });
});

describe('before and after naming', () => {
  it('counts each way the ratings moved, joined as a list', () => {
    expect(changeText({ pairs: 4, before: 5.8, after: 5, lower: 2, same: 1, higher: 1 }, 'Your feelings')).toBe(
      'Your feelings averaged 5.8 when named and 5 a few minutes later, over 4 ratings. It was lower 2 times, the same 1 time and higher 1 time.',
    );
  });

  it('uses the word for one, and leaves out ways that did not happen', () => {
    expect(changeText({ pairs: 1, before: 7, after: 4, lower: 1, same: 0, higher: 0 }, 'The craving or urge')).toBe(
      'The craving or urge averaged 7 when named and 4 a few minutes later, over 1 rating. It was lower 1 time.',
    );
  });
});

describe('loneliness and a craving or urge', () => {
  it('sets strong loneliness beside other times', () => {
    expect(togetherText({ lonely: { checkIns: 3, craving: 6.7 }, other: { checkIns: 1, craving: 2 } })).toBe(
      'When loneliness was strong (5 or more), the craving or urge averaged 6.7 out of 10 (3 check-ins). At other times, it averaged 2 out of 10 (1 check-in).',
    );
  });

  it('says when loneliness was never strong', () => {
    expect(togetherText({ lonely: null, other: { checkIns: 2, craving: 4 } })).toBe('When loneliness was not named as strong, it averaged 4 out of 10 (2 check-ins).');
    expect(togetherText({ lonely: { checkIns: 1, craving: 8 }, other: null })).toBe(
      'When loneliness was strong (5 or more), the craving or urge averaged 8 out of 10 (1 check-in).',
    );
  });

  it('asks for a craving rating when there is none to compare', () => {
    expect(togetherText({ lonely: null, other: null })).toBe('Rate a craving or urge in your check-ins, even when it is 0, to see how it moves with loneliness.');
  });
});

describe('in Spanish', () => {
  it('says the re-rate with the listed word in Spanish', () => {
    expect(rerateSummary(entry([['lonely', 7, 3]], 6, 2), es)).toBe('Guardado. «soledad»: antes 7, ahora 3; las ganas de consumir o el impulso: antes 6, ahora 2.');
    expect(rerateSummary(entry([['lonely', 7, null]], 6, 2), es)).toBe('Guardado. Las ganas de consumir o el impulso: antes 6, ahora 2.');
  });

  it('writes averages with a decimal comma and the word for one and for several', () => {
    expect(changeText({ pairs: 4, before: 5.8, after: 5, lower: 2, same: 1, higher: 1 }, es.patterns.yourFeelings, es)).toBe(
      'Tus emociones: en promedio 5,8 al nombrarlas y 5 unos minutos después, en 4 calificaciones. La calificación bajó 2 veces, quedó igual 1 vez y subió 1 vez.',
    );
    expect(togetherText({ lonely: { checkIns: 3, craving: 6.7 }, other: { checkIns: 1, craving: 2 } }, es)).toBe(
      'Cuando la soledad era fuerte (5 o más), las ganas de consumir o el impulso tuvieron un promedio de 6,7 de 10 (3 registros). En otros momentos, el promedio fue de 2 de 10 (1 registro).',
    );
    expect(togetherText({ lonely: null, other: null }, es)).toBe(es.patterns.noCraving);
  });
});
