import { describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { createApp } from '../app.js';
import { errorOf } from '../test-support.js';
import { ORIGIN, PASSWORD, setupConsole } from './console-test-support.js';

async function freshApp() {
  const db = openDatabase(':memory:');
  await migrateToLatest(db);
  const app = createApp({ db, consoleDir: '/nonexistent' });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(`${ORIGIN}/api/console${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { db, app, post };
}

const cookieOf = (res: Response) => res.headers.get('set-cookie') ?? '';

describe('console setup', () => {
  it('creates the first owner once, signed in; then answers 409 already_set_up', async () => {
    const { app, post, db } = await freshApp();
    expect(await (await app.request('/api/console/setup')).json()).toEqual({ needed: true });
    const res = await post('/setup', { email: ' Ada@Example.COM ', name: 'Ada', password: 'long enough pw' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { user: { email: string; role: string }; csrfToken: string };
    expect(body.user).toMatchObject({ email: 'ada@example.com', name: 'Ada', role: 'owner' });
    expect(body.csrfToken.length).toBeGreaterThan(20);
    expect(cookieOf(res)).toMatch(/^shirube_session=[A-Za-z0-9_-]{43};/);

    expect(await (await app.request('/api/console/setup')).json()).toEqual({ needed: false });
    const again = await post('/setup', { email: 'eve@example.com', name: 'Eve', password: 'long enough pw' });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe('already_set_up');
    expect(await db.selectFrom('users').select('email').execute()).toEqual([{ email: 'ada@example.com' }]);
  });

  it('names the field of bad setup input and creates nobody', async () => {
    const { post, db } = await freshApp();
    for (const [body, field] of [
      [{ email: 'not-an-email', name: 'A', password: 'long enough pw' }, 'email'],
      [{ email: 'a@example.com', name: '  ', password: 'long enough pw' }, 'name'],
      [{ email: 'a@example.com', name: 'A', password: 'short' }, 'password'],
    ] as const) {
      const res = await post('/setup', body);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toMatch(new RegExp(`^${field}: `));
    }
    expect(await db.selectFrom('users').select('id').execute()).toEqual([]);
  });
});

describe('console sign-in', () => {
  it('signs in with a session cookie that is HttpOnly, SameSite=Lax, Path=/ and lasts the absolute timeout (24 hours); stores only its hash', async () => {
    const t = await setupConsole();
    const res = await t.call(null, 'POST', '/session', { email: 'OWNER@example.com', password: PASSWORD });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: { id: string }; csrfToken: string };
    expect(body.user).toEqual({ id: t.owner.user.id, email: 'owner@example.com', name: t.owner.user.name, role: 'owner' });
    const cookie = cookieOf(res);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain(`Max-Age=${24 * 3600}`);
    expect(cookie).not.toContain('Secure');
    const id = /shirube_session=([^;]+)/.exec(cookie)![1]!;
    const rows = await t.db.selectFrom('sessions').select('id_hash').execute();
    expect(rows.some((r) => r.id_hash === id)).toBe(false);
    expect(rows).toHaveLength(4);

    const me = await t.app.request('/api/console/session', { headers: { cookie: `shirube_session=${id}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual(body);
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const t = await setupConsole();
    const res = await t.app.request('https://shirube.example.com/api/console/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@example.com', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(cookieOf(res)).toContain('Secure');
  });

  it('answers the same 401 for an unknown email and a wrong password, and sets no cookie', async () => {
    const t = await setupConsole();
    const unknown = await t.call(null, 'POST', '/session', { email: 'nobody@example.com', password: PASSWORD });
    const wrong = await t.call(null, 'POST', '/session', { email: 'owner@example.com', password: 'wrong password' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const [a, b] = [await errorOf(unknown), await errorOf(wrong)];
    expect(a).toEqual(b);
    expect(a.code).toBe('invalid_credentials');
    expect(cookieOf(unknown) + cookieOf(wrong)).toBe('');
  });

  it('answers 401 unauthenticated without a valid session', async () => {
    const t = await setupConsole();
    for (const cookie of [undefined, 'shirube_session=forged']) {
      const res = await t.app.request('/api/console/session', cookie ? { headers: { cookie } } : {});
      expect(res.status).toBe(401);
      expect((await errorOf(res)).code).toBe('unauthenticated');
    }
  });

  it('refuses an expired session', async () => {
    const t = await setupConsole();
    await t.db.updateTable('sessions').set({ expires_at: Date.now() - 1 }).where('user_id', '=', t.owner.user.id).execute();
    expect((await t.call(t.owner, 'GET', '/session')).status).toBe(401);
  });

  it('signs out: 204, cookie cleared, session deleted', async () => {
    const t = await setupConsole();
    const res = await t.call(t.owner, 'DELETE', '/session');
    expect(res.status).toBe(204);
    expect(cookieOf(res)).toMatch(/shirube_session=;.*Max-Age=0/);
    expect((await t.call(t.owner, 'GET', '/session')).status).toBe(401);
    expect((await t.call(t.editor, 'GET', '/session')).status).toBe(200);
  });
});

describe('behind a proxy (publicOrigin)', () => {
  it('takes the configured public origin as its own: Origin check and Secure cookie', async () => {
    const db = openDatabase(':memory:');
    await migrateToLatest(db);
    const app = createApp({ db, consoleDir: '/nonexistent', publicOrigin: 'https://shirube.example.com' });
    const setup = (origin: string) =>
      app.request('http://10.0.0.5:8787/api/console/setup', {
        method: 'POST',
        headers: { origin },
        body: JSON.stringify({ email: 'a@example.com', name: 'A', password: 'long enough pw' }),
      });
    expect((await setup('http://10.0.0.5:8787')).status).toBe(403);
    const res = await setup('https://shirube.example.com');
    expect(res.status).toBe(201);
    expect(cookieOf(res)).toContain('Secure');
    expect(() => createApp({ db, publicOrigin: 'https://shirube.example.com/' })).toThrow(/publicOrigin/);
  });
});

describe('CSRF protection', () => {
  it('refuses a write without or with a wrong X-CSRF-Token, and changes nothing', async () => {
    const t = await setupConsole();
    for (const token of [undefined, 'wrong', t.editor.csrfToken]) {
      const headers: Record<string, string> = token === undefined ? { 'x-csrf-token': '' } : { 'x-csrf-token': token };
      const res = await t.call(t.owner, 'PATCH', `/projects/${t.project.project.id}`, { name: 'Hijacked' }, headers);
      expect(res.status).toBe(403);
      expect((await errorOf(res)).code).toBe('csrf');
    }
    const res = await t.call(t.owner, 'DELETE', '/session', undefined, { 'x-csrf-token': '' });
    expect(res.status).toBe(403);
    const projects = (await (await t.call(t.owner, 'GET', '/projects')).json()) as { projects: { name: string }[] };
    expect(projects.projects.map((p) => p.name).sort()).toEqual(['Acme', 'Other']);
    expect((await t.call(t.owner, 'GET', '/session')).status).toBe(200);
  });

  it('refuses a write whose Origin is not the server (sign-in and setup included)', async () => {
    const t = await setupConsole();
    const evil = { origin: 'http://localhost.evil.test' };
    const patch = await t.call(t.owner, 'PATCH', `/projects/${t.project.project.id}`, { name: 'Hijacked' }, evil);
    expect(patch.status).toBe(403);
    expect((await errorOf(patch)).code).toBe('csrf');
    const signIn = await t.call(null, 'POST', '/session', { email: 'owner@example.com', password: PASSWORD }, evil);
    expect(signIn.status).toBe(403);
    expect(cookieOf(signIn)).toBe('');
    expect((await t.call(null, 'POST', '/setup', { email: 'x@example.com', name: 'X', password: PASSWORD }, evil)).status).toBe(403);
    const projects = (await (await t.call(t.owner, 'GET', '/projects', undefined, evil)).json()) as { projects: { name: string }[] };
    expect(projects.projects.map((p) => p.name).sort()).toEqual(['Acme', 'Other']);
  });

  it('accepts a write without an Origin header when the token is right (non-browser clients)', async () => {
    const t = await setupConsole();
    const res = await t.app.request(`${ORIGIN}/api/console/projects/${t.project.project.id}`, {
      method: 'PATCH',
      headers: { cookie: t.owner.cookie, 'x-csrf-token': t.owner.csrfToken },
      body: JSON.stringify({ name: 'Renamed' }),
    });
    expect(res.status).toBe(200);
  });

  it('sends security headers and no-store on console API answers', async () => {
    const t = await setupConsole();
    const res = await t.call(t.viewer, 'GET', '/session');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
