import { describe, expect, it } from 'vitest';
import { count, percent, relativeTime } from './format.js';

describe('console formatting', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  it('says how long ago in words, in the locale', () => {
    expect(relativeTime('2026-11-22T09:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(relativeTime('2026-11-21T12:00:00Z', now, 'en')).toBe('yesterday');
    expect(relativeTime('2026-11-22T11:59:40Z', now, 'en')).toBe('now');
    expect(relativeTime('2026-11-22T09:00:00Z', now, 'ja')).toBe('3 時間前');
  });
  it('formats shares and counts for the locale', () => {
    expect(percent(2 / 3, 'en')).toBe('67%');
    expect(count(12480, 'en')).toBe('12,480');
    expect(count(12480, 'de')).toBe('12.480');
  });
});
