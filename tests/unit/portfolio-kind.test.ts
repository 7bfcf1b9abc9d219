import { beforeAll, describe, expect, it } from 'vitest';
import { portfolio } from '../../src/workbook/kinds/portfolio';
import { emptyPortfolio, newItem, type PortfolioData, type PortfolioItem } from '../../src/workbook/kinds/portfolio-logic';
import { hasKind, kindSpec } from '../../src/workbook/kinds';
import { decodeValue, loadSchema } from '../../src/workbook/record';
import type { ExerciseDef } from '../../src/workbook/kinds/types';

const def: ExerciseDef = { id: 'social-portfolio', title: 'My social portfolio', kind: 'portfolio', mode: 'single', fields: [], guide: 'social-portfolio' };
const at = '2026-11-20T10:00:00.000Z';

beforeAll(() => loadSchema(portfolio));

const sam: PortfolioItem = {
  ...newItem('person', 'a1'),
  name: 'Sam',
  circle: 'peer',
  energy: 'low',
  moods: ['low', 'anxious'],
  gives: ['heard'],
  often: 'weekly',
  days: [1],
  time: '18:30',
  backup: 'text Jo',
};
const walk: PortfolioItem = { ...newItem('activity', 'a2'), name: 'Walk with Pat', circle: 'community', energy: 'medium', backup: 'walk to the market' };
const full: PortfolioData = {
  items: [sam, walk],
  starters: ['What got you into this?'],
  checkin: { date: '2026-11-20', energy: 'low', mood: 'low' },
  done: [{ item: 'a1', date: '2026-11-20' }],
  goal: { text: 'Go to two meetings', target: 2 },
  weeks: [{ week: '2026-11-16', goal: 'Go to two meetings', target: 2, ticks: 1, wins: ['Said hello to Ana'] }],
};
const decode = (data: unknown) => decodeValue({ v: 2, updatedAt: at, data }, portfolio, def);
const withItem = (over: Record<string, unknown>) => ({ ...full, items: [{ ...sam, ...over }] });

describe('the portfolio kind', () => {
  it('is registered for My workbook and plans', () => {
    expect(hasKind('portfolio')).toBe(true);
    expect(kindSpec('portfolio')).toBe(portfolio);
  });

  it('accepts an empty portfolio and a full one unchanged', () => {
    expect(decode(emptyPortfolio())).toMatchObject({ ok: true, record: { data: emptyPortfolio() } });
    expect(decode(full)).toMatchObject({ ok: true, record: { data: full } });
  });

  it.each([
    ['an unknown energy level', withItem({ energy: 'very high' })],
    ['an unknown mood', withItem({ moods: ['angry'] })],
    ['an unknown kind of item', withItem({ type: 'place' })],
    ['a weekday past Sunday', withItem({ days: [7] })],
    ['a time that is not a clock time', withItem({ time: '25:00' })],
    ['a name over 500 characters', withItem({ name: 'x'.repeat(501) })],
    ['a fortnightly start that is not a date', withItem({ often: 'fortnightly', from: 'next week' })],
    ['an item without an id', withItem({ id: '' })],
    ['more than 60 items', { ...full, items: Array.from({ length: 61 }, (_, i) => ({ ...sam, id: `x${i}` })) }],
    ['a done mark without a proper date', { ...full, done: [{ item: 'a1', date: 'today' }] }],
    ['a weekly target above 7', { ...full, goal: { text: 'x', target: 8 } }],
    ['a week that is missing its wins', { ...full, weeks: [{ week: '2026-11-16', goal: '', target: 1, ticks: 0 }] }],
    ['text where the starters list belongs', { ...full, starters: 'Hello' }],
  ])('rejects %s', (_, data) => {
    expect(decode(data).ok).toBe(false);
  });
});

describe('answers saved before fortnightly plans had a start week (version 1)', () => {
  // Version 1 items had no `from`.
  const old = ({ from: _, ...rest }: PortfolioItem) => rest;
  const jo = { ...sam, id: 'a3', name: 'Jo', often: 'fortnightly' as const, days: [3] };
  const v1 = {
    ...full,
    items: [old(sam), old(jo), old({ ...jo, id: 'a4', name: 'Choir' })],
    done: [
      { item: 'a3', date: '2026-11-05' },
      { item: 'a3', date: '2026-11-19' },
      { item: 'a1', date: '2026-11-20' },
    ],
  };
  const read = () => decodeValue({ v: 1, updatedAt: at, data: v1 }, portfolio, def);

  it('are read and brought up to the current version', () => {
    expect(read()).toMatchObject({ ok: true, migrated: true, record: { v: 2, updatedAt: at } });
  });

  it('give a fortnightly plan the week it was last marked done, so it stays on the weeks it really was', () => {
    const result = read();
    const items = result.ok ? result.record.data.items : [];
    expect(items.map((i) => [i.name, i.from])).toEqual([
      ['Sam', ''],
      ['Jo', '2026-11-16'],
      ['Choir', ''],
    ]);
  });

  it('keep everything else as it was', () => {
    const result = read();
    const data = result.ok ? result.record.data : undefined;
    expect(data).toMatchObject({ ...v1, items: [sam, { ...jo, from: '2026-11-16' }, { ...jo, id: 'a4', name: 'Choir', from: '' }] });
  });

  it('are still rejected when they were not in the old shape', () => {
    expect(decodeValue({ v: 1, updatedAt: at, data: { ...v1, items: 'Sam' } }, portfolio, def).ok).toBe(false);
    expect(decodeValue({ v: 1, updatedAt: at, data: null }, portfolio, def).ok).toBe(false);
  });
});

describe('progress', () => {
  it('is not started when empty, started with anything, done with three usable items and a backup', () => {
    expect(portfolio.progress(emptyPortfolio(), def)).toBe('not-started');
    expect(portfolio.progress({ ...emptyPortfolio(), items: [{ ...newItem('person', 'x') }] }, def)).toBe('not-started');
    expect(portfolio.progress({ ...emptyPortfolio(), starters: ['Hi'] }, def)).toBe('started');
    expect(portfolio.progress(full, def)).toBe('started');
    const third = { ...walk, id: 'a3', name: 'Library', energy: 'low' as const, backup: '' };
    expect(portfolio.progress({ ...full, items: [sam, walk, third] }, def)).toBe('done');
    expect(portfolio.progress({ ...full, items: [sam, walk, { ...third, energy: '' }] }, def)).toBe('started');
  });
});

describe('printed summary', () => {
  it('lists people, activities, the week, starters and the goal in plain lines', () => {
    const blocks = Object.fromEntries(portfolio.summary(full, def).map((b) => [b.heading, b.lines]));
    expect(blocks.People).toEqual([
      'Sam: Recovery peer or sponsor; low energy; suits low or anxious moods; gives being heard; every week on Tuesday at 18:30; if this falls through: text Jo',
    ]);
    expect(blocks.Activities).toEqual(['Walk with Pat: Community; medium energy; if this falls through: walk to the market']);
    const club: PortfolioItem = { ...walk, moods: ['okay', 'good'], gives: ['company', 'fun', 'purpose'], backup: '' };
    expect(portfolio.summary({ ...full, items: [club] }, def).find((b) => b.heading === 'Activities')!.lines).toEqual([
      'Walk with Pat: Community; medium energy; suits okay or good moods; gives company, fun and purpose',
    ]);
    expect(blocks.Week).toEqual(['Tuesday: 18:30 Sam']);
    const jo: PortfolioItem = { ...sam, id: 'a3', name: 'Jo', often: 'fortnightly', days: [1], time: '', from: '2026-11-16' };
    const withJo = Object.fromEntries(portfolio.summary({ ...full, items: [sam, jo] }, def).map((b) => [b.heading, b.lines]));
    expect(withJo.Week).toEqual(['Tuesday: 18:30 Sam, Jo (every two weeks)']);
    expect(blocks['Conversation starters']).toEqual(['What got you into this?']);
    expect(blocks['Weekly goal']).toEqual(['Goal: Go to two meetings (2 a week)', 'Week of 2026-11-16: 1 of 2; wins: Said hello to Ana']);
  });
});
