import type { PublishedGuide } from '@shirube/schema';
import type { Database } from '../db/database.js';

/** One step of a funnel. Counts are distinct users. */
export interface FunnelStep {
  stepId: string;
  stepIndex: number;
  title: string;
  viewedUsers: number;
  completedUsers: number;
  dismissedUsers: number;
  targetMissingUsers: number;
  /** Users who saw this step but not the next one (or, for the last step, did not complete). */
  dropOffUsers: number;
  /** dropOffUsers / viewedUsers, 0..1 (0 when nobody viewed). */
  dropOffRate: number;
}

/** How users went through one published version of a guide. */
export interface Funnel {
  guideId: string;
  version: number;
  startedUsers: number;
  completedUsers: number;
  dismissedUsers: number;
  /** completedUsers / startedUsers, 0..1 (0 when nobody started). */
  completionRate: number;
  steps: FunnelStep[];
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/**
 * The funnel of one published version. Reads only the counter tables maintained at ingest
 * (docs/decisions/0001), so its cost does not grow with event history. Steps come from the
 * snapshot, so a step nobody reached is still listed with zeros.
 */
export async function readFunnel(db: Database, projectId: string, guide: PublishedGuide): Promise<Funnel> {
  const totals = await db
    .selectFrom('guide_stats')
    .select(['started_users', 'completed_users', 'dismissed_users'])
    .where('project_id', '=', projectId)
    .where('guide_id', '=', guide.id)
    .where('version', '=', guide.version)
    .executeTakeFirst();
  const stepRows = await db
    .selectFrom('guide_step_stats')
    .select(['step_index', 'viewed_users', 'completed_users', 'dismissed_users', 'missing_users'])
    .where('project_id', '=', projectId)
    .where('guide_id', '=', guide.id)
    .where('version', '=', guide.version)
    .execute();
  const byIndex = new Map(stepRows.map((row) => [Number(row.step_index), row]));

  const startedUsers = Number(totals?.started_users ?? 0);
  const completedUsers = Number(totals?.completed_users ?? 0);
  const viewed = guide.steps.map((_, index) => Number(byIndex.get(index)?.viewed_users ?? 0));

  const steps = guide.steps.map((step, index): FunnelStep => {
    const row = byIndex.get(index);
    const viewedUsers = viewed[index]!;
    const reachedNext = index + 1 < viewed.length ? viewed[index + 1]! : completedUsers;
    const dropOffUsers = Math.max(0, viewedUsers - reachedNext);
    return {
      stepId: step.id,
      stepIndex: index,
      title: step.title,
      viewedUsers,
      completedUsers: Number(row?.completed_users ?? 0),
      dismissedUsers: Number(row?.dismissed_users ?? 0),
      targetMissingUsers: Number(row?.missing_users ?? 0),
      dropOffUsers,
      dropOffRate: ratio(dropOffUsers, viewedUsers),
    };
  });

  return {
    guideId: guide.id,
    version: guide.version,
    startedUsers,
    completedUsers,
    dismissedUsers: Number(totals?.dismissed_users ?? 0),
    completionRate: ratio(completedUsers, startedUsers),
    steps,
  };
}
