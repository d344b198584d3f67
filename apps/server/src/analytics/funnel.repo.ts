import { TARGET_MISSING_REASONS, type PublishedGuide, type TargetMissingReason } from '@shirube/schema';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { logBucket } from '../db/sql-functions.js';
import type { CohortFilter } from './analytics-query.js';
import { narrowsCohort } from './analytics-query.js';
import type { Funnel, FunnelStep, TrendDay } from './analytics-types.js';
import { cohortQuery } from './cohort.js';
import { BUCKETS_PER_DOUBLING, quantileOf, splitBySitting, type BucketCount } from './duration-buckets.js';
import { MISSING_REASON_BITS } from './guide-event.js';
import { trendOfHours, type HourCounts } from './trend.js';

/** A step's counts, however they were read. */
interface StepCounts {
  viewed: number;
  completed: number;
  dismissed: number;
  missing: number;
  reasons: Record<TargetMissingReason, number>;
  durations: BucketCount[];
}

const HOUR = 3_600_000;
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const noReasons = (): Record<TargetMissingReason, number> => ({ not_found: 0, not_visible: 0, ambiguous: 0 });
const emptyStep = (): StepCounts => ({ viewed: 0, completed: 0, dismissed: 0, missing: 0, reasons: noReasons(), durations: [] });

/** A version's funnel and daily trend. */
export interface FunnelWithTrend {
  funnel: Funnel;
  trend: TrendDay[];
}

/**
 * The funnel and trend of one published version. Unfiltered, they come from counters maintained at
 * ingest (docs/decisions/0001), a few primary-key reads whatever the history. A filter (date range,
 * traits, locale) reads the per-user rows of that version's cohort instead: still exact distinct
 * users, bounded by the guide's audience, never raw events. Steps come from the snapshot, so a step
 * nobody reached is listed with zeros.
 */
export async function readFunnel(db: Database, projectId: string, guide: PublishedGuide, cohort: CohortFilter): Promise<FunnelWithTrend> {
  const key = { project_id: projectId, guide_id: guide.id, version: guide.version };
  const read = narrowsCohort(cohort) ? await readCohort(db, key, cohort) : await readCounters(db, key, cohort.filter.tz);
  return { funnel: toFunnel(guide, read.totals, read.steps), trend: read.trend };
}

type VersionKey = { project_id: string; guide_id: string; version: number };
type Totals = { started: number; completed: number; dismissed: number };
type Read = { totals: Totals; steps: Map<number, StepCounts>; trend: TrendDay[] };

async function readCounters(db: Database, key: VersionKey, tz: string): Promise<Read> {
  const [totals, stepRows, durationRows, hours] = await Promise.all([
    db.selectFrom('guide_stats').select(['started_users', 'completed_users', 'dismissed_users']).where((eb) => eb.and(key)).executeTakeFirst(),
    db.selectFrom('guide_step_stats').selectAll().where((eb) => eb.and(key)).execute(),
    db.selectFrom('guide_step_durations').select(['step_index', 'bucket', 'users']).where((eb) => eb.and(key)).execute(),
    db.selectFrom('guide_hourly_stats').select(['hour', 'started_users', 'completed_users', 'dismissed_users']).where((eb) => eb.and(key)).execute(),
  ]);
  const steps = new Map<number, StepCounts>();
  for (const row of stepRows) {
    steps.set(Number(row.step_index), {
      viewed: Number(row.viewed_users),
      completed: Number(row.completed_users),
      dismissed: Number(row.dismissed_users),
      missing: Number(row.missing_users),
      reasons: { not_found: Number(row.missing_not_found), not_visible: Number(row.missing_not_visible), ambiguous: Number(row.missing_ambiguous) },
      durations: [],
    });
  }
  for (const row of durationRows) {
    const step = steps.get(Number(row.step_index));
    step?.durations.push({ bucket: Number(row.bucket), users: Number(row.users) });
  }
  return {
    totals: { started: Number(totals?.started_users ?? 0), completed: Number(totals?.completed_users ?? 0), dismissed: Number(totals?.dismissed_users ?? 0) },
    steps,
    trend: trendOfHours(hours.map((h) => ({ hour: Number(h.hour), started: Number(h.started_users), completed: Number(h.completed_users), dismissed: Number(h.dismissed_users) })), tz),
  };
}

async function readCohort(db: Database, key: VersionKey, cohort: CohortFilter): Promise<Read> {
  const inCohort = cohortQuery(db, key, cohort).select('gu.user_key');
  const firstTimes = (column: 'started_at' | 'completed_at' | 'dismissed_at') =>
    cohortQuery(db, key, cohort)
      .select([sql<number>`${sql.ref(`gu.${column}`)} / ${sql.lit(HOUR)}`.as('hour'), (eb) => eb.fn.countAll<number>().as('users')])
      .where(`gu.${column}`, 'is not', null)
      .groupBy('hour')
      .execute();
  const duration = sql<number>`completed_at - viewed_at`;
  const [started, completed, dismissed, stepRows] = await Promise.all([
    firstTimes('started_at'),
    firstTimes('completed_at'),
    firstTimes('dismissed_at'),
    // One pass over the cohort's step rows: counts per step, split by time-on-step bucket.
    db
      .selectFrom('guide_user_steps')
      .select((eb) => [
        'step_index',
        sql<number | null>`case when completed_at >= viewed_at then ${logBucket(db, duration, BUCKETS_PER_DOUBLING)} end`.as('bucket'),
        eb.fn.count<number>('viewed_at').as('viewed'),
        eb.fn.count<number>('completed_at').as('completed'),
        eb.fn.count<number>('dismissed_at').as('dismissed'),
        eb.fn.count<number>('missing_at').as('missing'),
        ...TARGET_MISSING_REASONS.map((reason) => sql<number>`count(case when (missing_reasons & ${sql.lit(MISSING_REASON_BITS[reason])}) <> 0 then 1 end)`.as(reason)),
        eb.fn.countAll<number>().as('users'),
      ])
      .where((eb) => eb.and(key))
      .where('user_key', 'in', inCohort)
      .groupBy(['step_index', 'bucket'])
      .execute(),
  ]);

  const steps = new Map<number, StepCounts>();
  for (const row of stepRows) {
    const index = Number(row.step_index);
    const step = steps.get(index) ?? emptyStep();
    steps.set(index, step);
    step.viewed += Number(row.viewed);
    step.completed += Number(row.completed);
    step.dismissed += Number(row.dismissed);
    step.missing += Number(row.missing);
    for (const reason of TARGET_MISSING_REASONS) step.reasons[reason] += Number(row[reason]);
    if (row.bucket !== null) step.durations.push({ bucket: Number(row.bucket), users: Number(row.users) });
  }
  const sum = (rows: Array<{ users: number }>) => rows.reduce((n, r) => n + Number(r.users), 0);
  const hours = new Map<number, HourCounts>();
  const hourOf = (hour: number) => hours.get(hour) ?? hours.set(hour, { hour, started: 0, completed: 0, dismissed: 0 }).get(hour)!;
  for (const r of started) hourOf(Number(r.hour)).started += Number(r.users);
  for (const r of completed) hourOf(Number(r.hour)).completed += Number(r.users);
  for (const r of dismissed) hourOf(Number(r.hour)).dismissed += Number(r.users);
  return {
    totals: { started: sum(started), completed: sum(completed), dismissed: sum(dismissed) },
    steps,
    trend: trendOfHours([...hours.values()], cohort.filter.tz, cohort.filter),
  };
}

function toFunnel(guide: PublishedGuide, totals: Totals, counts: Map<number, StepCounts>): Funnel {
  const viewed = guide.steps.map((_, index) => counts.get(index)?.viewed ?? 0);
  const steps = guide.steps.map((step, index): FunnelStep => {
    const c = counts.get(index) ?? emptyStep();
    const reachedNext = index + 1 < viewed.length ? viewed[index + 1]! : totals.completed;
    const dropOffUsers = Math.max(0, c.viewed - reachedNext);
    const { sitting, later } = splitBySitting(c.durations);
    const timedUsers = sitting.reduce((sum, b) => sum + b.users, 0);
    return {
      stepId: step.id,
      stepIndex: index,
      title: step.title,
      viewedUsers: c.viewed,
      completedUsers: c.completed,
      dismissedUsers: c.dismissed,
      targetMissingUsers: c.missing,
      missingReasons: c.reasons,
      dropOffUsers,
      dropOffRate: ratio(dropOffUsers, c.viewed),
      timing: { users: timedUsers, laterUsers: later, p50Ms: quantileOf(sitting, 0.5), p90Ms: quantileOf(sitting, 0.9) },
    };
  });
  return {
    guideId: guide.id,
    version: guide.version,
    startedUsers: totals.started,
    completedUsers: totals.completed,
    dismissedUsers: totals.dismissed,
    completionRate: ratio(totals.completed, totals.started),
    steps,
  };
}
