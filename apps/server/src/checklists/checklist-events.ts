import type { ShirubeEvent } from '@shirube/schema';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { earlierOf } from '../db/sql-functions.js';

/** A checklist widget's event: a task completed, or the widget's state changed. */
export type ChecklistEvent = Extract<ShirubeEvent, { type: 'checklist_task_completed' | 'checklist_state' }>;

export const isChecklistEvent = (event: ShirubeEvent): event is ChecklistEvent =>
  event.type === 'checklist_task_completed' || event.type === 'checklist_state';

/**
 * Folds one newly stored checklist event into the progress tables, inside the ingest transaction.
 * Idempotent and order-free: a task's completion and the first activity only move earlier, the
 * widget state is the latest change by event time, and finishing (state `completed`) only moves
 * earlier, so duplicates and late events never move a completion later. `at` is skew-corrected.
 */
/** A state only replaces one set earlier (ties: the later-arriving event). */
const newerState = sql`excluded.state is not null and (checklist_users.state_at is null or excluded.state_at >= checklist_users.state_at)`;

export async function recordChecklistEvent(trx: Database, projectId: string, event: ChecklistEvent, userKey: string, at: number): Promise<void> {
  const key = { project_id: projectId, guide_id: event.guideId, user_key: userKey };
  if (event.type === 'checklist_task_completed') {
    await trx
      .insertInto('checklist_tasks_done')
      .values({ ...key, task_id: event.taskId, completed_at: at })
      .onConflict((oc) => oc.columns(['project_id', 'guide_id', 'user_key', 'task_id']).doUpdateSet({ completed_at: earlierOf(trx, 'checklist_tasks_done.completed_at', 'excluded.completed_at') }))
      .execute();
  }
  const state = event.type === 'checklist_state' ? event.state : null;
  await trx
    .insertInto('checklist_users')
    .values({ ...key, started_at: at, state, state_at: state && at, completed_at: state === 'completed' ? at : null })
    .onConflict((oc) =>
      oc.columns(['project_id', 'guide_id', 'user_key']).doUpdateSet({
        started_at: earlierOf(trx, 'checklist_users.started_at', 'excluded.started_at'),
        state: sql`case when ${newerState} then excluded.state else checklist_users.state end`,
        state_at: sql`case when ${newerState} then excluded.state_at else checklist_users.state_at end`,
        completed_at: earlierOf(trx, 'checklist_users.completed_at', 'excluded.completed_at'),
      }),
    )
    .execute();
}

/** Whether the user had already finished the checklist (read before storing a `completed` state). */
export async function hasCompletedChecklist(trx: Database, projectId: string, guideId: string, userKey: string): Promise<boolean> {
  const row = await trx
    .selectFrom('checklist_users')
    .select('completed_at')
    .where('project_id', '=', projectId)
    .where('guide_id', '=', guideId)
    .where('user_key', '=', userKey)
    .executeTakeFirst();
  return row?.completed_at != null;
}
