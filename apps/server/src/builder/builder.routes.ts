import { GuidePatchSchema } from '@shirube/schema';
import { Hono, type Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import * as v from 'valibot';
import { publicKeyAuth } from '../auth/public-key-auth.js';
import type { BuilderSession, ConsoleGuide } from '../console/console-types.js';
import type { Database } from '../db/database.js';
import { ApiError, forbidden } from '../errors.js';
import { getConsoleGuide } from '../guides/console-guides.repo.js';
import { updateGuide } from '../guides/guides.repo.js';
import { jsonBody, limitBody, readBody } from '../http/json-body.js';
import type { OriginOf } from '../http/own-origin.js';
import { originAllowed } from '../projects/allowed-origins.js';
import { findProjectById, type Project } from '../projects/projects.repo.js';
import { builderCors } from './builder-cors.js';
import { exchangeGrant, findBuilderSession, type BuilderScope } from './builder-tokens.repo.js';

const ExchangeSchema = v.object({ token: v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty'), v.maxLength(200)) });

/** The builder edits the draft only; status changes (and publishing) stay in the console. */
const BuilderPatchSchema = v.object({
  ...GuidePatchSchema.entries,
  status: v.optional(v.never('the builder cannot change the status; use the console')),
});

const invalidToken = () => new ApiError(401, 'invalid_token', 'The builder link is unknown, already used or expired; open the builder again from the console');

/** The request must come from one of `project`'s allowed origins, compared exactly. */
function requireProjectOrigin(c: Context, project: Project): void {
  if (!originAllowed(project.allowedOrigins, c.req.header('origin'))) {
    throw forbidden("The builder may run only on one of the project's allowedOrigins");
  }
}

interface BuilderEnv {
  Variables: { builder: BuilderScope; project: Project };
}

/** `Authorization: Builder <token>`: a live builder session of an existing project, from its origin. */
function builderAuth(db: Database) {
  return createMiddleware<BuilderEnv>(async function builderAuth(c, next) {
    const match = /^Builder\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    const scope = match ? await findBuilderSession(db, match[1]!) : null;
    const project = scope ? await findProjectById(db, scope.projectId) : null;
    if (!scope || !project) throw invalidToken();
    requireProjectOrigin(c, project);
    c.set('builder', scope);
    c.set('project', project);
    await next();
  });
}

async function scopedGuide(db: Database, scope: BuilderScope): Promise<ConsoleGuide> {
  const guide = await getConsoleGuide(db, scope.projectId, scope.guideId);
  // The guide was deleted since the link was made: the token is worthless.
  if (!guide) throw invalidToken();
  return guide;
}

/** The in-app builder's API (mounted under `/sdk/v1/builder`, before the SDK routes). */
export function builderRoutes({ db, bodyLimit, originOf }: { db: Database; bodyLimit: number; originOf: OriginOf }) {
  return new Hono()
    .use(builderCors({ db }))
    .use(limitBody(bodyLimit))
    .post('/session', publicKeyAuth({ db }), async (c) => {
      requireProjectOrigin(c, c.var.project);
      const { token } = await readBody(c, ExchangeSchema);
      const exchanged = await exchangeGrant(db, c.var.project.id, token);
      if (!exchanged) throw invalidToken();
      const body: BuilderSession = {
        builderToken: exchanged.token,
        expiresAt: new Date(exchanged.expiresAt).toISOString(),
        guide: await scopedGuide(db, exchanged.scope),
        consoleOrigin: originOf(c),
        ...(exchanged.scope.pick && { pick: exchanged.scope.pick }),
      };
      return c.json(body, 200);
    })
    .get('/guide', builderAuth(db), async (c) => c.json(await scopedGuide(db, c.var.builder), 200))
    .patch('/guide', builderAuth(db), jsonBody(BuilderPatchSchema), async (c) => {
      const patch = c.req.valid('json');
      const { projectId, guideId, userId, pick } = c.var.builder;
      // A pick link may set the one field it was made for, nothing else.
      const field = pick?.field.split('/')[1];
      if (field && Object.keys(patch).some((key) => key !== field)) throw forbidden(`This builder link picks an element for ${field} only`);
      if (!(await updateGuide(db, projectId, guideId, patch, { by: userId }))) throw invalidToken();
      return c.json(await scopedGuide(db, c.var.builder), 200);
    });
}
