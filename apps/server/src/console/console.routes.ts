import { Hono, type MiddlewareHandler } from 'hono';
import { apiTokensRoutes } from '../api-tokens/api-tokens.routes.js';
import { consoleAuditRoutes } from '../audit/audit.routes.js';
import { limitBody } from '../http/json-body.js';
import type { ConsoleEnv } from './console-env.js';
import { consoleAnalyticsRoutes } from './console-analytics.routes.js';
import { consoleGuidesRoutes } from './console-guides.routes.js';
import type { ConsoleOptions } from './console-options.js';
import { consoleTargetingRoutes } from './console-targeting.routes.js';
import { csrfToken, sameOrigin } from './csrf.js';
import { consoleHelpLauncherRoutes, consoleHelpSearchesRoutes } from '../help/help.routes.js';
import { healthCheckRoutes } from '../health/health-checks.routes.js';
import type { OpenInspector } from '../health/page-inspector.js';
import { membersRoutes } from './members.routes.js';
import { projectsRoutes } from './projects.routes.js';
import { securityHeaders } from './security-headers.js';
import { sessionAuth } from './session-auth.js';
import { sessionRoutes } from './session.routes.js';
import { consoleWebhooksRoutes } from '../webhooks/webhooks.routes.js';

/**
 * The console API (mounted under `/api/console`). Setup and sign-in answer before the session
 * middleware; every later route needs a session, and every write the CSRF token.
 */
export function consoleRoutes(options: ConsoleOptions & { bodyLimit: number; clientIp: MiddlewareHandler; openInspector: OpenInspector; sdkDir: string }) {
  const { db, bodyLimit, originOf, clientIp, openInspector, sdkDir } = options;
  return new Hono<ConsoleEnv>()
    .use(securityHeaders({ cache: 'no-store' }))
    .use(sameOrigin({ originOf }))
    .use(limitBody(bodyLimit))
    .use(clientIp)
    .route('/', sessionRoutes(options))
    .use(sessionAuth(options))
    .use(csrfToken())
    .route('/members', membersRoutes({ db }))
    .route('/api-tokens', apiTokensRoutes({ db, now: options.now }))
    .route('/projects', projectsRoutes({ db }))
    .route('/projects/:projectId/guides', consoleGuidesRoutes({ db }))
    .route('/projects/:projectId', consoleTargetingRoutes({ db }))
    .route('/projects/:projectId/analytics', consoleAnalyticsRoutes({ db }))
    .route('/projects/:projectId/help-launcher', consoleHelpLauncherRoutes({ db }))
    .route('/projects/:projectId/help-searches', consoleHelpSearchesRoutes({ db }))
    .route('/projects/:projectId/audit-log', consoleAuditRoutes({ db }))
    .route('/projects/:projectId/health-checks', healthCheckRoutes({ db, openInspector, sdkDir, originOf }))
    .route('/projects/:projectId/webhooks', consoleWebhooksRoutes({ db }));
}
