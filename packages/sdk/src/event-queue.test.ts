import { EVENT_LIMITS, type EventBatch, type ShirubeEvent } from '@shirube/schema';
import { uuidv7 } from '@shirube/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventQueue, takeBatch } from './event-queue.js';
import { createLogger } from './logger.js';
import { createMemoryStore } from './storage.js';
import { createTransport } from './transport.js';

function trackEvent(name: string): ShirubeEvent {
  return { type: 'track', name, id: uuidv7(), anonymousId: 'anon', userId: null, accountId: null, timestamp: 1, path: '/' };
}

/** A fake fetch answering each request with the next status; records what was sent. */
function fakeServer(statuses: Array<number | Error>, headers: Record<string, string> = {}) {
  const requests: Array<{ url: string; init: RequestInit; batch: EventBatch }> = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    requests.push({ url: String(url), init: init!, batch: JSON.parse(String(init!.body)) as EventBatch });
    const next = statuses.length > 1 ? statuses.shift()! : statuses[0]!;
    if (next instanceof Error) throw next;
    return new Response(null, { status: next, headers });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

function setup(statuses: Array<number | Error>, headers: Record<string, string> = {}, load = true, holdUntil?: () => number) {
  const server = fakeServer(statuses, headers);
  const map = new Map<string, unknown>();
  const transport = createTransport({ apiUrl: 'https://api.example.com/', projectKey: 'pk_test', fetch: server.fetch });
  const queue = createEventQueue({
    store: createMemoryStore(map),
    storageKey: 'q',
    transport,
    logger: createLogger(false),
    policy: { batchSize: 2, queueCap: 100, baseDelayMs: 1_000, maxDelayMs: 60_000 },
    random: () => 0.5,
    ...(holdUntil && { holdUntil }),
  });
  if (load) void queue.load();
  return { ...server, queue, map };
}

/** The events this tab's queue stored under its own key (the only `q:` key in the map). */
function stored(map: Map<string, unknown>): ShirubeEvent[] | undefined {
  const keys = [...map.keys()].filter((key) => key.startsWith('q:'));
  expect(keys.length).toBeLessThanOrEqual(1);
  return keys[0] ? (map.get(keys[0]) as { events: ShirubeEvent[] }).events : undefined;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('event delivery', () => {
  it('posts batches of at most batchSize as text/plain with the key in the query', async () => {
    const { queue, requests } = setup([202]);
    for (const name of ['a', 'b', 'c', 'd', 'e']) queue.enqueue(trackEvent(name));
    await queue.flush();
    expect(requests.map((r) => r.batch.events.map((e) => (e.type === 'track' ? e.name : '')))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(requests[0]!.url).toBe('https://api.example.com/sdk/v1/events?key=pk_test');
    expect(requests[0]!.init.method).toBe('POST');
    expect(requests[0]!.init.keepalive).toBe(true);
    expect(new Headers(requests[0]!.init.headers).get('Content-Type')).toBe('text/plain');
    expect(typeof requests[0]!.batch.sentAt).toBe('number');
    expect(queue.pending()).toHaveLength(0);
  });

  it('sends shortly after an enqueue without being asked', async () => {
    const { queue, requests } = setup([200]);
    queue.enqueue(trackEvent('a'));
    queue.enqueue(trackEvent('b'));
    expect(requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.batch.events).toHaveLength(2);
  });

  it('holds events until the hold ends unless asked, and sends on sign-in', async () => {
    const holdEnd = Date.now() + 10_000;
    const { queue, requests } = setup([200], {}, true, () => holdEnd);
    queue.enqueue(trackEvent('a'));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(requests).toHaveLength(0);
    queue.attribute('anon', 'u-1', null);
    await vi.advanceTimersByTimeAsync(999);
    expect(requests).toHaveLength(0); // the hold still applies: the caller's holdUntil decides when it ends
    await vi.advanceTimersByTimeAsync(4_001);
    expect(requests.flatMap((r) => r.batch.events.map((e) => e.userId))).toEqual(['u-1']);

    queue.enqueue(trackEvent('b'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(requests).toHaveLength(2);
  });

  it('sends held events at once when asked to flush', async () => {
    const { queue, requests } = setup([200], {}, true, () => Date.now() + 60_000);
    queue.enqueue(trackEvent('a'));
    await queue.flush();
    expect(requests).toHaveLength(1);
  });

  it('keeps events and retries with backoff after a server error, honouring Retry-After', async () => {
    const { queue, requests, map } = setup([503, 200], { 'Retry-After': '30' });
    queue.enqueue(trackEvent('a'));
    await queue.flush();
    expect(requests).toHaveLength(1);
    expect(queue.pending()).toHaveLength(1);
    expect(stored(map)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(requests).toHaveLength(2);
    expect(queue.pending()).toHaveLength(0);
    expect(stored(map)).toEqual([]);
  });

  it('waits as long as a 429 asks before sending again', async () => {
    const { queue, requests } = setup([429, 202], { 'Retry-After': '5' });
    queue.enqueue(trackEvent('a'));
    await queue.flush();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    expect(queue.pending()).toHaveLength(0);
  });

  it('never sends again a batch refused with another 4xx', async () => {
    const { queue, requests } = setup([401]);
    queue.enqueue(trackEvent('a'));
    await queue.flush();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(requests).toHaveLength(1);
    expect(queue.pending()).toHaveLength(0);
  });

  it('retries after a network failure', async () => {
    const { queue, requests } = setup([new TypeError('offline'), 200]);
    queue.enqueue(trackEvent('a'));
    await queue.flush();
    expect(queue.pending()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(requests).toHaveLength(2);
    expect(queue.pending()).toHaveLength(0);
  });

  it('drops a batch the server refuses as invalid and carries on with the next', async () => {
    const { queue, requests } = setup([400, 200]);
    for (const name of ['a', 'b', 'c']) queue.enqueue(trackEvent(name));
    await queue.flush();
    expect(requests).toHaveLength(2);
    expect(queue.pending()).toHaveLength(0);
  });

  it('resumes events a previous page left in storage, oldest first', async () => {
    const { queue, requests, map } = setup([200], {}, false);
    map.set('q', [trackEvent('old'), { junk: true }]);
    queue.enqueue(trackEvent('new'));
    await queue.load();
    await queue.flush();
    expect(requests[0]!.batch.events.map((e) => (e.type === 'track' ? e.name : ''))).toEqual(['old', 'new']);
  });

  it('gives this device’s unsent anonymous events to the user who signs in, and only those', async () => {
    const { queue, requests, map } = setup([200]);
    await Promise.resolve();
    queue.enqueue(trackEvent('before sign-in'));
    queue.enqueue({ ...trackEvent('another device'), anonymousId: 'other' });
    queue.enqueue({ ...trackEvent('someone else'), userId: 'u-9', accountId: 'globex' });
    queue.attribute('anon', 'u-1', 'acme');
    await vi.waitFor(() => expect(stored(map)?.map((e) => e.userId)).toEqual(['u-1', null, 'u-9']));
    await queue.flush();
    const sent = requests.flatMap((r) => r.batch.events);
    expect(sent.map((e) => [e.type === 'track' ? e.name : '', e.userId, e.accountId])).toEqual([
      ['before sign-in', 'u-1', 'acme'],
      ['another device', null, null],
      ['someone else', 'u-9', 'globex'],
    ]);
  });

  it('stores its events under a key of its own and adopts what an older page stored under the shared key', async () => {
    const { queue, map } = setup([503], {}, false);
    map.set('q', [trackEvent('old')]);
    map.set('q:closed-tab', { events: 'not a list', unreported: -4 });
    queue.enqueue(trackEvent('new'));
    await queue.load();
    expect(map.has('q')).toBe(false);
    expect(map.has('q:closed-tab')).toBe(false);
    expect((map.get([...map.keys()][0]!) as { unreported: number }).unreported).toBe(0);
    expect(stored(map)?.map((e) => (e.type === 'track' ? e.name : ''))).toEqual(['old', 'new']);
    queue.destroy();
  });

  it('hands everything to sendBeacon on the way out but keeps it until a fetch confirms', () => {
    const beacons: Blob[] = [];
    const transport = createTransport({
      apiUrl: 'https://api.example.com',
      projectKey: 'pk_test',
      fetch: vi.fn() as unknown as typeof fetch,
      sendBeacon: (_url, data) => (beacons.push(data), true),
    });
    const queue = createEventQueue({ store: createMemoryStore(), storageKey: 'q', transport, logger: createLogger(false), policy: { batchSize: 2, queueCap: 10, baseDelayMs: 1, maxDelayMs: 1 } });
    for (const name of ['a', 'b', 'c']) queue.enqueue(trackEvent(name));
    queue.beacon();
    expect(beacons).toHaveLength(2);
    expect(beacons[0]!.type).toBe('text/plain');
    expect(queue.pending()).toHaveLength(3);
    queue.destroy();
  });

  it('drops the oldest events beyond the queue cap', () => {
    const transport = createTransport({ apiUrl: 'https://x', projectKey: 'pk', fetch: vi.fn() as unknown as typeof fetch });
    const queue = createEventQueue({ store: createMemoryStore(), storageKey: 'q', transport, logger: createLogger(false), policy: { batchSize: 2, queueCap: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    for (const name of ['a', 'b', 'c']) queue.enqueue(trackEvent(name));
    expect(queue.pending().map((e) => (e.type === 'track' ? e.name : ''))).toEqual(['b', 'c']);
    queue.destroy();
  });
});

describe('batching within the server limits', () => {
  const utf8Bytes = (batch: ShirubeEvent[]) => new TextEncoder().encode(JSON.stringify({ sentAt: Date.now(), events: batch })).length;
  const withProps = (name: string, value: string, count = 20): ShirubeEvent =>
    ({ ...trackEvent(name), props: Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${i}`, value])) }) as ShirubeEvent;

  it('keeps a batch of Japanese text under the byte limit the server counts in UTF-8', () => {
    const queue = Array.from({ length: 100 }, (_, i) => withProps(`e${i}`, 'あ'.repeat(500)));
    const batch = takeBatch(queue, 100, EVENT_LIMITS.maxBatchBytes);
    expect(batch.length).toBeGreaterThan(0);
    expect(utf8Bytes(batch)).toBeLessThanOrEqual(EVENT_LIMITS.maxBatchBytes);
    expect(batch.length).toBeLessThan(100);
  });

  it('sends an event that may pass the per-event limit on its own, so a refusal drops only it', () => {
    const small = [trackEvent('a'), trackEvent('b')];
    const large = withProps('large', 'あ'.repeat(1_000), 40);
    expect(takeBatch([...small, large, trackEvent('c')], 100, EVENT_LIMITS.maxBatchBytes)).toEqual(small);
    expect(takeBatch([large, trackEvent('c')], 100, EVENT_LIMITS.maxBatchBytes)).toEqual([large]);
  });
});

