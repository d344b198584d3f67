import type { TrendDay } from '@shirube/server/types';
import { describe, expect, it } from 'vitest';
import { dayToSeconds, fillTrendDays } from './trend-shape.js';

const day = (date: string, startedUsers: number, completedUsers = 0): TrendDay => ({ date, startedUsers, completedUsers, dismissedUsers: 0 });

describe('daily trend', () => {
  it('fills quiet days with zeros between the first and last day with data', () => {
    const filled = fillTrendDays([day('2026-11-03', 4, 1), day('2026-10-31', 2)]);
    expect(filled.map((d) => [d.date, d.startedUsers])).toEqual([
      ['2026-10-31', 2],
      ['2026-11-01', 0],
      ['2026-11-02', 0],
      ['2026-11-03', 4],
    ]);
  });
  it('spans the whole filtered range, even where nobody started', () => {
    const filled = fillTrendDays([day('2026-11-02', 1)], { from: '2026-11-01', to: '2026-11-04' });
    expect(filled.map((d) => d.date)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04']);
  });
  it('crosses a daylight-saving change without skipping or repeating a day', () => {
    expect(fillTrendDays([], { from: '2026-03-28', to: '2026-03-30' }).map((d) => d.date)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });
  it('is empty without data or range', () => {
    expect(fillTrendDays([])).toEqual([]);
  });
  it('draws a range of many years from the first to the last day with data', () => {
    expect(fillTrendDays([day('2026-11-02', 1)], { from: '2000-01-01', to: '2026-11-30' })).toHaveLength(1);
  });
  it('places days at UTC midnight on the x axis', () => {
    expect(dayToSeconds('2026-11-02')).toBe(Date.UTC(2026, 10, 2) / 1000);
  });
});
