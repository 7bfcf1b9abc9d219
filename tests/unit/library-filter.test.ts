import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { countText, filterQuery, matchesFilter, readFilter, TIME_LIMITS } from '../../src/components/counsellor/library-filter';

const TOPICS = ['', 'feelings', 'relationships'];
const journal = { topics: ['feelings', 'setbacks'], minutes: 2 };
const letter = { topics: ['relationships'], minutes: 20 };

describe('the exercise library filter', () => {
  it('shows everything with no choice made', () => {
    expect(matchesFilter(journal, { topic: '', time: '' })).toBe(true);
    expect(matchesFilter(letter, { topic: '', time: '' })).toBe(true);
  });

  it('keeps exercises with the topic among theirs', () => {
    expect(matchesFilter(journal, { topic: 'setbacks', time: '' })).toBe(true);
    expect(matchesFilter(letter, { topic: 'setbacks', time: '' })).toBe(false);
  });

  it('keeps exercises that fit in the time, the limit included', () => {
    expect(matchesFilter({ topics: ['feelings'], minutes: 5 }, { topic: '', time: '5' })).toBe(true);
    expect(matchesFilter({ topics: ['feelings'], minutes: 6 }, { topic: '', time: '5' })).toBe(false);
    expect(matchesFilter(journal, { topic: 'feelings', time: '5' })).toBe(true);
    expect(matchesFilter(letter, { topic: 'relationships', time: '15' })).toBe(false);
  });

  it('reads only offered choices from the address', () => {
    expect(readFilter('?topic=feelings&time=10', TOPICS, TIME_LIMITS)).toEqual({ topic: 'feelings', time: '10' });
    expect(readFilter('?topic=<b>x</b>&time=7', TOPICS, TIME_LIMITS)).toEqual({ topic: '', time: '' });
    expect(readFilter('', TOPICS, TIME_LIMITS)).toEqual({ topic: '', time: '' });
  });

  it('writes the choices back into an address that reads the same', () => {
    expect(filterQuery({ topic: '', time: '' })).toBe('');
    const query = filterQuery({ topic: 'relationships', time: '5' });
    expect(query).toBe('?topic=relationships&time=5');
    expect(readFilter(query, TOPICS, TIME_LIMITS)).toEqual({ topic: 'relationships', time: '5' });
  });

  it('says how many exercises are shown', () => {
    expect(countText(20, 20, en.library.count)).toBe('Showing all 20 exercises.');
    expect(countText(7, 20, en.library.count)).toBe('Showing 7 of 20 exercises.');
    expect(countText(0, 20, es.library.count)).toBe('Ningún ejercicio coincide.');
    expect(countText(7, 20, es.library.count)).toBe('Se muestran 7 de 20 ejercicios.');
    expect(countText(0, 20, en.library.count)).toBe('No exercises match.');
  });
});
