import { Hono } from 'hono';
import * as v from 'valibot';
import { recordAudit, requestActor } from '../audit/audit-log.repo.js';
import type { ConsoleEnv } from '../console/console-env.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { jsonBody } from '../http/json-body.js';
import { createApiToken, listApiTokens, revokeApiToken, type ApiTokenSummary } from './api-tokens.repo.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a member sends to create a token: a name to recognise it by, and how many days it lasts (null: until revoked). */
export const ApiTokenInputSchema = v.object({
  name: v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(100, 'must be at most 100 characters')),
  expiresInDays: v.optional(v.nullable(v.pipe(v.number('must be a number of days'), v.integer('must be whole days'), v.minValue(1, 'must be at least 1'), v.maxValue(366, 'must be at most 366')), null), null),
});

const tokenObject = (token: ApiTokenSummary) => ({ projectId: null, object: { type: 'api_token' as const, id: token.id, name: token.name } });

/**
 * The signed-in member's personal API tokens (mounted under `/api/console/api-tokens`). Every role
 * may hold tokens: a token can do what its member's role allows, no more.
 */
export function apiTokensRoutes({ db, now = Date.now }: { db: Database; now?: () => number }) {
  return new Hono<ConsoleEnv>()
    .get('/', async (c) => c.json({ apiTokens: await listApiTokens(db, c.var.session.user.id) }, 200))
    .post('/', jsonBody(ApiTokenInputSchema), async (c) => {
      const { name, expiresInDays } = c.req.valid('json');
      const at = now();
      const created = await db.transaction().execute(async (trx) => {
        const result = await createApiToken(trx, { userId: c.var.session.user.id, name, expiresAt: expiresInDays === null ? null : at + expiresInDays * DAY_MS }, at);
        await recordAudit(trx, { ...tokenObject(result.apiToken), actor: requestActor(c), action: 'api_token.created', detail: { expiresAt: result.apiToken.expiresAt }, now: at });
        return result;
      });
      return c.json(created, 201);
    })
    .delete('/:id', async (c) => {
      const at = now();
      await db.transaction().execute(async (trx) => {
        const revoked = await revokeApiToken(trx, c.var.session.user.id, c.req.param('id'), at);
        if (!revoked) throw notFound('API token not found');
        await recordAudit(trx, { ...tokenObject(revoked), actor: requestActor(c), action: 'api_token.revoked', now: at });
      });
      return c.body(null, 204);
    });
}
