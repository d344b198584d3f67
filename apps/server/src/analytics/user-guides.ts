import type { GuideEventType } from '@shirube/schema';
import type { Database } from '../db/database.js';

/** What one event changed in a user's progress through a guide, across all its versions. */
export interface GuideProgress {
  /** The user started this guide (any version) for the first time. */
  firstStart: boolean;
  /** The user completed this guide (any version) for the first time. */
  firstCompletion: boolean;
}

/**
 * Keeps one row per user and guide across versions: when they first started and completed it,
 * and when they last did anything in it. Onboarding and stalled users are read from these, so a
 * new version of a guide does not make users who finished it "unfinished" again.
 */
export async function recordUserGuide(
  trx: Database,
  key: { projectId: string; guideId: string; userKey: string },
  type: GuideEventType,
  at: number,
): Promise<GuideProgress> {
  const where = { project_id: key.projectId, guide_id: key.guideId, user_key: key.userKey };
  const startedAt = type === 'guide_started' ? at : null;
  const completedAt = type === 'guide_completed' ? at : null;
  const row = await trx.selectFrom('user_guides').select(['started_at', 'completed_at', 'last_activity_at']).where((eb) => eb.and(where)).executeTakeFirst();
  if (!row) {
    await trx.insertInto('user_guides').values({ ...where, started_at: startedAt, completed_at: completedAt, last_activity_at: at }).execute();
    return { firstStart: startedAt !== null, firstCompletion: completedAt !== null };
  }
  const earlier = (current: number | null, next: number | null) => (next !== null && (current === null || next < Number(current)) ? next : null);
  const changes = {
    ...(earlier(row.started_at, startedAt) !== null ? { started_at: startedAt } : {}),
    ...(earlier(row.completed_at, completedAt) !== null ? { completed_at: completedAt } : {}),
    ...(at > Number(row.last_activity_at) ? { last_activity_at: at } : {}),
  };
  if (Object.keys(changes).length > 0) await trx.updateTable('user_guides').set(changes).where((eb) => eb.and(where)).execute();
  return { firstStart: startedAt !== null && row.started_at === null, firstCompletion: completedAt !== null && row.completed_at === null };
}
