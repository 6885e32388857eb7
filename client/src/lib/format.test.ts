import { describe, expect, it } from 'vitest';
import { formatters } from './format';

describe('formatters', () => {
  it('formats numbers and money for the language', () => {
    expect(formatters('en').number(1234567.5)).toBe('1,234,567.5');
    expect(formatters('en').money('1234.5', 'USD')).toBe('$1,234.50');
    expect(formatters('zh-CN').money(1234.5, 'CNY')).toBe('¥1,234.50');
  });

  it('formats dates in the language of the user', () => {
    const iso = '2026-03-05T10:00:00Z';
    expect(formatters('en').date(iso)).toMatch(/Mar 5, 2026/);
    expect(formatters('zh-CN').date(iso)).toMatch(/2026年3月5日/);
    expect(formatters('en').date(null)).toBe('');
  });

  it('says how long ago something happened', () => {
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString();
    expect(formatters('en').relative(twoDaysAgo)).toBe('2 days ago');
    expect(formatters('zh-CN').relative(twoDaysAgo)).toBe('前天');
  });
});
