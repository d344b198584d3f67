import { Hono } from 'hono';
import { funnelRoutes, projectAnalyticsRoutes } from './analytics/analytics.routes.js';
import { splitResultsRoutes, trackEventNamesRoutes } from './analytics/split.routes.js';
import type { ProjectEnv } from './app-env.js';
import { adminAuditRoutes } from './audit/audit.routes.js';
import { secretKeyAuth } from './auth/secret-key-auth.js';
import { DEFAULT_SECURITY, type SecurityConfig } from './config.js';
import { builderRoutes } from './builder/builder.routes.js';
import { consoleRoutes } from './console/console.routes.js';
import type { Database } from './db/database.js';
import { handleError, handleNotFound } from './errors.js';
import { createIngestQueue, type IngestQueue } from './events/ingest-queue.js';
import { helpSearchesRoutes } from './help/help.routes.js';
import { openBrowserInspector, type OpenInspector } from './health/page-inspector.js';
import { guidesRoutes } from './guides/guides.routes.js';
import { segmentRoutes } from './segments/segments.routes.js';
import { clientIp, clientIpResolver } from './http/client-ip.js';
import { limitBody } from './http/json-body.js';
import type { RateLimit } from './http/rate-limit.js';
import { ownOriginResolver } from './http/own-origin.js';
import { DEFAULT_CONSOLE_DIR, DEFAULT_SDK_DIR } from './paths.js';
import { isExactOrigin } from './projects/allowed-origins.js';
import { apiDocsRoutes, openApiDocumentRoutes } from './openapi/openapi.routes.js';
import { buildOpenApiDocument, type OpenApiDocument, type RouteLike } from './openapi/openapi-document.js';
import { projectRoutes } from './projects/project.routes.js';
import { consoleAssetRoutes } from './web/console-assets.routes.js';
import { sdkAssetRoutes } from './sdk/sdk-assets.routes.js';
import { sdkRoutes } from './sdk/sdk.routes.js';

/** Largest admin request body: generous for a 50-step guide with rich text. */
export const ADMIN_BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  db: Database;
  /** Folder holding the SDK build; defaults to `<repo>/packages/sdk/dist`. */
  sdkDir?: string;
  /** Folder holding the console build; defaults to `<repo>/apps/console/dist` (SHIRUBE_CONSOLE_DIR for `pnpm start`). */
  consoleDir?: string;
  /**
   * The origin browsers reach the server at (`https://shirube.example.com`), when it differs from
   * the request URL's, as behind a proxy that terminates TLS. Console CSRF checks, the session
   * cookie's Secure flag and the builder's `consoleOrigin` use it.
   */
  publicOrigin?: string;
  /** Event batches allowed per public key (token bucket); defaults to `DEFAULT_INGEST_RATE_LIMIT`. */
  ingestRate?: RateLimit;
  /** Take client IPs (sign-in throttling, the audit log) from `X-Forwarded-For`; only behind a proxy that sets it. */
  trustProxy?: boolean;
  /** Session timeouts and sign-in throttling; defaults in config.ts. */
  security?: SecurityConfig;
  /** The clock for session timeouts and sign-in throttling (tests move it). */
  now?: () => number;
  /** Where validated event batches wait to be written together; one on `db` by default. */
  ingestQueue?: IngestQueue;
  /** The browser that guide health checks load pages in; headless Chromium by default. */
  openInspector?: OpenInspector;
}

/** Builds the HTTP app. Routes are chained so `typeof app` carries every route's types. */
export function createApp({
  db,
  sdkDir = DEFAULT_SDK_DIR,
  consoleDir = DEFAULT_CONSOLE_DIR,
  publicOrigin,
  ingestRate,
  trustProxy = false,
  security = DEFAULT_SECURITY,
  now = Date.now,
  ingestQueue = createIngestQueue(db),
  openInspector = openBrowserInspector,
}: AppOptions) {
  if (publicOrigin !== undefined && !isExactOrigin(publicOrigin)) {
    throw new Error(`publicOrigin must be an origin such as https://shirube.example.com, got ${JSON.stringify(publicOrigin)}`);
  }
  const originOf = ownOriginResolver(publicOrigin);
  const ipOf = clientIp(clientIpResolver(trustProxy));
  const admin = new Hono<ProjectEnv>()
    .use(ipOf)
    .use(secretKeyAuth({ db, now }))
    .use(limitBody(ADMIN_BODY_LIMIT))
    .route('/project', projectRoutes({ db }))
    .route('/guides', guidesRoutes({ db }))
    .route('/guides', funnelRoutes({ db }))
    .route('/guides', splitResultsRoutes({ db }))
    // The secret key may do everything a console editor may.
    .route('/segments', segmentRoutes({ db, allow: () => async (_c, next) => next() }))
    .route('/analytics', projectAnalyticsRoutes({ db }))
    .route('/analytics', trackEventNamesRoutes({ db }))
    .route('/help-searches', helpSearchesRoutes({ db }))
    .route('/audit-log', adminAuditRoutes({ db }));

  // Built from the app's own routes on first request: each admin route documents itself (openapi/operation.ts).
  let openApi: OpenApiDocument | undefined;
  let routes: () => readonly RouteLike[] = () => [];
  const document = () => (openApi ??= buildOpenApiDocument(routes(), { version: '1.0.0' }).document);

  const app = new Hono()
    .get('/health', (c) => c.json({ ok: true as const }, 200))
    // Before the admin routes: public, so their auth never runs for it.
    .route('/api/v1', openApiDocumentRoutes({ document }))
    .route('/api/v1', admin)
    .route('/api', apiDocsRoutes({ document, originOf }))
    .route('/api/console', consoleRoutes({ db, bodyLimit: ADMIN_BODY_LIMIT, originOf, now, security, clientIp: ipOf, openInspector, sdkDir }))
    // Before `/sdk/v1`: the builder has its own CORS (allowed origins only) and auth.
    .route('/sdk/v1/builder', builderRoutes({ db, bodyLimit: ADMIN_BODY_LIMIT, originOf }))
    .route('/sdk/v1', sdkRoutes({ db, ingestQueue, ...(ingestRate ? { ingestRate } : {}) }))
    .route('/sdk', sdkAssetRoutes({ sdkDir }))
    // Last: the console page answers whatever GET the API did not.
    .route('/', consoleAssetRoutes({ consoleDir }))
    .notFound(handleNotFound)
    .onError(handleError);
  routes = () => app.routes;
  return app;
}

/** The app's type, for a typed client (`hc<AppType>`), console routes included. */
export type AppType = ReturnType<typeof createApp>;

/** The same type under the name the console uses: `hc<ConsoleAppType>(origin).api.console...`. */
export type ConsoleAppType = AppType;
