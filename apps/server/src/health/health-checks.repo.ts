import { uuidv7 } from '@shirube/schema';
import type { Database } from '../db/database.js';
import type { HealthChecksTable } from '../db/schema.js';
import type { HealthReport } from './health-report.js';

/** A health check as the console shows it. */
export interface HealthCheck {
  id: string;
  status: HealthChecksTable['status'];
  baseUrl: string;
  /** Null: every published guide was checked. */
  guideId: string | null;
  startedAt: string;
  finishedAt: string | null;
  report: HealthReport | null;
  error: string | null;
}

/**
 * A check still "running" after this long was cut off by a server restart: it no longer holds the
 * project's one running slot. Far above what a check of 50 guides takes.
 */
export const STALE_CHECK_MS = 15 * 60_000;

function toHealthCheck(row: HealthChecksTable): HealthCheck {
  return {
    id: row.id,
    status: row.status,
    baseUrl: row.base_url,
    guideId: row.guide_id,
    startedAt: new Date(Number(row.started_at)).toISOString(),
    finishedAt: row.finished_at === null ? null : new Date(Number(row.finished_at)).toISOString(),
    report: row.report === null ? null : (JSON.parse(row.report) as HealthReport),
    error: row.error,
  };
}

const runningIn = (db: Database, projectId: string) =>
  db.selectFrom('health_checks').select('id').where('project_id', '=', projectId).where('status', '=', 'running').executeTakeFirst();

/**
 * Records a new running check; null when the project already has one running (a unique index
 * holds that even for two servers starting one at the same moment).
 */
export async function startHealthCheck(
  db: Database,
  input: { projectId: string; baseUrl: string; guideId: string | null; startedBy: string | null },
  now = Date.now(),
): Promise<HealthCheck | null> {
  await db
    .updateTable('health_checks')
    .set({ status: 'failed', finished_at: now, error: 'interrupted' })
    .where('project_id', '=', input.projectId)
    .where('status', '=', 'running')
    .where('started_at', '<', now - STALE_CHECK_MS)
    .execute();
  if (await runningIn(db, input.projectId)) return null;
  const row: HealthChecksTable = {
    id: uuidv7(now),
    project_id: input.projectId,
    status: 'running',
    base_url: input.baseUrl,
    guide_id: input.guideId,
    started_by: input.startedBy,
    started_at: now,
    finished_at: null,
    report: null,
    error: null,
  };
  try {
    await db.insertInto('health_checks').values(row).execute();
  } catch (error) {
    if (await runningIn(db, input.projectId)) return null;
    throw error;
  }
  return toHealthCheck(row);
}

/** Stores a running check's outcome: its report, or why it could not run. */
export async function finishHealthCheck(db: Database, id: string, outcome: { report: HealthReport } | { error: string }, now = Date.now()): Promise<void> {
  await db
    .updateTable('health_checks')
    .set('report' in outcome ? { status: 'done', report: JSON.stringify(outcome.report), finished_at: now } : { status: 'failed', error: outcome.error.slice(0, 1000), finished_at: now })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

/** One of the project's checks, or null. */
export async function getHealthCheck(db: Database, projectId: string, id: string): Promise<HealthCheck | null> {
  const row = await db.selectFrom('health_checks').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
  return row ? toHealthCheck(row) : null;
}

/** The project's most recent check, or null when it never ran one. */
export async function latestHealthCheck(db: Database, projectId: string): Promise<HealthCheck | null> {
  const row = await db
    .selectFrom('health_checks')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toHealthCheck(row) : null;
}
