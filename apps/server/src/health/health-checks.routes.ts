import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { ConsoleProjectEnv } from '../console/console-env.js';
import { consoleProject } from '../console/console-project.js';
import { requireRole } from '../console/require-role.js';
import type { Database } from '../db/database.js';
import { ApiError, badRequest, notFound } from '../errors.js';
import { listLiveGuides } from '../guides/guide-versions.repo.js';
import type { OriginOf } from '../http/own-origin.js';
import { jsonBody } from '../http/json-body.js';
import { originMatches } from '../projects/allowed-origins.js';
import type { Project } from '../projects/projects.repo.js';
import { finishHealthCheck, getHealthCheck, latestHealthCheck, startHealthCheck, type HealthCheck } from './health-checks.repo.js';
import type { OpenInspector } from './page-inspector.js';
import { runHealthCheck } from './run-health-check.js';

/** What a server-side check needs beyond the database: the browser and the SDK build whose locator it runs. */
export interface HealthCheckDeps {
  db: Database;
  openInspector: OpenInspector;
  sdkDir: string;
  originOf: OriginOf;
}

const StartSchema = v.object({
  baseUrl: v.pipe(v.string('must be a URL'), v.maxLength(2048, 'must be at most 2048 characters'), v.url('must be a URL such as https://app.example.com')),
  guideId: v.optional(v.pipe(v.string('must be a guide id'), v.maxLength(64))),
  /** Example pages for wildcard patterns: `{ "/reports/*": "/reports/42" }`. */
  examples: v.optional(
    v.pipe(
      v.record(
        v.pipe(v.string(), v.maxLength(500)),
        v.pipe(v.string('must be a path'), v.maxLength(2048, 'must be at most 2048 characters'), v.regex(/^\/(?!\/)/, 'must be a path starting with /')),
      ),
      v.check((examples) => Object.keys(examples).length <= 20, 'must give at most 20 examples'),
    ),
  ),
});

/**
 * The pages a check may load: the project's own app, as its SDK and builder origins name it. The
 * server's browser then never loads an address of the server's own network that a console user typed.
 */
export const appOrigins = (project: Project) => [...new Set([...project.sdkOrigins, ...project.allowedOrigins])];

/** Exact origins, as the console offers them as base URLs (a wildcard origin names no page). */
const appUrls = (project: Project) => appOrigins(project).filter((origin) => !origin.includes('*'));

/** Guide health checks from the console (mounted under `/api/console/projects/:projectId/health-checks`). */
export function healthCheckRoutes(deps: HealthCheckDeps) {
  const { db } = deps;
  return new Hono<ConsoleProjectEnv>()
    .use(consoleProject({ db }))
    .get('/latest', requireRole('viewer'), async (c) =>
      c.json({ check: await latestHealthCheck(db, c.var.project.id), appUrls: appUrls(c.var.project) }, 200),
    )
    .get('/:id', requireRole('viewer'), async (c) => {
      const check = await getHealthCheck(db, c.var.project.id, c.req.param('id'));
      if (!check) throw notFound('Health check not found');
      return c.json({ check }, 200);
    })
    .post('/', requireRole('editor'), jsonBody(StartSchema), async (c) => {
      const { baseUrl, guideId, examples = {} } = c.req.valid('json');
      const project = c.var.project;
      const url = new URL(baseUrl);
      if (!/^https?:$/.test(url.protocol)) throw badRequest('baseUrl: must be an http(s) URL');
      const origins = appOrigins(project);
      if (origins.length === 0) throw badRequest("baseUrl: add your app's origin to the project's SDK origins first; checks load only your app's pages");
      if (!originMatches(origins, url.origin)) throw badRequest(`baseUrl: ${url.origin} is not one of the project's origins (${origins.join(', ')})`);
      const guides = await listLiveGuides(db, project.id);
      if (guideId !== undefined && !guides.some((g) => g.id === guideId)) throw badRequest('guideId: no published guide with this id');
      const check = await startHealthCheck(db, { projectId: project.id, baseUrl: url.href, guideId: guideId ?? null, startedBy: c.var.session.user.id });
      if (!check) throw new ApiError(409, 'check_running', 'A health check is already running for this project; wait for it to finish');
      void runInBackground(deps, check, guides, examples, deps.originOf(c));
      return c.json({ check }, 202);
    });
}

/** Runs the check after the request has been answered, and stores the outcome whatever happens. */
async function runInBackground(
  deps: HealthCheckDeps,
  check: HealthCheck,
  guides: Awaited<ReturnType<typeof listLiveGuides>>,
  examples: Record<string, string>,
  serverOrigin: string,
): Promise<void> {
  try {
    const locatorSource = await readFile(join(deps.sdkDir, 'locator.js'), 'utf8').catch(() => {
      throw new Error('The SDK has not been built (no locator.js): run pnpm build');
    });
    const report = await runHealthCheck(
      guides,
      { baseUrl: check.baseUrl, examples, ...(check.guideId ? { guideId: check.guideId } : {}) },
      // The app's own Shirube script is not loaded: no guide covers the page and no visit is counted.
      { locatorSource, blockPrefixes: [`${serverOrigin}/sdk/`] },
      deps.openInspector,
    );
    await finishHealthCheck(deps.db, check.id, { report });
  } catch (error) {
    await finishHealthCheck(deps.db, check.id, { error: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
  }
}
