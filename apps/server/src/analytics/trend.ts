import type { CohortFilter } from './analytics-query.js';
import type { TrendDay } from './analytics-types.js';
import type { CohortUser } from './cohort.js';
import { daysBetween, localDay } from './local-days.js';

const HOUR = 3_600_000;
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
export function trendOfHours(hours: readonly HourCounts[], timeZone: string): TrendDay[] {
  const days: DayCounts = new Map();
  for (const h of hours) {
    const day = localDay(h.hour * HOUR, timeZone);
    add(days, day, 'started', h.started);
    add(days, day, 'completed', h.completed);
    add(days, day, 'dismissed', h.dismissed);
  }
  const sorted = [...days.keys()].sort();
  return toTrend(days, sorted[0], sorted[sorted.length - 1]);
}

/** Daily trend of a filtered cohort, over the filter's date range when it has one. */
export function trendOfCohort(users: readonly CohortUser[], { filter }: CohortFilter): TrendDay[] {
  const days: DayCounts = new Map();
  for (const user of users) {
    if (user.started_at !== null) add(days, localDay(user.started_at, filter.tz), 'started', 1);
    if (user.completed_at !== null) add(days, localDay(user.completed_at, filter.tz), 'completed', 1);
    if (user.dismissed_at !== null) add(days, localDay(user.dismissed_at, filter.tz), 'dismissed', 1);
  }
  const sorted = [...days.keys()].sort();
  return toTrend(days, filter.from ?? sorted[0], filter.to ?? sorted[sorted.length - 1]);
}
