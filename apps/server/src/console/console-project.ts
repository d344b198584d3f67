import { createMiddleware } from 'hono/factory';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { findProjectById } from '../projects/projects.repo.js';
import type { ConsoleProjectEnv } from './console-env.js';

/** Loads `:projectId` from the path into `project` (404 when unknown). Runs after `sessionAuth`. */
export function consoleProject(options: { db: Database }) {
  return createMiddleware<ConsoleProjectEnv>(async function consoleProject(c, next) {
    const project = await findProjectById(options.db, c.req.param('projectId') ?? '');
    if (!project) throw notFound('Project not found');
    c.set('project', project);
    await next();
  });
}
