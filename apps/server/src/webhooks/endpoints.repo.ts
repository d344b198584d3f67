import { uuidv7 } from '@shirube/schema';
import type { Database } from '../db/database.js';
import type { WebhookEndpointsTable } from '../db/schema.js';
import { forgetSubscriptions } from './subscriptions-cache.js';
import { newWebhookSecret } from './signature.js';
import { DELIVERY_STATUSES, type DeliveryStatus, type WebhookEndpoint, type WebhookEventType } from './webhook-types.js';

const DAY = 86_400_000;

/** Characters of the secret the console shows (the `whsec_` prefix and four more). */
const HINT_LENGTH = 10;

const iso = (ms: number | string) => new Date(Number(ms)).toISOString();

/** An endpoint row as the console shows it, with its recent delivery counts. */
function toEndpoint(row: WebhookEndpointsTable, recent: Record<DeliveryStatus, number>): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    eventTypes: JSON.parse(row.event_types) as WebhookEventType[],
    enabled: Number(row.enabled) === 1,
    disabledReason: row.disabled_reason,
    secretHint: `${row.secret.slice(0, HINT_LENGTH)}…`,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    recent,
  };
}

const noCounts = (): Record<DeliveryStatus, number> => Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, 0])) as Record<DeliveryStatus, number>;

/** The project's endpoints, oldest first, with delivery counts of the last day. */
export async function listEndpoints(db: Database, projectId: string, now = Date.now()): Promise<WebhookEndpoint[]> {
  const rows = await db.selectFrom('webhook_endpoints').selectAll().where('project_id', '=', projectId).orderBy('id').execute();
  if (rows.length === 0) return [];
  const counts = await db
    .selectFrom('webhook_deliveries')
    .select((eb) => ['endpoint_id', 'status', eb.fn.countAll<number>().as('n')])
    .where('endpoint_id', 'in', rows.map((row) => row.id))
    .where('created_at', '>=', now - DAY)
    .groupBy(['endpoint_id', 'status'])
    .execute();
  const byEndpoint = new Map<string, Record<DeliveryStatus, number>>();
  for (const { endpoint_id, status, n } of counts) {
    const recent = byEndpoint.get(endpoint_id) ?? noCounts();
    recent[status] = Number(n);
    byEndpoint.set(endpoint_id, recent);
  }
  return rows.map((row) => toEndpoint(row, byEndpoint.get(row.id) ?? noCounts()));
}

/** One endpoint row of the project, or undefined. */
export function findEndpointRow(db: Database, projectId: string, id: string): Promise<WebhookEndpointsTable | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

/** The endpoint as the console shows it. */
export async function endpointView(db: Database, row: WebhookEndpointsTable): Promise<WebhookEndpoint> {
  return (await listEndpoints(db, row.project_id)).find((e) => e.id === row.id) ?? toEndpoint(row, noCounts());
}

/** Creates an endpoint with a new secret; returns its row (the secret included). */
export async function insertEndpoint(db: Database, projectId: string, input: { url: string; eventTypes: WebhookEventType[]; enabled: boolean }, now = Date.now()): Promise<WebhookEndpointsTable> {
  const row: WebhookEndpointsTable = {
    id: uuidv7(now),
    project_id: projectId,
    url: input.url,
    event_types: JSON.stringify(input.eventTypes),
    enabled: input.enabled ? 1 : 0,
    secret: newWebhookSecret(),
    disabled_reason: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('webhook_endpoints').values(row).execute();
  forgetSubscriptions();
  return row;
}

/** Applies a change (turning an endpoint on clears why the server had turned it off); returns the new row. */
export async function updateEndpoint(
  db: Database,
  row: WebhookEndpointsTable,
  patch: { url?: string; eventTypes?: WebhookEventType[]; enabled?: boolean; secret?: string },
  now = Date.now(),
): Promise<WebhookEndpointsTable> {
  const next: WebhookEndpointsTable = {
    ...row,
    ...(patch.url !== undefined && { url: patch.url }),
    ...(patch.eventTypes !== undefined && { event_types: JSON.stringify(patch.eventTypes) }),
    ...(patch.enabled !== undefined && { enabled: patch.enabled ? 1 : 0, disabled_reason: patch.enabled ? null : row.disabled_reason }),
    ...(patch.secret !== undefined && { secret: patch.secret }),
    updated_at: now,
  };
  await db
    .updateTable('webhook_endpoints')
    .set({ url: next.url, event_types: next.event_types, enabled: next.enabled, disabled_reason: next.disabled_reason, secret: next.secret, updated_at: now })
    .where('id', '=', row.id)
    .execute();
  forgetSubscriptions();
  return next;
}

/** Removes an endpoint and its delivery log. */
export async function deleteEndpoint(db: Database, id: string): Promise<void> {
  await db.deleteFrom('webhook_deliveries').where('endpoint_id', '=', id).execute();
  await db.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
  forgetSubscriptions();
}

/** Turns an endpoint off on the server's own account (`reason`: why), and stops its pending deliveries. */
export async function disableEndpoint(db: Database, id: string, reason: string, now = Date.now()): Promise<void> {
  await db.updateTable('webhook_endpoints').set({ enabled: 0, disabled_reason: reason, updated_at: now }).where('id', '=', id).execute();
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'failed', due_at: null, last_error: `endpoint disabled (${reason})` })
    .where('endpoint_id', '=', id)
    .where('status', 'in', ['pending', 'retrying'])
    .execute();
  forgetSubscriptions();
}
