import { describe, expect, it } from 'vitest';
import {
  ADMIN_CALLERS,
  ADMIN_ENDPOINTS,
  BUILDER_CALLERS,
  BUILDER_ENDPOINTS,
  PUBLIC_ROUTES,
  SDK_CALLERS,
  SDK_ENDPOINTS,
  type ApiEndpoint,
  type Caller,
  type FixtureWithBuilder,
} from '../auth/api-endpoints.js';
import { CONSOLE_ENDPOINTS, fixture, snapshot, type Endpoint, type Who } from './console-endpoints.js';
import type { ConsoleTestContext } from './console-test-support.js';
import type { ConsoleRole } from './console-types.js';

const RANK: Record<ConsoleRole, number> = { viewer: 0, editor: 1, owner: 2 };

function expected(endpoint: Endpoint, who: Who): number {
  if (typeof endpoint.allow === 'object') return endpoint.allow[who];
  if (who === 'anonymous') return 401;
  return RANK[who] >= RANK[endpoint.allow] ? endpoint.ok : 403;
}

const actorOf = (t: ConsoleTestContext, who: Who) => (who === 'anonymous' ? null : t[who]);


const APP_URL = 'https://app.example.com/reports';

/** The console fixture plus builder links and a builder token on its guide, made on first use. */
async function apiFixture(): Promise<FixtureWithBuilder> {
  const f = await fixture();
  const grant = async () => {
    const res = await f.t.call(f.t.editor, 'POST', `/projects/${f.projectId}/guides/${f.guideId}/builder-token`, { appUrl: APP_URL });
    return new URL(((await res.json()) as { url: string }).url).hash.replace('#shirube_builder=', '');
  };
  let token: Promise<string> | null = null;
  const builderToken = () =>
    (token ??= (async () => {
      const res = await f.t.app.request('http://localhost/sdk/v1/builder/session', {
        method: 'POST',
        headers: { origin: new URL(APP_URL).origin, 'x-shirube-key': f.t.project.project.publicKey },
        body: JSON.stringify({ token: await grant() }),
      });
      return ((await res.json()) as { builderToken: string }).builderToken;
    })());
  return { ...f, grant, builderToken };
}

describe('console permissions', () => {
  const cases = CONSOLE_ENDPOINTS.flatMap((endpoint) =>
    (['anonymous', 'viewer', 'editor', 'owner'] as const).map((who) => ({ endpoint, who, status: expected(endpoint, who) })),
  );

  it.each(cases)('$endpoint.method $endpoint.route as $who → $status', async ({ endpoint, who, status }) => {
    const f = await fixture();
    const before = await snapshot(f.t);
    const res = await f.t.call(actorOf(f.t, who), endpoint.method, endpoint.path(f), endpoint.body?.(f));
    expect(res.status, await res.clone().text()).toBe(status);
    // A refused request changes nothing.
    if (status === 401 || status === 403) expect(await snapshot(f.t)).toEqual(before);
  });

  it('applies a role change on the next request, without signing in again', async () => {
    const f = await fixture();
    const guide = `/projects/${f.projectId}/guides/${f.guideId}`;
    expect((await f.t.call(f.t.viewer, 'PATCH', guide, { name: 'x' })).status).toBe(403);
    expect((await f.t.call(f.t.owner, 'PATCH', `/members/${f.t.viewer.user.id}`, { role: 'editor' })).status).toBe(200);
    expect((await f.t.call(f.t.viewer, 'PATCH', guide, { name: 'x' })).status).toBe(200);
  });
});

/** Runs every row of a table as every caller; a refused request (401, 403, 404) must change nothing. */
function describeTable<C extends string>(name: string, endpoints: ApiEndpoint<C>[], callers: Record<C, Caller>) {
  describe(name, () => {
    const cases = endpoints.flatMap((endpoint) =>
      (Object.keys(callers) as C[]).map((caller) => ({ endpoint, caller, status: endpoint.expect[caller] })),
    );
    it.each(cases)('$endpoint.method $endpoint.route as $caller → $status', async ({ endpoint, caller, status }) => {
      const f = await apiFixture();
      const headers = await callers[caller](f);
      const body = await endpoint.body?.(f);
      const before = await snapshot(f.t);
      const res = await f.t.app.request(`http://localhost${endpoint.path(f)}`, {
        method: endpoint.method,
        headers: { 'content-type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      expect(res.status, await res.clone().text()).toBe(status);
      if (status >= 400) expect(await snapshot(f.t)).toEqual(before);
    });
  });
}

describeTable('admin API permissions', ADMIN_ENDPOINTS, ADMIN_CALLERS);
describeTable('builder permissions', BUILDER_ENDPOINTS, BUILDER_CALLERS);
describeTable('SDK permissions', SDK_ENDPOINTS, SDK_CALLERS);

describe('the permission tables', () => {
  it('list every route the app registers, and nothing else', async () => {
    const { t } = await fixture();
    const registered = new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
    const listed = [
      ...CONSOLE_ENDPOINTS.map((e) => `${e.method} /api/console${e.route}`),
      ...[...ADMIN_ENDPOINTS, ...BUILDER_ENDPOINTS, ...SDK_ENDPOINTS].map((e) => `${e.method} ${e.route}`),
      ...Object.keys(PUBLIC_ROUTES),
    ];
    expect(new Set(listed).size, 'a route is listed twice').toBe(listed.length);
    expect([...registered].sort()).toEqual([...listed].sort());
  });
});
