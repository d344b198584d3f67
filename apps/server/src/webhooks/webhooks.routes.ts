import { Hono, type Context } from 'hono';
import { anyQuery } from '../analytics/analytics.routes.js';
import { parseInteger } from '../analytics/analytics-query.js';
import { recordAudit, requestActor } from '../audit/audit-log.repo.js';
import type { ConsoleProjectEnv } from '../console/console-env.js';
import { consoleProject } from '../console/console-project.js';
import { requireRole } from '../console/require-role.js';
import type { Database } from '../db/database.js';
import type { WebhookEndpointsTable } from '../db/schema.js';
import { badRequest, notFound } from '../errors.js';
import { jsonBody } from '../http/json-body.js';
import { findDelivery, listDeliveries, queueTestDelivery, retryNow, toDelivery } from './deliveries.repo.js';
import { deleteEndpoint, endpointView, findEndpointRow, insertEndpoint, listEndpoints, updateEndpoint } from './endpoints.repo.js';
import { newWebhookSecret } from './signature.js';
import { DELIVERY_STATUSES, WebhookEndpointInputSchema, WebhookEndpointPatchSchema, type DeliveryStatus, type WebhookEndpointWithSecret } from './webhook-types.js';

/** Largest page of the delivery log. */
export const MAX_DELIVERY_PAGE = 100;

const endpointNotFound = () => notFound('Webhook endpoint not found');

/** An endpoint as an audit entry's object, named by its URL. */
const onEndpoint = (row: WebhookEndpointsTable) => ({ projectId: row.project_id, object: { type: 'webhook' as const, id: row.id, name: row.url } });

/** What an audit entry records of an endpoint's settings. */
const shown = (row: WebhookEndpointsTable) => ({ url: row.url, eventTypes: JSON.parse(row.event_types) as string[], enabled: Number(row.enabled) === 1 });

/** `:id` of the project, or 404. */
async function endpointOf(db: Database, c: Context<ConsoleProjectEnv>): Promise<WebhookEndpointsTable> {
  const row = await findEndpointRow(db, c.var.project.id, c.req.param('id') ?? '');
  if (!row) throw endpointNotFound();
  return row;
}

/** `?status=&limit=&offset=`: a 400 naming the parameter for anything else. */
function parseDeliveryQuery(c: Context) {
  const status = c.req.query('status') || undefined;
  if (status !== undefined && !(DELIVERY_STATUSES as readonly string[]).includes(status)) throw badRequest(`status: must be one of ${DELIVERY_STATUSES.join(', ')}`);
  return {
    ...(status && { status: status as DeliveryStatus }),
    limit: parseInteger('limit', c.req.query('limit'), { min: 1, max: MAX_DELIVERY_PAGE, fallback: 50 }),
    offset: parseInteger('offset', c.req.query('offset'), { min: 0, max: 1_000_000, fallback: 0 }),
  };
}

/**
 * `/api/console/projects/:projectId/webhooks`: the project's webhook endpoints, their signing
 * secrets (shown only when created or rotated) and delivery logs; owners only, since an endpoint
 * receives end users' data and the secret proves a request came from Shirube.
 */
export function consoleWebhooksRoutes({ db }: { db: Database }) {
  return new Hono<ConsoleProjectEnv>()
    .use(consoleProject({ db }))
    .use(requireRole('owner'))
    .get('/', async (c) => c.json({ endpoints: await listEndpoints(db, c.var.project.id) }, 200))
    .post('/', jsonBody(WebhookEndpointInputSchema), async (c) => {
      const input = c.req.valid('json');
      const row = await db.transaction().execute(async (trx) => {
        const created = await insertEndpoint(trx, c.var.project.id, input);
        await recordAudit(trx, { ...onEndpoint(created), actor: requestActor(c), action: 'webhook.created', detail: { eventTypes: input.eventTypes, enabled: input.enabled } });
        return created;
      });
      const answer: WebhookEndpointWithSecret = { endpoint: await endpointView(db, row), secret: row.secret };
      return c.json(answer, 201);
    })
    .patch('/:id', jsonBody(WebhookEndpointPatchSchema), async (c) => {
      const patch = c.req.valid('json');
      const row = await db.transaction().execute(async (trx) => {
        const before = await endpointOf(trx, c);
        const after = await updateEndpoint(trx, before, patch);
        const detail = Object.fromEntries(
          (['url', 'eventTypes', 'enabled'] as const).filter((key) => JSON.stringify(shown(before)[key]) !== JSON.stringify(shown(after)[key])).map((key) => [key, { from: shown(before)[key], to: shown(after)[key] }]),
        );
        if (Object.keys(detail).length > 0) await recordAudit(trx, { ...onEndpoint(after), actor: requestActor(c), action: 'webhook.updated', detail });
        return after;
      });
      return c.json({ endpoint: await endpointView(db, row) }, 200);
    })
    .delete('/:id', async (c) => {
      await db.transaction().execute(async (trx) => {
        const row = await endpointOf(trx, c);
        await deleteEndpoint(trx, row.id);
        await recordAudit(trx, { ...onEndpoint(row), actor: requestActor(c), action: 'webhook.deleted' });
      });
      return c.body(null, 204);
    })
    .post('/:id/rotate-secret', async (c) => {
      const row = await db.transaction().execute(async (trx) => {
        const updated = await updateEndpoint(trx, await endpointOf(trx, c), { secret: newWebhookSecret() });
        await recordAudit(trx, { ...onEndpoint(updated), actor: requestActor(c), action: 'webhook.secret_rotated' });
        return updated;
      });
      const answer: WebhookEndpointWithSecret = { endpoint: await endpointView(db, row), secret: row.secret };
      return c.json(answer, 200);
    })
    .get('/:id/deliveries', anyQuery, async (c) => {
      const query = parseDeliveryQuery(c);
      const row = await endpointOf(db, c);
      return c.json(await listDeliveries(db, row.id, query), 200);
    })
    .post('/:id/test', async (c) => {
      const row = await endpointOf(db, c);
      return c.json({ delivery: toDelivery(await queueTestDelivery(db, row.project_id, row.id)) }, 202);
    })
    .post('/:id/deliveries/:deliveryId/retry', async (c) => {
      const row = await endpointOf(db, c);
      const delivery = await findDelivery(db, row.id, c.req.param('deliveryId'));
      if (!delivery) throw notFound('Delivery not found');
      return c.json({ delivery: toDelivery(await retryNow(db, delivery)) }, 200);
    });
}
