import type { TrendDay } from './analytics-types.js';
import { daysBetween, localDayOfHour } from './local-days.js';

/** A trend longer than this shows its latest days only. */
export const MAX_TREND_DAYS = 366;

/** First-time counts of one hour (epoch hours). */
export interface HourCounts {
  hour: number;
  started: number;
  completed: number;
  dismissed: number;
}

type DayCounts = Map<string, { started: number; completed: number; dismissed: number }>;

function add(days: DayCounts, day: string, field: 'started' | 'completed' | 'dismissed', n: number) {
  const counts = days.get(day) ?? { started: 0, completed: 0, dismissed: 0 };
  counts[field] += n;
  days.set(day, counts);
}

/** Every day from first to last, zeros where nothing happened, at most MAX_TREND_DAYS (the latest). */
function toTrend(days: DayCounts, first: string | undefined, last: string | undefined): TrendDay[] {
  if (first === undefined || last === undefined) return [];
  const all = daysBetween(first, last).slice(-MAX_TREND_DAYS);
  return all.map((date) => {
    const counts = days.get(date);
    return { date, startedUsers: counts?.started ?? 0, completedUsers: counts?.completed ?? 0, dismissedUsers: counts?.dismissed ?? 0 };
  });
}

/**
 * Daily trend from hourly first-time counters, in the viewer's zone. Each user is counted on the
 * day they first started (completed, dismissed), so the days add up to the funnel's totals.
 */
export function trendOfHours(hours: readonly HourCounts[], timeZone: string, range: { from?: string; to?: string } = {}): TrendDay[] {
  const days: DayCounts = new Map();
  for (const h of hours) {
    const day = localDayOfHour(h.hour, timeZone);
    add(days, day, 'started', h.started);
    add(days, day, 'completed', h.completed);
    add(days, day, 'dismissed', h.dismissed);
  }
  const sorted = [...days.keys()].sort();
  return toTrend(days, range.from ?? sorted[0], range.to ?? sorted[sorted.length - 1]);
}
