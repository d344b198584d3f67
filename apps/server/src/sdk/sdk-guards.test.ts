import { EVENT_LIMITS } from '@shirube/schema';
import { beforeEach, describe, expect, it } from 'vitest';
import { errorOf, event, postEvents, publishedGuide, setupTest, type TestContext } from '../test-support.js';

let t: TestContext;
let guide: { id: string; version: number };
beforeEach(async () => {
  t = await setupTest();
  guide = await publishedGuide(t);
});

const eventCount = async () => Number((await t.db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const batchBody = (events: unknown[], sentAt = Date.now()) => JSON.stringify({ sentAt, events });

/** Every SDK route, called with whatever key `init` carries. */
const sdkRoutes = () => [
  { method: 'GET', path: '/guides' },
  { method: 'GET', path: `/guides/${guide.id}/versions/${guide.version}` },
  { method: 'GET', path: '/checklists/progress?user=u-1' },
  { method: 'POST', path: '/events', body: batchBody([event({ type: 'track', name: 'x' })]) },
];

describe('SDK limits', () => {
  it('answers 413 for a body over the limit streamed without Content-Length, without reading it all', async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 64 MiB in all: reading it to the end would show in `pulled`.
        if (pulled >= 64 * 1024 * 1024) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const res = await t.app.request(`/sdk/v1/events?key=${t.project.publicKey}`, { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
    expect(pulled).toBeLessThan(2 * EVENT_LIMITS.maxBatchBytes);
    expect(await eventCount()).toBe(0);
  });

  it('refuses more events than a batch may hold, naming `events`', async () => {
    const events = Array.from({ length: EVENT_LIMITS.maxEventsPerBatch + 1 }, (_, i) => event({ type: 'track', name: `e${i}` }));
    const res = await postEvents(t, events);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/^events: must hold at most 100 events/);
    expect(await eventCount()).toBe(0);
    expect((await postEvents(t, events.slice(1))).status).toBe(202);
  });

  it('refuses a batch with one event over the per-event byte limit, naming it, and stores none of it', async () => {
    // 50 props of 1,000 Japanese characters: within every field limit, but about 150 KB of UTF-8.
    const props = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`p${i}`, 'あ'.repeat(1_000)]));
    const res = await postEvents(t, [event({ type: 'track', name: 'small' }), event({ type: 'track', name: 'big', props })]);
    expect(res.status).toBe(413);
    const error = await errorOf(res);
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toMatch(/^events\[1\]: each event must be at most 65536 bytes/);
    expect(await eventCount()).toBe(0);
  });

  it('accepts the largest ASCII event the field limits allow', async () => {
    const props = Object.fromEntries(Array.from({ length: EVENT_LIMITS.maxPropKeys }, (_, i) => [`p${i}`.padEnd(100, '_'), 'v'.repeat(1_000)]));
    const res = await postEvents(t, [event({ type: 'track', name: 'n'.repeat(200), props })]);
    expect(res.status).toBe(202);
    expect(await eventCount()).toBe(1);
  });
});

describe('keys are never mixed up', () => {
  it('refuses the secret key on every SDK route, however it is passed, pointing to the public key', async () => {
    const sk = t.project.secretKey;
    for (const route of sdkRoutes()) {
      const body = route.body === undefined ? {} : { body: route.body };
      const separator = route.path.includes('?') ? '&' : '?';
      const attempts = [
        t.app.request(`/sdk/v1${route.path}${separator}key=${sk}`, { method: route.method, ...body }),
        t.app.request(`/sdk/v1${route.path}`, { method: route.method, headers: { 'x-shirube-key': sk }, ...body }),
        t.app.request(`/sdk/v1${route.path}`, { method: route.method, headers: { authorization: `Bearer ${sk}` }, ...body }),
      ];
      for (const res of await Promise.all(attempts)) {
        expect(res.status, `${route.method} ${route.path}`).toBe(403);
        expect((await errorOf(res)).message).toMatch(/public key \(pk_\.\.\.\)/);
      }
    }
    expect(await eventCount()).toBe(0);
  });

  it('answers every SDK route with the public key', async () => {
    for (const route of sdkRoutes()) {
      const res = await t.sdk(route.method, route.path, route.body === undefined ? {} : { body: route.body });
      expect(res.status, `${route.method} ${route.path}`).toBeLessThan(300);
    }
  });

  it('refuses the public key on the admin API, however it is passed, and changes nothing', async () => {
    const pk = t.project.publicKey;
    const guideInput = JSON.stringify({ name: 'Sneaky', steps: [] });
    const routes = [
      { method: 'GET', path: '/guides' },
      { method: 'POST', path: '/guides', body: guideInput },
      { method: 'GET', path: `/guides/${guide.id}` },
      { method: 'POST', path: `/guides/${guide.id}/publish` },
      { method: 'GET', path: '/project' },
      { method: 'PATCH', path: '/project', body: JSON.stringify({ sdkOrigins: ['https://evil.example'] }) },
      { method: 'GET', path: '/segments' },
    ];
    for (const route of routes) {
      const body = route.body === undefined ? {} : { body: route.body };
      const attempts = [
        t.app.request(`/api/v1${route.path}`, { method: route.method, headers: { authorization: `Bearer ${pk}` }, ...body }),
        t.app.request(`/api/v1${route.path}?key=${pk}`, { method: route.method, ...body }),
        t.app.request(`/api/v1${route.path}`, { method: route.method, headers: { 'x-shirube-key': pk }, ...body }),
      ];
      for (const res of await Promise.all(attempts)) {
        expect(res.status, `${route.method} ${route.path}`).toBe(403);
        expect((await errorOf(res)).message).toMatch(/^Public keys \(pk_\.\.\.\) cannot use the admin API/);
      }
    }
    expect((await (await t.admin('GET', '/guides')).json()) as { guides: unknown[] }).toMatchObject({ guides: [{ name: 'Onboarding' }] });
    expect(((await (await t.admin('GET', '/project')).json()) as { sdkOrigins: string[] }).sdkOrigins).toEqual([]);
  });

  it('answers 401 without any key', async () => {
    expect((await t.app.request('/sdk/v1/guides')).status).toBe(401);
    expect((await t.app.request('/api/v1/guides')).status).toBe(401);
  });
});

describe('SDK origins', () => {
  const fromOrigin = (origin: string | null, path = '/guides', init: { method?: string; body?: string } = {}) =>
    t.sdk(init.method ?? 'GET', path, { headers: origin ? { origin } : {}, ...(init.body === undefined ? {} : { body: init.body }) });
  const setOrigins = (sdkOrigins: unknown, key?: string) => t.admin('PATCH', '/project', { sdkOrigins }, key);

  it('answers any page while the project lists no origins', async () => {
    const res = await fromOrigin('https://anywhere.example');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('are set through the admin API; a bad pattern is a 400 naming it, and changes nothing', async () => {
    const bad = await setOrigins(['https://app.example.com', 'https://app.example.com/']);
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toMatch(/^sdkOrigins\[1\]: must be an origin/);
    expect(((await (await t.admin('GET', '/project')).json()) as { sdkOrigins: string[] }).sdkOrigins).toEqual([]);
    const ok = await setOrigins(['https://app.example.com', 'https://*.example.jp']);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ id: t.project.project.id, sdkOrigins: ['https://app.example.com', 'https://*.example.jp'] });
  });

  it('let listed pages in with their own origin in CORS, and refuse others naming the origin', async () => {
    await setOrigins(['https://app.example.com', 'https://*.example.jp']);
    for (const origin of ['https://app.example.com', 'https://tenant.example.jp']) {
      const res = await fromOrigin(origin);
      expect(res.status, origin).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('vary')).toContain('Origin');
    }
    for (const origin of ['https://evil.example', 'https://example.jp', 'http://app.example.com', 'null']) {
      const res = await fromOrigin(origin);
      expect(res.status, origin).toBe(403);
      expect((await errorOf(res)).message).toContain(`Origin ${origin} may not use this public key`);
    }
  });

  it('keep refused pages from writing events; requests without Origin (servers) still may', async () => {
    await setOrigins(['https://app.example.com']);
    const body = batchBody([event({ type: 'track', name: 'x' })]);
    expect((await fromOrigin('https://evil.example', '/events', { method: 'POST', body })).status).toBe(403);
    expect(await eventCount()).toBe(0);
    expect((await fromOrigin('https://app.example.com', '/events', { method: 'POST', body })).status).toBe(202);
    expect((await fromOrigin(null, '/events', { method: 'POST', body: batchBody([event({ type: 'track', name: 'y' })]) })).status).toBe(202);
    expect(await eventCount()).toBe(2);
  });

  it('apply to their own project only', async () => {
    await setOrigins(['https://app.example.com']);
    const res = await t.sdk('GET', '/guides', { key: t.other.publicKey, headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(200);
  });
});

describe('SDK rate limit', () => {
  it('answers 429 with a readable Retry-After once a key used its burst, writing nothing; other keys go on', async () => {
    t = await setupTest({ ingestRate: { perSecond: 0.5, burst: 2 } });
    const post = (name: string, key?: string) =>
      t.sdk('POST', '/events', { body: batchBody([event({ type: 'track', name })]), headers: { origin: 'https://app.example.com' }, ...(key ? { key } : {}) });
    expect((await post('a')).status).toBe(202);
    expect((await post('b')).status).toBe(202);
    const limited = await post('c');
    expect(limited.status).toBe(429);
    expect((await errorOf(limited)).code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBe(2);
    expect(limited.headers.get('access-control-allow-origin')).toBe('*');
    expect(limited.headers.get('access-control-expose-headers')).toContain('Retry-After');
    expect(await eventCount()).toBe(2);
    expect((await post('d', t.other.publicKey)).status).toBe(202);
  });

  it('limits ingestion only: guides are still served', async () => {
    t = await setupTest({ ingestRate: { perSecond: 0.5, burst: 1 } });
    await t.sdk('POST', '/events', { body: batchBody([event({ type: 'track', name: 'a' })]) });
    expect((await t.sdk('POST', '/events', { body: batchBody([event({ type: 'track', name: 'b' })]) })).status).toBe(429);
    expect((await t.sdk('GET', '/guides')).status).toBe(200);
  });
});

describe('SDK clock skew', () => {
  const storedTimes = () => t.db.selectFrom('events').select(['client_ts', 'server_ts', 'received_at']).orderBy('client_ts').execute();

  it('moves events of a clock running ahead back onto the server clock', async () => {
    const clientNow = Date.now() + 3 * 3_600_000;
    await postEvents(t, [event({ type: 'track', name: 'a' }, clientNow - 60_000), event({ type: 'track', name: 'b' }, clientNow - 1_000)], clientNow);
    const [a, b] = await storedTimes();
    expect(Math.abs(a!.server_ts - (a!.received_at - 60_000))).toBeLessThan(1_000);
    expect(b!.server_ts - a!.server_ts).toBe(59_000);
    expect(b!.server_ts).toBeLessThanOrEqual(b!.received_at);
  });

  it('keeps client times when the clocks agree within the tolerance', async () => {
    const clientNow = Date.now() - 500;
    await postEvents(t, [event({ type: 'track', name: 'a' }, clientNow - 30_000)], clientNow);
    const [a] = await storedTimes();
    expect(a!.server_ts).toBe(clientNow - 30_000);
  });
});
