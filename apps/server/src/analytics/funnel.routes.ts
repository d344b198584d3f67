import { Hono } from 'hono';
import type { ProjectEnv } from '../app-env.js';
import type { Database } from '../db/database.js';
import { badRequest, notFound } from '../errors.js';
import { getPublishedVersion } from '../guides/guide-versions.repo.js';
import { getGuide } from '../guides/guides.repo.js';
import { readFunnel } from './funnel.repo.js';

/** `GET /:id/funnel?version=N` (mounted under `/api/v1/guides`); the live version by default. */
export function funnelRoutes({ db }: { db: Database }) {
  return new Hono<ProjectEnv>().get('/:id/funnel', async (c) => {
    const projectId = c.var.project.id;
    const guide = await getGuide(db, projectId, c.req.param('id'));
    if (!guide) throw notFound('Guide not found');
    const version = parseVersion(c.req.query('version')) ?? guide.version;
    if (version === 0) throw notFound('This guide has not been published yet, so it has no funnel');
    const snapshot = await getPublishedVersion(db, projectId, guide.id, version);
    if (!snapshot) throw notFound(`Guide has no version ${version}`);
    return c.json(await readFunnel(db, projectId, snapshot), 200);
  });
}

function parseVersion(raw: string | undefined): number | null {
  if (raw === undefined || raw === '') return null;
  if (!/^[1-9]\d{0,8}$/.test(raw)) throw badRequest('version: must be a positive integer');
  return Number(raw);
}
