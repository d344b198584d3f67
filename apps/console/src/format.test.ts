import { describe, expect, it } from 'vitest';
import { count, duration, percent, relativeTime, shortDay } from './format.js';

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
  it('says how long a step took in its largest sensible unit', () => {
    expect(duration(12_000, 'en')).toBe('12 sec');
    expect(duration(4_240, 'en')).toBe('4.2 sec');
    expect(duration(90_000, 'en')).toBe('1.5 min');
    expect(duration(180_000, 'en')).toBe('3 min');
    expect(duration(5_400_000, 'en')).toBe('1.5 hr');
    expect(duration(30 * 3_600_000, 'en')).toBe('30 hr');
    expect(duration(3 * 86_400_000, 'en')).toBe('3 days');
    expect(duration(12_000, 'ja')).toBe('12 秒');
    expect(duration(180_000, 'ja')).toBe('3 分');
  });
  it('does not round a sub-second step down to nothing', () => {
    expect(duration(400, 'en')).toBe('<1 sec');
  });
  it("writes a calendar day short, whatever the viewer's time zone", () => {
    expect(shortDay('2026-11-02', 'en')).toBe('Nov 2');
    expect(shortDay('2026-11-02', 'ja')).toBe('11月2日');
  });
});
