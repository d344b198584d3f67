import { describe, expect, it } from 'vitest';
import { dayStart, daysBetween, isDay, isTimeZone, localDay, nextDay } from './local-days.js';

describe('local days', () => {
  it('puts an instant on the day of the viewer’s zone', () => {
    const instant = Date.UTC(2026, 10, 30, 20, 0); // 20:00 UTC = 05:00 next day in Tokyo
    expect(localDay(instant, 'UTC')).toBe('2026-11-30');
    expect(localDay(instant, 'Asia/Tokyo')).toBe('2026-12-01');
    expect(localDay(instant, 'America/New_York')).toBe('2026-11-30');
  });

  it('finds when a local day starts, across DST changes too', () => {
    expect(dayStart('2026-12-01', 'Asia/Tokyo')).toBe(Date.UTC(2026, 10, 30, 15, 0));
    expect(dayStart('2026-12-01', 'UTC')).toBe(Date.UTC(2026, 11, 1));
    // Paris switches to summer time on 2026-03-29 at 02:00; the day still starts at 00:00 CET.
    expect(dayStart('2026-03-29', 'Europe/Paris')).toBe(Date.UTC(2026, 2, 28, 23, 0));
    expect(dayStart('2026-03-30', 'Europe/Paris')).toBe(Date.UTC(2026, 2, 29, 22, 0));
    expect(localDay(dayStart('2026-03-30', 'Europe/Paris'), 'Europe/Paris')).toBe('2026-03-30');
  });

  it('walks calendar days and validates dates and zones', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(daysBetween('2028-02-27', '2028-03-01')).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
    expect(daysBetween('2026-01-02', '2026-01-01')).toEqual([]);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-1-01')).toBe(false);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
