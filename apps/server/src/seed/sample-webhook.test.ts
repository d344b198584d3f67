import { describe, expect, it } from 'vitest';
import { setupConsole } from '../console/console-test-support.js';
import { publishedGuide } from '../test-support.js';
import { createWebhookDispatcher } from '../webhooks/dispatcher.js';
import type { WebhookDeliveryPage, WebhookEndpoint } from '../webhooks/webhook-types.js';
import { SAMPLE_WEBHOOK_URL, seedSampleWebhook } from './sample-webhook.js';

describe('sample webhook', () => {
  it('adds a turned-off endpoint with a finished delivery log once, and nothing is ever sent', async () => {
    const t = await setupConsole();
    const { id } = await publishedGuide(t);
    const guide = await t.db.selectFrom('guide_versions').select('snapshot').where('guide_id', '=', id).executeTakeFirstOrThrow();
    const projectId = t.project.project.id;
    expect(await seedSampleWebhook(t.db, projectId, JSON.parse(guide.snapshot))).toBe(true);
    expect(await seedSampleWebhook(t.db, projectId, JSON.parse(guide.snapshot))).toBe(false);

    const { endpoints } = (await (await t.call(t.owner, 'GET', `/projects/${projectId}/webhooks`)).json()) as { endpoints: WebhookEndpoint[] };
    expect(endpoints).toHaveLength(1);
    expect(endpoints[0]).toMatchObject({ url: SAMPLE_WEBHOOK_URL, enabled: false, disabledReason: 'gone', recent: { succeeded: 2, failed: 1, pending: 0, retrying: 0 } });
    const log = (await (await t.call(t.owner, 'GET', `/projects/${projectId}/webhooks/${endpoints[0]!.id}/deliveries`)).json()) as WebhookDeliveryPage;
    expect(log.deliveries.map((d) => d.status)).toEqual(['failed', 'succeeded', 'succeeded']);
    expect(log.deliveries.every((d) => d.nextAttemptAt === null)).toBe(true);

    const dispatcher = createWebhookDispatcher({ db: t.db, now: () => Date.now() + 365 * 86_400_000 });
    expect(await dispatcher.runOnce()).toBe(0);
  });
});
