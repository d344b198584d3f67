import { uuidv7, type PublishedGuide } from '@shirube/schema';
import type { Database } from '../db/database.js';
import type { WebhookDeliveriesTable } from '../db/schema.js';
import { insertEndpoint } from '../webhooks/endpoints.repo.js';
import type { StuckReason, WebhookPayload } from '../webhooks/webhook-outbox.js';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../webhooks/webhook-types.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Where the sample endpoint points: a reserved domain, and the endpoint is off, so nothing is ever sent. */
export const SAMPLE_WEBHOOK_URL = 'https://hooks.example.com/shirube';

/**
 * A sample webhook endpoint for the demo project, turned off, with a short delivery log of past
 * attempts (all finished: none is due), so the Webhooks page of a fresh install shows what it does.
 * Runs only while the project has no endpoint.
 */
export async function seedSampleWebhook(db: Database, projectId: string, guide: PublishedGuide, now = Date.now()): Promise<boolean> {
  const any = await db.selectFrom('webhook_endpoints').select('id').where('project_id', '=', projectId).limit(1).executeTakeFirst();
  if (any) return false;
  await db.transaction().execute(async (trx) => {
    const endpoint = await insertEndpoint(trx, projectId, { url: SAMPLE_WEBHOOK_URL, eventTypes: [...WEBHOOK_EVENT_TYPES], enabled: false }, now - 3 * HOUR);
    // The story the log tells: the receiver went away (410 Gone) and Shirube turned the endpoint off.
    await trx.updateTable('webhook_endpoints').set({ disabled_reason: 'gone' }).where('id', '=', endpoint.id).execute();
    const step = guide.steps[1] ?? guide.steps[0]!;
    const delivery = (type: WebhookEventType, ago: number, outcome: Pick<WebhookDeliveriesTable, 'status' | 'attempts' | 'last_status' | 'last_error' | 'last_duration_ms'>, reason?: StuckReason): WebhookDeliveriesTable => {
      const at = now - ago;
      const id = uuidv7(at);
      const payload: WebhookPayload = {
        id,
        type,
        createdAt: new Date(at).toISOString(),
        projectId,
        data: {
          user: { id: 'sample-user-42', anonymousId: 'sample-device-42', traits: { plan: 'trial', role: 'admin' } },
          account: { id: 'acme', name: 'Acme Inc.', traits: { plan: 'trial' } },
          guide: { id: guide.id, name: guide.name, version: guide.version, kind: guide.kind ?? 'walkthrough' },
          ...(reason && { step: { id: step.id, index: guide.steps.indexOf(step), title: step.title }, stuck: { reason } }),
          path: '/reports',
        },
      };
      return { id, project_id: projectId, endpoint_id: endpoint.id, event_id: id, type, payload: JSON.stringify(payload), due_at: null, lease_token: null, last_attempt_at: at + MINUTE, created_at: at, ...outcome };
    };
    await trx
      .insertInto('webhook_deliveries')
      .values([
        delivery('guide.completed', 2 * HOUR, { status: 'succeeded', attempts: 1, last_status: 200, last_error: null, last_duration_ms: 184 }),
        delivery('user.stuck', 90 * MINUTE, { status: 'succeeded', attempts: 2, last_status: 204, last_error: null, last_duration_ms: 96 }, 'not_found'),
        delivery('guide.completed', 40 * MINUTE, { status: 'failed', attempts: 1, last_status: 410, last_error: 'HTTP 410: endpoint removed', last_duration_ms: 75 }),
      ])
      .execute();
  });
  return true;
}
