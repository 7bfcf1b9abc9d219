// Every change a person makes to a check-in, as the steps apply them to the
// data as saved: what they chose, typed and rated is what is kept.
import { describe, expect, it } from 'vitest';
import {
  addable,
  addFeeling,
  editDraft,
  finish,
  goToStep,
  nextKindLine,
  rateFeeling,
  removeAllEntries,
  removeFeeling,
  startNew,
  tickChoice,
  toggle,
} from '../../src/workbook/name-it/checkin';
import { findFeelings } from '../../src/workbook/name-it/find';
import { emptyDraft, MAX_FEELINGS, type NameItData } from '../../src/workbook/kinds/name-it';
import { BODY_PLACES, FEELING_GROUPS, KIND_LINES, NEEDS, feelingLabel } from '../../src/workbook/name-it/words';
import { en } from '../../src/i18n/widgets/en/name-it';
import { es } from '../../src/i18n/widgets/es/name-it';

const start = (): NameItData => ({ draft: emptyDraft(), entries: [], pending: null });
const words = (d: NameItData) => d.draft.feelings.map((f) => f.word);
type Action = (d: NameItData) => NameItData;
const apply = (d: NameItData, ...actions: Action[]) => actions.reduce((x, action) => action(x), d);

describe('writing a check-in', () => {
  it('keeps every answer given along the way, each applied to the data as saved', () => {
    const d = apply(
      start(),
      (x) => addFeeling(x, 'lonely'),
      (x) => addFeeling(x, 'Like a spare part.'),
      (x) => goToStep(x, 2),
      (x) => rateFeeling(x, 'lonely', 7),
      (x) => editDraft(x, { craving: 6 }),
      (x) => tickChoice(x, 'body', 'chest', true),
      (x) => editDraft(x, { trigger: 'Sunday night, no messages' }),
      (x) => goToStep(x, 3),
      nextKindLine,
      (x) => goToStep(x, 4),
      (x) => tickChoice(x, 'needs', 'company', true),
      (x) => editDraft(x, { next: 'Text one person a simple hello.' }),
      (x) => finish(x, new Date(2026, 10, 22, 21, 30), 'c1'),
    );
    expect(d.entries).toEqual([
      expect.objectContaining({
        feelings: [
          { word: 'lonely', level: 7, later: null },
          { word: 'like a spare part', level: null, later: null },
        ],
        craving: 6,
        body: ['chest'],
        trigger: 'Sunday night, no messages',
        kindLine: 1,
        needs: ['company'],
        next: 'Text one person a simple hello.',
        date: '2026-11-22',
        time: '21:30',
      }),
    ]);
  });

  it('changes only what was typed, leaving the step and the words chosen', () => {
    const before = goToStep(addFeeling(start(), 'tired'), 3);
    const after = editDraft(before, { written: 'I am worn out' });
    expect(after.draft).toEqual({ ...before.draft, written: 'I am worn out' });
    expect(after.draft.step).toBe(3);
    expect(words(after)).toEqual(['tired']);
  });

  it('goes back a step with every answer still there', () => {
    const on3 = goToStep(editDraft(addFeeling(start(), 'sad'), { trigger: 'the news' }), 3);
    const back = goToStep(on3, 2);
    expect(back.draft).toEqual({ ...on3.draft, step: 2 });
  });

  it('rates a feeling by its word, so a word removed in the meantime rates nothing', () => {
    const two = addFeeling(addFeeling(start(), 'lonely'), 'restless');
    expect(rateFeeling(two, 'Lonely', 7).draft.feelings).toEqual([
      { word: 'lonely', level: 7, later: null },
      { word: 'restless', level: null, later: null },
    ]);
    expect(rateFeeling(removeFeeling(two, 'lonely'), 'lonely', 7).draft.feelings).toEqual([{ word: 'restless', level: null, later: null }]);
    expect(rateFeeling(rateFeeling(two, 'restless', 4), 'restless', null).draft.feelings[1]!.level).toBeNull();
  });

  it('ticks a place in the body or a need once, and unticks it', () => {
    const twice = tickChoice(tickChoice(start(), 'body', 'chest', true), 'body', 'chest', true);
    expect(twice.draft.body).toEqual(['chest']);
    expect(twice.draft.needs).toEqual([]);
    expect(tickChoice(twice, 'body', 'chest', false).draft.body).toEqual([]);
    expect(toggle(['rest', 'quiet'], 'rest', true)).toEqual(['quiet', 'rest']);
  });

  it('shows another kind line each time, and the first again after the last', () => {
    let d = start();
    const seen = [];
    for (let i = 0; i <= KIND_LINES.length; i++) {
      seen.push(KIND_LINES[d.draft.kindLine]);
      d = nextKindLine(d);
    }
    expect(new Set(seen).size).toBe(KIND_LINES.length);
    expect(seen[KIND_LINES.length]).toBe(KIND_LINES[0]);
  });

  it('says why a word cannot be added: nothing in it, chosen already, or the list is full', () => {
    const one = addFeeling(start(), 'lonely');
    expect(addable(one.draft, 'restless')).toBe('yes');
    expect(addable(one.draft, '  ?! ')).toBe('blank');
    expect(addable(one.draft, 'I feel LONELY.')).toBe('chosen');
    let full = start();
    for (let i = 0; i < MAX_FEELINGS; i++) full = addFeeling(full, `word ${i}`);
    expect(addable(full.draft, 'one more')).toBe('full');
    expect(addFeeling(start(), ' . ')).toEqual(start());
  });
});

describe('after a check-in', () => {
  const done = finish(addFeeling(start(), 'lonely'), new Date(2026, 10, 22, 9, 0), 'c1');

  it('starting a new one puts the finished one away and keeps it in the history', () => {
    const fresh = startNew(done);
    expect(fresh.pending).toBeNull();
    expect(fresh.entries.map((e) => e.id)).toEqual(['c1']);
    expect(fresh.draft).toEqual(done.draft);
  });

  it('deleting them all keeps the check-in being written', () => {
    const writing = addFeeling(startNew(done), 'calm');
    const cleared = removeAllEntries(writing);
    expect(cleared.entries).toEqual([]);
    expect(cleared.pending).toBeNull();
    expect(words(cleared)).toEqual(['calm']);
    expect(removeAllEntries(done).pending).toBeNull();
  });
});

describe('finding a feeling as you type', () => {
  const shown = (typed: string) => findFeelings(typed).groups.flatMap((g) => g.words);

  it('narrows the list to the words that hold what was typed', () => {
    expect(shown('lone')).toEqual(['lonely']);
    expect(findFeelings('lone').groups.map((g) => g.name)).toEqual(['Cut off']);
    expect(shown('ANX')).toEqual(['anxious']);
  });

  it('takes a typed word that is in the list as the list’s own', () => {
    expect(findFeelings('Lonely.').listed).toBe('lonely');
    expect(findFeelings('I feel on edge').listed).toBe('on edge');
    expect(findFeelings('lone').listed).toBeUndefined();
  });

  it('offers a word of one’s own, tidied, when the list has nothing like it', () => {
    const own = findFeelings('  Like a spare part. ');
    expect(own).toEqual({ word: 'like a spare part', groups: [], listed: undefined });
  });

  it('shows every group before anything is typed', () => {
    expect(findFeelings('   ')).toEqual({ word: '', groups: FEELING_GROUPS, listed: undefined });
  });
});

describe('finding a feeling on a Spanish page', () => {
  const label = (word: string) => feelingLabel(es, word);
  const shown = (typed: string) => findFeelings(typed, undefined, label).groups.flatMap((g) => g.words.map(label));

  it('has a word in both languages for every listed word, group, place and need', () => {
    for (const words of [en, es]) {
      expect(FEELING_GROUPS.flatMap((g) => g.words).filter((w) => !Object.hasOwn(words.feelings, w))).toEqual([]);
      expect(FEELING_GROUPS.map((g) => g.name).filter((n) => !Object.hasOwn(words.groups, n))).toEqual([]);
      expect(BODY_PLACES.filter((p) => !Object.hasOwn(words.body, p))).toEqual([]);
      expect(NEEDS.filter((n) => !Object.hasOwn(words.needs, n) || !Object.hasOwn(words.ideas, n))).toEqual([]);
    }
    // English shows each word as it is saved.
    expect(FEELING_GROUPS.flatMap((g) => g.words).filter((w) => feelingLabel(en, w) !== w)).toEqual([]);
    expect(es.kindLines).toHaveLength(KIND_LINES.length);
  });

  it('narrows the list by the Spanish words, with or without accents', () => {
    expect(shown('soled')).toEqual(['soledad']);
    expect(shown('tension')).toEqual(['tensión']);
  });

  it('takes a typed Spanish word in the list as the English word a check-in saves', () => {
    expect(findFeelings('Soledad.', undefined, label).listed).toBe('lonely');
    expect(findFeelings('me siento agotamiento', undefined, label).listed).toBe('drained');
    expect(findFeelings('sola', undefined, label)).toMatchObject({ word: 'sola', listed: undefined });
  });
});
