import { beforeAll, describe, expect, it } from 'vitest';
import { formatValue, isAnswered, worksheet } from '../../src/workbook/kinds/worksheet';
import { decodeValue, loadSchema } from '../../src/workbook/record';
import { journal, sheet } from './support/defs';

beforeAll(() => loadSchema(worksheet));

const at = '2026-11-20T10:00:00.000Z';
const decode = (data: unknown, def = sheet) => decodeValue({ v: 1, updatedAt: at, data }, worksheet, def);

describe('worksheet answers', () => {
  it('accept every field type', () => {
    const values = { name: 'Ana', story: 'A long day.', mood: 4, when: 'Evening', people: ['Sam', 'Ria'] };
    expect(decode({ values, entries: [] })).toMatchObject({ ok: true, record: { data: { values } } });
  });

  it.each([
    ['a rating above its maximum', { mood: 11 }],
    ['a rating that is not a whole number', { mood: 2.5 }],
    ['text where a list belongs', { people: 'Sam' }],
    ['a short answer over 500 characters', { name: 'x'.repeat(501) }],
    ['a long answer over 10,000 characters', { story: 'x'.repeat(10_001) }],
  ])('reject %s', (_, values) => {
    expect(decode({ values, entries: [] }).ok).toBe(false);
  });

  it('reject a log entry without a proper date', () => {
    expect(decode({ values: {}, entries: [{ id: 'a', date: 'yesterday', values: {} }] }, journal).ok).toBe(false);
  });
});

describe('progress', () => {
  it('a worksheet is started with one answer and done with all', () => {
    expect(worksheet.progress({ values: {}, entries: [] }, sheet)).toBe('not-started');
    expect(worksheet.progress({ values: { name: '  ' }, entries: [] }, sheet)).toBe('not-started');
    expect(worksheet.progress({ values: { name: 'Ana' }, entries: [] }, sheet)).toBe('started');
    const all = { name: 'Ana', story: 'x', mood: 0, when: 'Morning', people: ['Sam'] };
    expect(worksheet.progress({ values: all, entries: [] }, sheet)).toBe('done');
  });

  it('a log is done once it has an entry', () => {
    expect(worksheet.progress({ values: { name: 'draft' }, entries: [] }, journal)).toBe('started');
    expect(worksheet.progress({ values: {}, entries: [{ id: 'a', date: '2026-11-01', values: { name: 'x' } }] }, journal)).toBe('done');
  });
});

describe('summaries for print', () => {
  it('list answered fields as "label: answer", ratings out of their maximum', () => {
    const [block] = worksheet.summary({ values: { name: 'Ana', mood: 0, people: ['Sam', '', 'Ria'] }, entries: [] }, sheet);
    expect(block!.lines).toEqual(['Name: Ana', 'Mood: 0 out of 10', 'People: Sam; Ria']);
  });

  it('list log entries newest first, under their dates', () => {
    const entries = [
      { id: 'a', date: '2026-11-01', values: { name: 'first' } },
      { id: 'b', date: '2026-11-03', values: { name: 'second' } },
    ];
    expect(worksheet.summary({ values: {}, entries }, journal).map((b) => b.heading)).toEqual(['2026-11-03', '2026-11-01']);
  });

  it('treat zero as an answer and blank text as none', () => {
    expect(isAnswered(0)).toBe(true);
    expect(isAnswered('   ')).toBe(false);
    expect(isAnswered([''])).toBe(false);
    expect(formatValue(sheet.fields[2]!, null)).toBe('');
  });
});
