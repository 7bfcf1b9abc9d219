// When the check-in offers help in place. A person who names the darkest
// feelings strongly, types words about ending their life or overdose, or rates
// a craving high must meet Help now and the safety plan; others must not be
// alarmed by help they did not need.
import { describe, expect, it } from 'vitest';
import { emptyDraft, type Draft } from '../../src/workbook/kinds/name-it';
import { DARK_LEVEL, DARK_WORDS, helpReasons, mentionsDanger } from '../../src/workbook/name-it/safety';
import { FEELING_GROUPS, HIGH_CRAVING } from '../../src/workbook/name-it/words';

const draft = (change: Partial<Draft>): Draft => ({ ...emptyDraft(), ...change });
const feeling = (word: string, level: number | null) => ({ word, level, later: null });

describe('a dark feeling rated strong', () => {
  it.each(['hopeless', 'worthless', 'unsafe'])('"%s" at 7 or more offers help', (word) => {
    expect(helpReasons(draft({ feelings: [feeling(word, DARK_LEVEL)] })).danger).toBe(true);
    expect(helpReasons(draft({ feelings: [feeling(word, 10)] })).danger).toBe(true);
  });

  it.each(['hopeless', 'worthless', 'unsafe'])('"%s" below 7, or not yet rated, does not', (word) => {
    expect(helpReasons(draft({ feelings: [feeling(word, DARK_LEVEL - 1)] })).danger).toBe(false);
    expect(helpReasons(draft({ feelings: [feeling(word, null)] })).danger).toBe(false);
  });

  it('counts a typed "Hopeless" like the listed word', () => {
    expect(helpReasons(draft({ feelings: [feeling('Hopeless', 9)] })).danger).toBe(true);
  });

  it('offers every dark word in the list, so a person can choose it', () => {
    const listed = FEELING_GROUPS.flatMap((g) => g.words);
    for (const word of ['hopeless', 'worthless', 'unsafe', 'trapped', 'like a burden']) {
      expect(listed).toContain(word);
      expect(DARK_WORDS).toContain(word);
    }
  });

  it('leaves other strong feelings alone', () => {
    expect(helpReasons(draft({ feelings: [feeling('lonely', 10), feeling('angry', 10), feeling('sad', 9)] }))).toEqual({ danger: false, craving: false });
  });
});

describe('words about ending life, self-harm or overdose', () => {
  it.each([
    'I keep thinking about suicide',
    'feeling suicidal',
    'I want to kill myself',
    'thinking of killing myself',
    'I just want to end it',
    'end it all',
    'I might end my life',
    'I want to die',
    'everyone would be better off without me',
    'there is no point',
    'No point anymore.',
    'scared I will overdose',
    'I overdosed last year',
    'thinking of an OD',
    'I want to hurt myself',
    'self-harm',
    "I can't go on",
    'I can’t go on like this',
    'I don’t want to be here',
    'no way out',
    "I don't want to wake up",
  ])('"%s" offers help', (text) => {
    expect(mentionsDanger(text)).toBe(true);
  });

  it.each(['a weekend in the hills', 'a pointless film', 'the end of the day', 'I killed it at work today', 'my friend Odette', 'the point is to rest', 'bored'])(
    '"%s" does not',
    (text) => {
      expect(mentionsDanger(text)).toBe(false);
    },
  );

  it.each<[string, Partial<Draft>]>([
    ['feelings', { feelings: [feeling('suicidal', null)] }],
    ['trigger', { trigger: 'thinking about an overdose' }],
    ['written', { written: 'I want to end it' }],
    ['bodyOther', { bodyOther: 'chest, I want to die' }],
    ['needOther', { needOther: 'no point' }],
    ['next', { next: 'not kill myself tonight' }],
  ])('are read in the %s field too', (_, change) => {
    expect(helpReasons(draft(change)).danger).toBe(true);
  });
});

describe('a strong craving', () => {
  it(`at ${HIGH_CRAVING} or more offers help and the overdose section`, () => {
    expect(helpReasons(draft({ craving: HIGH_CRAVING })).craving).toBe(true);
    expect(helpReasons(draft({ craving: 10 })).craving).toBe(true);
  });

  it('below it, or not rated, does not', () => {
    expect(helpReasons(draft({ craving: HIGH_CRAVING - 1 })).craving).toBe(false);
    expect(helpReasons(draft({ craving: null })).craving).toBe(false);
  });

  it('can be judged on a later re-rating', () => {
    expect(helpReasons(draft({ craving: 3 }), 9).craving).toBe(true);
    expect(helpReasons(draft({ craving: 9 }), 2).craving).toBe(false);
  });
});

describe('on a Spanish page', () => {
  it.each([
    'quiero morir',
    'me quiero matar',
    'pienso en quitarme la vida',
    'quiero acabar con todo',
    'estarían mejor sin mí',
    'no quiero despertar',
    'me hice daño otra vez',
    'me hice dano',
    'tengo miedo de una sobredosis',
    'ya no puedo seguir',
    'no le veo salida',
    'pensamientos suicidas',
  ])('"%s" offers help', (text) => {
    expect(mentionsDanger(text)).toBe(true);
  });

  it.each(['el fin de semana', 'me duele la cabeza', 'quiero dormir', 'salí a caminar', 'cansancio'])('"%s" does not', (text) => {
    expect(mentionsDanger(text)).toBe(false);
  });

  it('counts a dark word typed in Spanish, rated strong, like the listed one', () => {
    expect(helpReasons(draft({ feelings: [feeling('Desesperanza', DARK_LEVEL)] })).danger).toBe(true);
    expect(helpReasons(draft({ feelings: [feeling('inútil', 9)] })).danger).toBe(true);
    expect(helpReasons(draft({ feelings: [feeling('desesperanza', DARK_LEVEL - 1)] })).danger).toBe(false);
  });
});
