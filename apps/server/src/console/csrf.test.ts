import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { CONSOLE_ENDPOINTS, fixture, snapshot, type Fixture } from './console-endpoints.js';

/*
 * Every console write, taken from the app's own route list (so a new route is covered the day it
 * is added), sent without the CSRF token, with a wrong one, with another user's, and from another
 * site: each is refused with 403 and changes nothing.
 */

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS', 'ALL']);

/** `METHOD /route` of every console write the app registers. */
function consoleWrites(app: ReturnType<typeof createApp>): { method: string; route: string }[] {
  const seen = new Map<string, { method: string; route: string }>();
  for (const r of app.routes) {
    if (SAFE.has(r.method) || !r.path.startsWith('/api/console/')) continue;
    const route = r.path.slice('/api/console'.length);
    seen.set(`${r.method} ${route}`, { method: r.method, route });
  }
  return [...seen.values()];
}

/** The route with its parameters filled from the fixture: real objects, so an unchecked write would succeed. */
function concretePath(route: string, f: Fixture): string {
  const idOf = (collection: string) => ({ guides: f.guideId, segments: f.segmentId, members: f.extraId })[collection] ?? 'unknown';
  return route
    .replace(':projectId', f.projectId)
    .replace(/\/(\w+)\/:id/, (_, collection: string) => `/${collection}/${idOf(collection)}`)
    .replace(':version', '1');
}

/** A body the route accepts (from the permission table, which lists every route). */
const bodyOf = (method: string, route: string, f: Fixture) => CONSOLE_ENDPOINTS.find((e) => e.method === method && e.route === route)?.body?.(f);

/** Routes a signed-out browser may write (setup, sign-in): they have no session, so no token; Origin guards them. */
const beforeSession = (method: string, route: string) => {
  const entry = CONSOLE_ENDPOINTS.find((e) => e.method === method && e.route === route);
  return typeof entry?.allow === 'object' && entry.allow.anonymous !== 401;
};


describe('CSRF protection of every console write', async () => {
  const writes = consoleWrites((await fixture()).t.app);

  it('covers the writes of the console (sanity: the route list is not empty)', () => {
    expect(writes.length).toBeGreaterThan(15);
    expect(writes).toContainEqual({ method: 'POST', route: '/projects/:projectId/guides/:id/publish' });
  });

  const tokenCases = writes
    .filter((w) => !beforeSession(w.method, w.route))
    .flatMap((w) => (['no token', 'wrong token', "another user's token"] as const).map((token) => ({ ...w, token })));

  it.each(tokenCases)('$method $route with $token → 403', async ({ method, route, token }) => {
    const f = await fixture();
    const header = { 'no token': '', 'wrong token': 'x'.repeat(43), "another user's token": f.t.viewer.csrfToken }[token];
    const path = concretePath(route, f);
    const before = await snapshot(f.t);
    const res = await f.t.call(f.t.owner, method, path, bodyOf(method, route, f), { 'x-csrf-token': header });
    expect(res.status, await res.clone().text()).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('csrf');
    expect(await snapshot(f.t)).toEqual(before);
  });

  it.each(writes)('$method $route from another site → 403, even with the right token', async ({ method, route }) => {
    const f = await fixture();
    const path = concretePath(route, f);
    const before = await snapshot(f.t);
    const res = await f.t.call(f.t.owner, method, path, bodyOf(method, route, f), { origin: 'https://evil.example.net' });
    expect(res.status, await res.clone().text()).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await snapshot(f.t)).toEqual(before);
  });

  it.each(writes)('$method $route with the right token and Origin is not refused (the control)', async ({ method, route }) => {
    const f = await fixture();
    const res = await f.t.call(f.t.owner, method, concretePath(route, f), bodyOf(method, route, f));
    expect(res.status, await res.clone().text()).not.toBe(403);
    expect(res.status).toBeLessThan(500);
  });
});
