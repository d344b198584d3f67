import type { PublishedGuide } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { setupConsole } from '../console/console-test-support.js';
import type { BuilderSession, ConsoleGuide } from '../console/console-types.js';
import { errorOf, sampleGuide } from '../test-support.js';
import { BUILDER_SESSION_TTL_MS } from './builder-tokens.repo.js';

const APP = 'https://app.example.com';

async function setup() {
  const t = await setupConsole();
  const projectId = t.project.project.id;
  const base = `/projects/${projectId}/guides`;
  await t.call(t.owner, 'PATCH', `/projects/${projectId}`, { allowedOrigins: [APP, 'http://127.0.0.1:5174'] });
  const guide = (await (await t.call(t.editor, 'POST', base, sampleGuide('Mine'))).json()) as ConsoleGuide;
  const otherGuide = (await (await t.call(t.editor, 'POST', base, sampleGuide('Not mine'))).json()) as ConsoleGuide;
  await t.call(t.editor, 'POST', `${base}/${guide.id}/publish`);

  const grant = async () => {
    const { url } = (await (await t.call(t.editor, 'POST', `${base}/${guide.id}/builder-token`, { appUrl: `${APP}/reports` })).json()) as { url: string };
    return new URL(url).hash.replace('#shirube_builder=', '');
  };
  const request = (method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) =>
    t.app.request(`http://localhost/sdk/v1/builder${path}`, {
      method,
      headers: { 'content-type': 'application/json', origin: APP, ...init.headers },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const exchange = (token: string, headers: Record<string, string> = {}) =>
    request('POST', '/session', { body: { token }, headers: { 'x-shirube-key': t.project.publicKey, ...headers } });
  const session = async () => (await (await exchange(await grant())).json()) as BuilderSession;
  const builder = (token: string) => ({ authorization: `Builder ${token}` });
  return { t, base, guide, otherGuide, grant, request, exchange, session, builder };
}

describe('builder tokens', () => {
  it('exchanges a grant once for a 2-hour builder session on that guide', async () => {
    const { t, guide, grant, exchange } = await setup();
    const token = await grant();
    const before = Date.now();
    const res = await exchange(token);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    const body = (await res.json()) as BuilderSession;
    expect(body.consoleOrigin).toBe('http://localhost');
    expect(body.guide).toMatchObject({ id: guide.id, name: 'Mine', updatedBy: { id: t.editor.user.id, name: t.editor.user.name } });
    expect(Date.parse(body.expiresAt) - before).toBeGreaterThan(BUILDER_SESSION_TTL_MS - 5000);
    expect(Date.parse(body.expiresAt) - before).toBeLessThanOrEqual(BUILDER_SESSION_TTL_MS + 1000);
    expect(body.builderToken).not.toBe(token);

    const again = await exchange(token);
    expect(again.status).toBe(401);
    expect((await errorOf(again)).code).toBe('invalid_token');
  });

  it('opens a pick session that may set only the field it was made for', async () => {
    const { t, base, guide, exchange, request, builder } = await setup();
    const pick = { field: '/steps/1/target', label: 'The New report button' };
    const made = await t.call(t.editor, 'POST', `${base}/${guide.id}/builder-token`, { appUrl: `${APP}/reports`, pick });
    expect(made.status).toBe(201);
    const token = new URL(((await made.json()) as { url: string }).url).hash.replace('#shirube_builder=', '');
    const session = (await (await exchange(token)).json()) as BuilderSession;
    expect(session.pick).toEqual(pick);
    const renamed = await request('PATCH', '/guide', { body: { name: 'Renamed' }, headers: builder(session.builderToken) });
    expect(renamed.status).toBe(403);
    expect((await errorOf(renamed)).message).toContain('steps only');
    const target = { ...session.guide.steps[1]!.target!, text: 'New report' };
    const steps = session.guide.steps.map((step, i) => (i === 1 ? { ...step, target } : step));
    const saved = await request('PATCH', '/guide', { body: { steps }, headers: builder(session.builderToken) });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as ConsoleGuide).steps[1]!.target).toEqual(target);
  });

  it('refuses a pick whose parent is not in the draft, or a field with nothing to pick, naming pick.field', async () => {
    const { t, base, guide } = await setup();
    const ask = (field: string) => t.call(t.editor, 'POST', `${base}/${guide.id}/builder-token`, { appUrl: APP, pick: { field, label: 'Trigger' } });
    const missing = await ask('/targeting/trigger/target');
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).message).toBe('pick.field: /targeting/trigger does not exist in the draft; save the draft first');
    const named = await ask('/name/first');
    expect((await errorOf(named)).message).toBe('pick.field: name has no elements to pick');
    const notPointer = await ask('steps');
    expect(notPointer.status).toBe(400);
    expect((await errorOf(notPointer)).message).toContain('pick.field');
    expect(await t.db.selectFrom('builder_tokens').select('pick').where('pick', 'is not', null).execute()).toEqual([]);
  });

  it('refuses an expired, unknown, or other-project grant with 401 invalid_token', async () => {
    const { t, grant, exchange } = await setup();
    await t.call(t.owner, 'PATCH', `/projects/${t.other.project.id}`, { allowedOrigins: [APP] });
    const expired = await grant();
    await t.db.updateTable('builder_tokens').set({ expires_at: Date.now() - 1 }).execute();
    for (const [token, headers] of [
      [expired, {}],
      ['made-up-token', {}],
      [await grant(), { 'x-shirube-key': t.other.publicKey }],
    ] as const) {
      const res = await exchange(token, headers);
      expect(res.status).toBe(401);
      expect((await errorOf(res)).code).toBe('invalid_token');
    }
  });

  it("refuses an exchange from an origin that is not the project's, without using up the grant", async () => {
    const { grant, exchange } = await setup();
    const token = await grant();
    for (const origin of ['https://app.example.com.evil.test', 'https://evil.test']) {
      expect((await exchange(token, { origin })).status).toBe(403);
    }
    expect((await exchange(token)).status).toBe(200);
  });

  it('reads and edits the draft of its guide, recording the user, while the live version stays', async () => {
    const { t, guide, request, session, builder } = await setup();
    const { builderToken } = await session();
    const read = await request('GET', '/guide', { headers: builder(builderToken) });
    expect(read.status).toBe(200);
    expect(((await read.json()) as ConsoleGuide).id).toBe(guide.id);

    const patch = await request('PATCH', '/guide', { body: { name: 'Edited in app' }, headers: builder(builderToken) });
    expect(patch.status).toBe(200);
    expect((await patch.json()) as ConsoleGuide).toMatchObject({ id: guide.id, name: 'Edited in app', version: 1 });
    const live = (await (await t.sdk('GET', '/guides')).json()) as { guides: PublishedGuide[] };
    expect(live.guides.map((g) => g.name)).toEqual(['Mine']);
    const row = await t.db.selectFrom('guides').select('updated_by').where('id', '=', guide.id).executeTakeFirstOrThrow();
    expect(row.updated_by).toBe(t.editor.user.id);
  });

  it('cannot change the status, publish, reach other guides or use the console', async () => {
    const { t, base, guide, otherGuide, request, session, builder } = await setup();
    const { builderToken } = await session();
    const status = await request('PATCH', '/guide', { body: { status: 'archived' }, headers: builder(builderToken) });
    expect(status.status).toBe(400);
    expect((await errorOf(status)).message).toMatch(/^status: /);

    const asBuilder = { ...builder(builderToken), cookie: '' };
    for (const [method, path] of [
      ['POST', `${base}/${guide.id}/publish`],
      ['GET', `${base}/${otherGuide.id}`],
      ['PATCH', `${base}/${otherGuide.id}`],
      ['GET', '/session'],
    ] as const) {
      const res = await t.app.request(`http://localhost/api/console${path}`, { method, headers: asBuilder, body: method === 'GET' ? null : '{}' });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
    expect((await t.app.request(`/api/v1/guides/${otherGuide.id}`, { headers: asBuilder })).status).toBe(401);
    expect(((await (await t.call(t.viewer, 'GET', `${base}/${guide.id}`)).json()) as ConsoleGuide).version).toBe(1);
    // The grant token itself is not a builder session.
    expect((await request('GET', '/guide', { headers: builder('made-up') })).status).toBe(401);
  });

  it('refuses builder requests from an origin the project does not allow, and expired sessions', async () => {
    const { t, request, session, builder } = await setup();
    const { builderToken } = await session();
    for (const origin of ['https://app.example.com.evil.test', 'https://evil.test', 'https://app.example.co', 'http://app.example.com']) {
      const res = await request('PATCH', '/guide', { body: { name: 'x' }, headers: { ...builder(builderToken), origin } });
      expect(res.status, origin).toBe(403);
    }
    await t.db.updateTable('builder_tokens').set({ expires_at: Date.now() - 1 }).where('kind', '=', 'session').execute();
    expect((await request('GET', '/guide', { headers: builder(builderToken) })).status).toBe(401);
  });

  it('ends builder sessions when their member is removed', async () => {
    const { t, request, session, builder } = await setup();
    const { builderToken } = await session();
    expect((await t.call(t.owner, 'DELETE', `/members/${t.editor.user.id}`)).status).toBe(204);
    expect((await request('GET', '/guide', { headers: builder(builderToken) })).status).toBe(401);
  });
});

describe('builder CORS', () => {
  const preflight = (t: Awaited<ReturnType<typeof setup>>['t'], origin: string) =>
    t.app.request('http://localhost/sdk/v1/builder/guide', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization, content-type' },
    });

  it('allows exactly the allowed origin, and no prefix, suffix or look-alike', async () => {
    const { t, request, session, builder } = await setup();
    const ok = await preflight(t, APP);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP);
    expect(ok.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');

    const { builderToken } = await session();
    for (const origin of [
      'https://app.example.com.evil.test',
      'https://evil-app.example.com',
      'https://app.example.co',
      'https://app.example.comm',
      'https://xapp.example.com',
      'http://app.example.com',
      'https://app.example.com:8443',
      'null',
    ]) {
      const pre = await preflight(t, origin);
      expect(pre.status, origin).toBe(403);
      expect(pre.headers.get('access-control-allow-origin'), origin).toBeNull();
      const res = await request('GET', '/guide', { headers: { ...builder(builderToken), origin } });
      expect(res.status, origin).toBe(403);
      expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
    const good = await request('GET', '/guide', { headers: builder(builderToken) });
    expect(good.headers.get('access-control-allow-origin')).toBe(APP);
    expect(good.headers.get('vary')).toContain('Origin');
  });

  it('leaves the rest of the SDK API open to any origin', async () => {
    const { t } = await setup();
    const res = await t.app.request(`/sdk/v1/guides?key=${t.project.publicKey}`, { headers: { origin: 'https://anything.test' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});
