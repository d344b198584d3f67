import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleChecklist } from '../checklists/checklist-fixtures.js';
import { setupConsole, type ConsoleTestContext } from '../console/console-test-support.js';
import { createProject } from '../projects/projects.repo.js';
import { startServer } from '../server.js';
import { freshTestDatabase } from '../test-database.js';
import { event, postEvents, publishedGuide, sampleGuide } from '../test-support.js';
import { queueTestDelivery } from './deliveries.repo.js';
import { insertEndpoint } from './endpoints.repo.js';
import { createWebhookDispatcher, type WebhookDispatcher } from './dispatcher.js';
import { verifyWebhook } from './signature.js';
import { startTestReceiver, type TestReceiver } from './test-receiver.js';
import type { WebhookPayload } from './webhook-outbox.js';
import type { WebhookDeliveryPage, WebhookEndpointWithSecret } from './webhook-types.js';

const HOUR = 3_600_000;

describe('webhooks', () => {
  let t: ConsoleTestContext;
  let receiver: TestReceiver;
  let clock: number;
  let dispatcher: WebhookDispatcher;

  beforeEach(async () => {
    t = await setupConsole();
    receiver = await startTestReceiver();
    // A minute ahead: deliveries made during the test (on the real clock) are due.
    clock = Date.now() + 60_000;
    dispatcher = createWebhookDispatcher({ db: t.db, now: () => clock, random: () => 0.5, timeoutMs: 2_000 });
  });
  afterEach(async () => {
    await dispatcher.stop();
    await receiver.close();
  });

  const projectId = () => t.project.project.id;
  const addEndpoint = async (eventTypes = ['guide.completed', 'checklist.completed', 'user.stuck'], url = receiver.url) => {
    const res = await t.call(t.owner, 'POST', `/projects/${projectId()}/webhooks`, { url, eventTypes });
    expect(res.status).toBe(201);
    return (await res.json()) as WebhookEndpointWithSecret;
  };
  const deliveries = async (endpointId: string) =>
    ((await (await t.call(t.owner, 'GET', `/projects/${projectId()}/webhooks/${endpointId}/deliveries`)).json()) as WebhookDeliveryPage).deliveries;
  const completion = (guide: { id: string; version: number }, fields: Record<string, unknown> = {}) =>
    event({ type: 'guide_completed', guideId: guide.id, guideVersion: guide.version, userId: 'u-1', accountId: 'acme', ...fields });

  it('sends a guide completed through the SDK once, signed with the endpoint secret', async () => {
    const { endpoint, secret } = await addEndpoint();
    const guide = await publishedGuide(t);
    await postEvents(t, [event({ type: 'identify', userId: 'u-1', accountId: 'acme', traits: { plan: 'pro' }, accountTraits: { name: 'Acme Inc.' } })]);
    expect((await postEvents(t, [completion(guide)])).status).toBe(202);

    expect(await dispatcher.runOnce()).toBe(1);
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    const id = request!.headers['shirube-webhook-id'] as string;
    const timestamp = Number(request!.headers['shirube-webhook-timestamp']);
    const signature = request!.headers['shirube-signature'] as string;
    expect(request!.headers['content-type']).toBe('application/json');
    expect(Math.abs(timestamp - clock / 1000)).toBeLessThan(2);
    expect(verifyWebhook(secret, id, timestamp, request!.body, signature)).toBe(true);
    expect(verifyWebhook(`${secret}x`, id, timestamp, request!.body, signature)).toBe(false);

    const payload = JSON.parse(request!.body) as WebhookPayload;
    expect(payload).toMatchObject({ id, type: 'guide.completed', projectId: projectId() });
    expect(payload.data.user).toMatchObject({ id: 'u-1', traits: { plan: 'pro' } });
    expect(payload.data.account).toMatchObject({ id: 'acme', name: 'Acme Inc.' });
    expect(payload.data.guide).toEqual({ id: guide.id, name: 'Onboarding', version: guide.version, kind: 'walkthrough' });

    const [logged] = await deliveries(endpoint.id);
    expect(logged).toMatchObject({ status: 'succeeded', attempts: 1, lastStatus: 200, lastError: null, nextAttemptAt: null, type: 'guide.completed' });
    expect(await dispatcher.runOnce()).toBe(0);
    expect(receiver.received).toHaveLength(1);
  });

  it('keeps one delivery when the SDK resends a batch, and none for a second completion of the same version', async () => {
    const { endpoint } = await addEndpoint();
    const guide = await publishedGuide(t);
    const batch = [completion(guide)];
    await postEvents(t, batch);
    await postEvents(t, batch);
    await postEvents(t, [completion(guide)]);
    expect(await deliveries(endpoint.id)).toHaveLength(1);
    await dispatcher.runOnce();
    expect(receiver.received).toHaveLength(1);
  });

  it('retries after 500 twice and records three attempts ending in success', async () => {
    const { endpoint } = await addEndpoint();
    receiver.answer(500, 500);
    await postEvents(t, [completion(await publishedGuide(t))]);

    await dispatcher.runOnce();
    let [logged] = await deliveries(endpoint.id);
    expect(logged).toMatchObject({ status: 'retrying', attempts: 1, lastStatus: 500, lastError: 'HTTP 500: ok' });
    expect(Date.parse(logged!.nextAttemptAt!)).toBe(clock + 30_000);
    expect(await dispatcher.runOnce()).toBe(0);

    clock += 30_000;
    await dispatcher.runOnce();
    [logged] = await deliveries(endpoint.id);
    expect(logged).toMatchObject({ status: 'retrying', attempts: 2, lastStatus: 500 });
    expect(Date.parse(logged!.nextAttemptAt!)).toBe(clock + 120_000);

    clock += 120_000;
    await dispatcher.runOnce();
    [logged] = await deliveries(endpoint.id);
    expect(logged).toMatchObject({ status: 'succeeded', attempts: 3, lastStatus: 200, lastError: null, nextAttemptAt: null });
    expect(receiver.received).toHaveLength(3);
    expect(new Set(receiver.received.map((r) => r.headers['shirube-webhook-id'])).size).toBe(1);
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
  });

  it('keeps retrying with a next attempt time while the receiver is down, and fails after the last attempt', async () => {
    await receiver.close();
    const { endpoint } = await addEndpoint();
    await postEvents(t, [completion(await publishedGuide(t))]);
    await dispatcher.runOnce();
    const [logged] = await deliveries(endpoint.id);
    expect(logged).toMatchObject({ status: 'retrying', attempts: 1, lastStatus: null });
    expect(logged!.lastError).toMatch(/ECONNREFUSED|fetch failed/);
    expect(Date.parse(logged!.nextAttemptAt!)).toBe(clock + 30_000);

    for (let attempt = 2; attempt <= 8; attempt++) {
      clock += 13 * HOUR;
      expect(await dispatcher.runOnce()).toBe(1);
    }
    clock += 13 * HOUR;
    expect(await dispatcher.runOnce()).toBe(0);
    expect((await deliveries(endpoint.id))[0]).toMatchObject({ status: 'failed', attempts: 8, nextAttemptAt: null });
  });

  it('disables the endpoint when the receiver answers 410 Gone', async () => {
    const { endpoint } = await addEndpoint();
    receiver.answer(410);
    await postEvents(t, [completion(await publishedGuide(t))]);
    await dispatcher.runOnce();
    expect((await deliveries(endpoint.id))[0]).toMatchObject({ status: 'failed', attempts: 1, lastStatus: 410 });
    const { endpoints } = (await (await t.call(t.owner, 'GET', `/projects/${projectId()}/webhooks`)).json()) as { endpoints: Array<{ enabled: boolean; disabledReason: string | null }> };
    expect(endpoints[0]).toMatchObject({ enabled: false, disabledReason: 'gone' });
    await postEvents(t, [completion(await publishedGuide(t, sampleGuide('Second')))]);
    expect(await deliveries(endpoint.id)).toHaveLength(1);
  });

  it('sends user.stuck the first time a user dismisses at a step or misses its element, with the step', async () => {
    const { endpoint } = await addEndpoint(['user.stuck']);
    const guide = await publishedGuide(t);
    const at = { guideId: guide.id, guideVersion: guide.version, stepId: 'create', stepIndex: 1, userId: 'u-2' };
    await postEvents(t, [event({ type: 'target_missing', reason: 'not_found', ...at }), event({ type: 'target_missing', reason: 'not_visible', ...at })]);
    await postEvents(t, [event({ type: 'guide_dismissed', ...at }), completion(guide, { userId: 'u-2' })]);
    const logged = await deliveries(endpoint.id);
    expect(logged.map((d) => d.type)).toEqual(['user.stuck', 'user.stuck']);
    const payloads = logged.map((d) => JSON.parse(d.payload) as WebhookPayload).reverse();
    expect(payloads.map((p) => p.data.stuck?.reason)).toEqual(['not_found', 'dismissed']);
    expect(payloads[0]!.data.step).toEqual({ id: 'create', index: 1, title: 'Create' });
  });

  it('sends checklist.completed once when a checklist reaches completed', async () => {
    const { endpoint } = await addEndpoint(['checklist.completed']);
    const checklist = await publishedGuide(t, sampleChecklist());
    const done = () => event({ type: 'checklist_state', guideId: checklist.id, state: 'completed', userId: 'u-3' });
    await postEvents(t, [done()]);
    await postEvents(t, [done()]);
    const logged = await deliveries(endpoint.id);
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0]!.payload)).toMatchObject({ type: 'checklist.completed', data: { guide: { id: checklist.id, name: 'Get started', kind: 'checklist' } } });
  });

  it('writes nothing for projects without enabled endpoints, or for event types not subscribed', async () => {
    const { endpoint } = await addEndpoint(['checklist.completed']);
    await postEvents(t, [completion(await publishedGuide(t))]);
    expect(await deliveries(endpoint.id)).toHaveLength(0);
    expect(await t.db.selectFrom('webhook_deliveries').selectAll().execute()).toHaveLength(0);
  });

  it('sends a test event and retries a delivery now on request', async () => {
    const { endpoint, secret } = await addEndpoint();
    receiver.answer(503);
    const test = await t.call(t.owner, 'POST', `/projects/${projectId()}/webhooks/${endpoint.id}/test`);
    expect(test.status).toBe(202);
    await dispatcher.runOnce();
    const [failed] = await deliveries(endpoint.id);
    expect(failed).toMatchObject({ type: 'webhook.test', status: 'retrying', lastStatus: 503 });

    const retried = await t.call(t.owner, 'POST', `/projects/${projectId()}/webhooks/${endpoint.id}/deliveries/${failed!.id}/retry`);
    expect(retried.status).toBe(200);
    expect(await dispatcher.runOnce()).toBe(1);
    expect((await deliveries(endpoint.id))[0]).toMatchObject({ status: 'succeeded', attempts: 2, lastStatus: 200 });
    const last = receiver.received.at(-1)!;
    expect(verifyWebhook(secret, last.headers['shirube-webhook-id'] as string, Number(last.headers['shirube-webhook-timestamp']), last.body, last.headers['shirube-signature'] as string)).toBe(true);
  });

  it('never lets two dispatchers send the same delivery', async () => {
    await addEndpoint();
    const guide = await publishedGuide(t);
    await postEvents(t, Array.from({ length: 5 }, (_, i) => completion(guide, { userId: `u-${i}` })));
    const other = createWebhookDispatcher({ db: t.db, now: () => clock });
    const counts = await Promise.all([dispatcher.runOnce(), other.runOnce(), dispatcher.runOnce()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(receiver.received).toHaveLength(5);
  });

  it('deletes finished deliveries after the keep time, never waiting ones', async () => {
    const { endpoint } = await addEndpoint();
    const guide = await publishedGuide(t);
    await postEvents(t, [completion(guide), completion(guide, { userId: 'u-2' })]);
    receiver.answer(500);
    await dispatcher.runOnce();
    const pruner = createWebhookDispatcher({ db: t.db, now: () => clock + 2 * HOUR, keepMs: HOUR });
    expect(await pruner.prune()).toBe(1);
    expect((await deliveries(endpoint.id)).map((d) => d.status)).toEqual(['retrying']);
  });

  it('counts no answer within the timeout as a failed attempt', async () => {
    const { endpoint } = await addEndpoint();
    receiver.answer('hang');
    const impatient = createWebhookDispatcher({ db: t.db, now: () => clock, random: () => 0.5, timeoutMs: 200 });
    await postEvents(t, [completion(await publishedGuide(t))]);
    await impatient.runOnce();
    expect((await deliveries(endpoint.id))[0]).toMatchObject({ status: 'retrying', attempts: 1, lastStatus: null, lastError: 'no answer within 0.2 s' });
  });

  it('on shutdown, gives back the delivery it is sending, due at once and not counted as an attempt', async () => {
    const { endpoint } = await addEndpoint();
    receiver.answer('hang');
    await postEvents(t, [completion(await publishedGuide(t))]);
    const sending = dispatcher.runOnce();
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1));
    await dispatcher.stop();
    await sending;
    expect((await deliveries(endpoint.id))[0]).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: new Date(clock).toISOString() });
    expect(await createWebhookDispatcher({ db: t.db, now: () => clock }).runOnce()).toBe(1);
  });
});

describe('webhooks in a running server', () => {
  it('are sent by the dispatcher startServer runs, and stop with it', async () => {
    const db = await freshTestDatabase();
    const server = await startServer({ databaseUrl: '', db, port: 0, host: '127.0.0.1', webhooks: { pollMs: 20 } });
    const receiver = await startTestReceiver();
    try {
      const { project } = await createProject(db, 'Live');
      const row = await insertEndpoint(db, project.id, { url: receiver.url, eventTypes: ['checklist.completed'], enabled: true });
      await queueTestDelivery(db, project.id, row.id);
      await vi.waitFor(() => expect(receiver.received).toHaveLength(1), { timeout: 5_000 });
      expect(receiver.received[0]!.headers['shirube-webhook-id']).toBeTruthy();
    } finally {
      await server.close();
      await receiver.close();
    }
  });
});
