import { Hono } from 'hono';
import { projectAnalyticsRoutes } from '../analytics/analytics.routes.js';
import { trackEventNamesRoutes } from '../analytics/split.routes.js';
import type { Database } from '../db/database.js';
import type { ConsoleProjectEnv } from './console-env.js';
import { consoleProject } from './console-project.js';

/** A project's analytics for the console (mounted under `/api/console/projects/:projectId/analytics`); every role may read them. */
export function consoleAnalyticsRoutes({ db }: { db: Database }) {
  return new Hono<ConsoleProjectEnv>().use(consoleProject({ db })).route('/', projectAnalyticsRoutes({ db })).route('/', trackEventNamesRoutes({ db }));
}
