import { describe, expect, it } from 'vitest';
import { lastDays, nextDay, presetOf } from './date-range.js';

describe('date presets', () => {
  const today = new Date(2026, 10, 22, 15, 30);
  it('counts today as the last of the last 7 days', () => {
    expect(lastDays(7, today)).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(lastDays(30, today)).toEqual({ from: '2026-10-24', to: '2026-11-22' });
  });
  it('recognises a preset range and not a hand-picked one', () => {
    expect(presetOf(lastDays(90, today), today)).toBe(90);
    expect(presetOf({ from: '2026-11-01', to: '2026-11-22' }, today)).toBeNull();
    expect(presetOf({}, today)).toBeNull();
  });
});

describe('calendar days', () => {
  it('steps over month and year ends', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
