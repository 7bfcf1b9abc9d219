import { describe, expect, it } from 'vitest';
import { DEFAULT_LEAVE_URL, leaveDestination, leaveUrl } from '../../src/lib/site';

describe('LEAVE_URL', () => {
  it('defaults to a neutral, widely used page, as GOV.UK does', () => {
    expect(leaveUrl(undefined)).toBe(DEFAULT_LEAVE_URL);
    expect(leaveUrl('  ')).toBe(DEFAULT_LEAVE_URL);
    expect(DEFAULT_LEAVE_URL).toMatch(/^https:\/\//);
  });

  it('keeps about:blank available', () => {
    expect(leaveUrl('about:blank')).toBe('about:blank');
    expect(leaveDestination('about:blank')).toBe('a blank page');
  });

  it('takes any https address', () => {
    expect(leaveUrl('https://example.org/news')).toBe('https://example.org/news');
    expect(leaveDestination('https://www.bbc.co.uk/weather')).toBe('www.bbc.co.uk/weather');
  });

  it.each(['http://example.org/', 'javascript:alert(1)', 'weather', '/local/page'])('refuses %s with a message naming the setting', (raw) => {
    expect(() => leaveUrl(raw)).toThrow(/LEAVE_URL must be about:blank or an https:\/\/ address/);
  });
});
