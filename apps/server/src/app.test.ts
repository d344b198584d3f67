import { hc } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { createApp, type AppType, type ConsoleAppType } from './app.js';
import { setupConsole } from './console/console-test-support.js';
import { migrateToLatest, openDatabase } from './db/database.js';
import { errorOf, sampleGuide, setupTest } from './test-support.js';

describe('app', () => {
  it('answers /health', async () => {
    const t = await setupTest();
    const res = await t.app.request('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('answers unknown routes with a JSON 404', async () => {
    const t = await setupTest();
    const res = await t.app.request('/nope/nothing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect((await errorOf(res)).code).toBe('not_found');
  });

  it('turns unexpected failures into a 500 that leaks no details', async () => {
    const db = openDatabase(':memory:');
    await migrateToLatest(db);
    const app = createApp({ db });
    await db.destroy(); // every query now throws
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const res = await app.request('/api/v1/guides', { headers: { authorization: 'Bearer sk_x' } });
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: 'Internal server error' } });
      expect(text).not.toMatch(/at |database|sqlite/i);
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });

  it('carries route types for a typed client', async () => {
    const t = await setupTest();
    const client = hc<AppType>('http://shirube.test', {
      fetch: ((input: string | URL, init?: RequestInit) => t.app.request(String(input), init)) as typeof fetch,
      headers: { authorization: `Bearer ${t.project.secretKey}` },
    });
    expect((await t.admin('POST', '/guides', sampleGuide('Typed'))).status).toBe(201);
    const list = await client.api.v1.guides.$get();
    const body = await list.json();
    // `body.guides[0].name` type-checks only because the route types flow through `AppType`.
    expect(body.guides[0]?.name).toBe('Typed');
  });

  it('carries the console routes for a typed client', async () => {
    const t = await setupConsole();
    const client = hc<ConsoleAppType>('http://localhost', {
      fetch: ((input: string | URL, init?: RequestInit) => t.app.request(String(input), init)) as typeof fetch,
      headers: { cookie: t.editor.cookie, 'x-csrf-token': t.editor.csrfToken },
    });
    const guides = client.api.console.projects[':projectId'].guides;
    const created = await guides.$post({ param: { projectId: t.project.project.id }, json: sampleGuide('Typed') });
    expect(created.status).toBe(201);
    const list = await guides.$get({ param: { projectId: t.project.project.id } });
    const body = await list.json();
    // `live` and `updatedBy` type-check only because the console route types flow through the app type.
    expect(body.guides[0]?.live).toBeNull();
    expect(body.guides[0]?.updatedBy?.name).toBe(t.editor.user.name);
    const session = await (await client.api.console.session.$get()).json();
    expect(session.user.role).toBe('editor');
  });
});
