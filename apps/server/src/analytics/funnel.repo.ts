import { TARGET_MISSING_REASONS, type PublishedGuide, type TargetMissingReason } from '@shirube/schema';
import type { Database } from '../db/database.js';
import type { CohortFilter } from './analytics-query.js';
import { narrowsCohort } from './analytics-query.js';
import type { Funnel, FunnelStep, TrendDay } from './analytics-types.js';
import { cohortQuery, cohortUsers, type CohortUser } from './cohort.js';
import { histogramOf, quantileOf, splitBySitting, type BucketCount } from './duration-buckets.js';
import { MISSING_REASON_BITS } from './record-guide-event.js';
import { trendOfCohort, trendOfHours } from './trend.js';

/** A step's counts, however they were read. */
interface StepCounts {
  viewed: number;
  completed: number;
  dismissed: number;
  missing: number;
  reasons: Record<TargetMissingReason, number>;
  durations: BucketCount[];
}

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
  const users: CohortUser[] = await cohortUsers(db, key, cohort);
  const totals = {
    started: users.filter((u) => u.started_at !== null).length,
    completed: users.filter((u) => u.completed_at !== null).length,
    dismissed: users.filter((u) => u.dismissed_at !== null).length,
  };
  const steps = new Map<number, StepCounts>();
  const durations = new Map<number, number[]>();
  const rows = await db
    .selectFrom('guide_user_steps')
    .select(['step_index', 'viewed_at', 'completed_at', 'dismissed_at', 'missing_at', 'missing_reasons'])
    .where((eb) => eb.and(key))
    .where('user_key', 'in', cohortQuery(db, key, cohort).select('gu.user_key'))
    .execute();
  for (const row of rows) {
    const index = Number(row.step_index);
    const step = steps.get(index) ?? emptyStep();
    steps.set(index, step);
    if (row.viewed_at !== null) step.viewed++;
    if (row.completed_at !== null) step.completed++;
    if (row.dismissed_at !== null) step.dismissed++;
    if (row.missing_at !== null) step.missing++;
    for (const reason of TARGET_MISSING_REASONS) if ((Number(row.missing_reasons) & MISSING_REASON_BITS[reason]) !== 0) step.reasons[reason]++;
    if (row.viewed_at !== null && row.completed_at !== null && Number(row.completed_at) >= Number(row.viewed_at)) {
      const list = durations.get(index) ?? [];
      list.push(Number(row.completed_at) - Number(row.viewed_at));
      durations.set(index, list);
    }
  }
  for (const [index, list] of durations) steps.get(index)!.durations = histogramOf(list);
  return { totals, steps, trend: trendOfCohort(users, cohort) };
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
