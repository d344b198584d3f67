import { Hono } from 'hono';
import { funnelRoutes } from './analytics/funnel.routes.js';
import type { ProjectEnv } from './app-env.js';
import { secretKeyAuth } from './auth/secret-key-auth.js';
import type { Database } from './db/database.js';
import { handleError, handleNotFound } from './errors.js';
import { guidesRoutes } from './guides/guides.routes.js';
import { limitBody } from './http/json-body.js';
import { DEFAULT_SDK_DIR } from './paths.js';
import { sdkAssetRoutes } from './sdk/sdk-assets.routes.js';
import { sdkRoutes } from './sdk/sdk.routes.js';

/** Largest admin request body: generous for a 50-step guide with rich text. */
export const ADMIN_BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  db: Database;
  /** Folder holding the SDK build; defaults to `<repo>/packages/sdk/dist`. */
  sdkDir?: string;
}

/** Builds the HTTP app. Routes are chained so `typeof app` carries every route's types. */
export function createApp({ db, sdkDir = DEFAULT_SDK_DIR }: AppOptions) {
  const admin = new Hono<ProjectEnv>()
    .use(secretKeyAuth({ db }))
    .use(limitBody(ADMIN_BODY_LIMIT))
    .route('/guides', guidesRoutes({ db }))
    .route('/guides', funnelRoutes({ db }));

  return new Hono()
    .get('/health', (c) => c.json({ ok: true as const }, 200))
    .route('/api/v1', admin)
    .route('/sdk/v1', sdkRoutes({ db }))
    .route('/sdk', sdkAssetRoutes({ sdkDir }))
    .notFound(handleNotFound)
    .onError(handleError);
}

/** The app's type, for a typed client (`hc<AppType>`). */
export type AppType = ReturnType<typeof createApp>;
