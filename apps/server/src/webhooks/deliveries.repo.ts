import { uuidv7 } from '@shirube/schema';
import type { Database } from '../db/database.js';
import type { WebhookDeliveriesTable } from '../db/schema.js';
import type { WebhookPayload } from './webhook-outbox.js';
import type { DeliveryStatus, WebhookDelivery, WebhookDeliveryPage, WebhookEventType } from './webhook-types.js';

const iso = (ms: number | string | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

/** A delivery row as the console's log shows it. */
export function toDelivery(row: WebhookDeliveriesTable): WebhookDelivery {
  const open = row.status === 'pending' || row.status === 'retrying';
  return {
    id: row.id,
    eventId: row.event_id,
    type: row.type as WebhookEventType | 'webhook.test',
    status: row.status,
    attempts: Number(row.attempts),
    createdAt: iso(row.created_at)!,
    lastAttemptAt: iso(row.last_attempt_at),
    lastStatus: row.last_status === null ? null : Number(row.last_status),
    lastDurationMs: row.last_duration_ms === null ? null : Number(row.last_duration_ms),
    lastError: row.last_error,
    nextAttemptAt: open ? iso(row.due_at) : null,
    payload: row.payload,
  };
}

/** An endpoint's deliveries, newest first, optionally of one status. */
export async function listDeliveries(db: Database, endpointId: string, query: { status?: DeliveryStatus; limit: number; offset: number }): Promise<WebhookDeliveryPage> {
  let base = db.selectFrom('webhook_deliveries').where('endpoint_id', '=', endpointId);
  if (query.status) base = base.where('status', '=', query.status);
  const rows = await base.selectAll().orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute();
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return { deliveries: rows.map(toDelivery), total: Number(total) };
}

/** One delivery of an endpoint, or undefined. */
export function findDelivery(db: Database, endpointId: string, id: string): Promise<WebhookDeliveriesTable | undefined> {
  return db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', endpointId).where('id', '=', id).executeTakeFirst();
}

/** Makes a delivery due now (a failed one gets a fresh round of retries); a delivery in flight is left alone. */
export async function retryNow(db: Database, row: WebhookDeliveriesTable, now = Date.now()): Promise<WebhookDeliveriesTable> {
  if (row.lease_token !== null && row.due_at !== null && Number(row.due_at) > now) return row;
  const status = row.status === 'failed' || row.status === 'succeeded' ? 'retrying' : row.status;
  const attempts = row.status === 'failed' || row.status === 'succeeded' ? 0 : row.attempts;
  await db.updateTable('webhook_deliveries').set({ status, attempts, due_at: now }).where('id', '=', row.id).execute();
  return { ...row, status, attempts, due_at: now };
}

/** Queues a `webhook.test` delivery with sample data, due now. */
export async function queueTestDelivery(db: Database, projectId: string, endpointId: string, now = Date.now()): Promise<WebhookDeliveriesTable> {
  const id = uuidv7(now);
  const payload: WebhookPayload = {
    id,
    type: 'webhook.test',
    createdAt: new Date(now).toISOString(),
    projectId,
    data: {
      user: { id: 'user-123', anonymousId: 'anon-123', traits: { plan: 'trial' } },
      account: { id: 'account-42', name: 'Example Inc.', traits: {} },
      guide: { id: 'guide-id', name: 'Sample guide', version: 1, kind: 'walkthrough' },
      path: '/',
    },
  };
  const row: WebhookDeliveriesTable = {
    id: uuidv7(now),
    project_id: projectId,
    endpoint_id: endpointId,
    event_id: id,
    type: 'webhook.test',
    payload: JSON.stringify(payload),
    status: 'pending',
    attempts: 0,
    due_at: now,
    lease_token: null,
    last_attempt_at: null,
    last_status: null,
    last_error: null,
    last_duration_ms: null,
    created_at: now,
  };
  await db.insertInto('webhook_deliveries').values(row).execute();
  return row;
}
