import type { TrendDay } from '@shirube/server/types';
import { nextDay } from './date-range.js';

// A year and a bit: a longer range is drawn from the first to the last day with data instead.
const MAX_FILLED_DAYS = 400;

/**
 * Every day of the range, with zeros where nobody started: a chart with gaps skipped would draw a
 * quiet week as a straight line. The range is the filter's when given, else first to last day.
 */
export function fillTrendDays(trend: readonly TrendDay[], range: { from?: string; to?: string } = {}): TrendDay[] {
  const byDate = new Map(trend.map((day) => [day.date, day]));
  const dates = [...byDate.keys()].sort();
  let first = range.from && (!dates[0] || range.from < dates[0]) ? range.from : dates[0];
  let last = range.to && (!dates.at(-1) || range.to > dates.at(-1)!) ? range.to : dates.at(-1);
  if (!first || !last) return [];
  if (daysBetween(first, last) > MAX_FILLED_DAYS && dates.length) [first, last] = [dates[0]!, dates.at(-1)!];
  const days: TrendDay[] = [];
  for (let day = first; day <= last && days.length <= MAX_FILLED_DAYS; day = nextDay(day)) {
    days.push(byDate.get(day) ?? { date: day, startedUsers: 0, completedUsers: 0, dismissedUsers: 0 });
  }
  return days;
}

/** A day as the chart's x value: seconds at UTC midnight (the chart formats x in UTC too). */
export const dayToSeconds = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 1000;

const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
