import { beforeEach, describe, expect, it } from 'vitest';
import { setupConsole, type ConsoleTestContext } from '../console/console-test-support.js';
import { errorOf } from '../test-support.js';
import type { WebhookEndpoint, WebhookEndpointWithSecret } from './webhook-types.js';

describe('webhook endpoint routes', () => {
  let t: ConsoleTestContext;
  beforeEach(async () => {
    t = await setupConsole();
  });
  const base = () => `/projects/${t.project.project.id}/webhooks`;
  const valid = { url: 'https://hooks.example.com/shirube', eventTypes: ['user.stuck', 'guide.completed'] };
  const create = async (body: unknown = valid) => (await (await t.call(t.owner, 'POST', base(), body)).json()) as WebhookEndpointWithSecret;
  const rows = () => t.db.selectFrom('webhook_endpoints').selectAll().execute();

  it('creates an endpoint with a generated secret shown once, and lists it without the secret', async () => {
    const { endpoint, secret } = await create();
    expect(secret).toMatch(/^whsec_/);
    expect(endpoint).toMatchObject({ url: valid.url, eventTypes: ['guide.completed', 'user.stuck'], enabled: true, disabledReason: null });
    expect(endpoint.secretHint).toBe(`${secret.slice(0, 10)}…`);
    const listed = await (await t.call(t.viewer, 'GET', base())).json();
    expect(listed).toMatchObject({ error: { code: 'forbidden' } });
    const list = (await (await t.call(t.owner, 'GET', base())).json()) as { endpoints: WebhookEndpoint[] };
    expect(list.endpoints.map((e) => e.id)).toEqual([endpoint.id]);
    expect(JSON.stringify(list)).not.toContain(secret);
  });

  it.each([
    [{ ...valid, url: 'http://hooks.example.com/x' }, 'url'],
    [{ ...valid, url: 'ftp://localhost/x' }, 'url'],
    [{ ...valid, url: 'https://user:pw@hooks.example.com/' }, 'url'],
    [{ ...valid, url: 'not a url' }, 'url'],
    [{ ...valid, eventTypes: [] }, 'eventTypes'],
    [{ ...valid, eventTypes: ['guide.started'] }, 'eventTypes'],
    [{ ...valid, enabled: 'yes' }, 'enabled'],
  ])('refuses %j with a 400 naming %s, and stores nothing', async (body, field) => {
    const res = await t.call(t.owner, 'POST', base(), body);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(new RegExp(`^${field}`));
    expect(await rows()).toHaveLength(0);
  });

  it('accepts plain http to localhost and 127.0.0.1 only', async () => {
    for (const url of ['http://localhost:4000/hooks', 'http://127.0.0.1:9/x']) expect((await t.call(t.owner, 'POST', base(), { ...valid, url })).status).toBe(201);
  });

  it('changes, disables, rotates and deletes, each in the audit log', async () => {
    const { endpoint, secret } = await create();
    const patched = await t.call(t.owner, 'PATCH', `${base()}/${endpoint.id}`, { enabled: false, eventTypes: ['checklist.completed'] });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as { endpoint: WebhookEndpoint }).endpoint).toMatchObject({ enabled: false, eventTypes: ['checklist.completed'] });
    const bad = await t.call(t.owner, 'PATCH', `${base()}/${endpoint.id}`, { url: 'http://example.com' });
    expect(bad.status).toBe(400);
    expect((await rows())[0]!.url).toBe(valid.url);

    const rotated = (await (await t.call(t.owner, 'POST', `${base()}/${endpoint.id}/rotate-secret`)).json()) as WebhookEndpointWithSecret;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(secret);
    expect((await rows())[0]!.secret).toBe(rotated.secret);

    expect((await t.call(t.owner, 'DELETE', `${base()}/${endpoint.id}`)).status).toBe(204);
    expect(await rows()).toHaveLength(0);
    const audit = await t.db.selectFrom('audit_log').select(['action', 'object_type', 'object_name', 'detail']).where('object_type', '=', 'webhook').orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['webhook.created', 'webhook.updated', 'webhook.secret_rotated', 'webhook.deleted']);
    expect(JSON.parse(audit[1]!.detail!)).toEqual({ eventTypes: { from: ['guide.completed', 'user.stuck'], to: ['checklist.completed'] }, enabled: { from: true, to: false } });
    expect(audit.every((a) => a.object_name === valid.url)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain('whsec_');
  });

  it('answers 404 for another project’s endpoint and for unknown deliveries', async () => {
    const { endpoint } = await create();
    const other = `/projects/${t.other.project.id}/webhooks/${endpoint.id}`;
    expect((await t.call(t.owner, 'PATCH', other, { enabled: false })).status).toBe(404);
    expect((await t.call(t.owner, 'GET', `${other}/deliveries`)).status).toBe(404);
    expect((await t.call(t.owner, 'POST', `${base()}/${endpoint.id}/deliveries/nope/retry`)).status).toBe(404);
    expect((await rows())[0]!.enabled).toBe(1);
  });

  it('refuses editors and viewers (403) and changes nothing', async () => {
    const { endpoint } = await create();
    for (const actor of [t.viewer, t.editor]) {
      expect((await t.call(actor, 'POST', base(), valid)).status).toBe(403);
      expect((await t.call(actor, 'DELETE', `${base()}/${endpoint.id}`)).status).toBe(403);
    }
    expect(await rows()).toHaveLength(1);
  });

  it('filters the delivery log by status and refuses an unknown status', async () => {
    const { endpoint } = await create();
    await t.call(t.owner, 'POST', `${base()}/${endpoint.id}/test`);
    const pending = await (await t.call(t.owner, 'GET', `${base()}/${endpoint.id}/deliveries?status=pending`)).json();
    expect(pending).toMatchObject({ total: 1, deliveries: [{ type: 'webhook.test', status: 'pending', attempts: 0 }] });
    expect(await (await t.call(t.owner, 'GET', `${base()}/${endpoint.id}/deliveries?status=succeeded`)).json()).toMatchObject({ total: 0, deliveries: [] });
    const bad = await t.call(t.owner, 'GET', `${base()}/${endpoint.id}/deliveries?status=done`);
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toMatch(/^status/);
  });
});
