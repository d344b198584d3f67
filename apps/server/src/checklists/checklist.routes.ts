import { Hono } from 'hono';
import type { Database } from '../db/database.js';
import { badRequest, notFound } from '../errors.js';
import { getGuide } from '../guides/guides.repo.js';
import type { Project } from '../projects/projects.repo.js';
import { readChecklistAnalytics, readChecklistProgress } from './checklist-progress.repo.js';

/** Any route environment whose auth middleware has set the project. */
type WithProject = { Variables: { project: Project } };

/** `GET /:id/checklist-analytics`: started, per-task and all-done users of a checklist (console, every role). */
export function checklistAnalyticsRoutes({ db }: { db: Database }) {
  return new Hono<WithProject>().get('/:id/checklist-analytics', async (c) => {
    const guide = await getGuide(db, c.var.project.id, c.req.param('id'));
    if (!guide || guide.kind !== 'checklist') throw notFound('Checklist not found');
    return c.json(await readChecklistAnalytics(db, c.var.project.id, guide.id, guide.checklist), 200);
  });
}

/** `GET /checklists/progress?user=<userKey>`: the user's progress in every live checklist (SDK, public key). */
export function checklistProgressRoutes({ db }: { db: Database }) {
  return new Hono<WithProject>().get('/checklists/progress', async (c) => {
    const user = c.req.query('user') ?? '';
    if (user.length === 0 || user.length > 210) throw badRequest('user: must be the user id (or anon:<anonymousId>), 1-210 characters');
    // Progress changes with every task: never served from a cache.
    return c.json({ checklists: await readChecklistProgress(db, c.var.project.id, user) }, 200, { 'Cache-Control': 'no-store' });
  });
}
