import type { EventBatch, ShirubeEvent } from '@shirube/schema';
import { uuidv7 } from '@shirube/schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEventQueue, type EventQueue } from './event-queue.js';
import { createLogger } from './logger.js';
import { createMemoryStore, createSafeStore, type KeyValueStore } from './storage.js';
import { throwingStore } from './test-support.js';
import { createTransport } from './transport.js';

const logger = createLogger(false);
const policy = { batchSize: 10, queueCap: 100, baseDelayMs: 1_000, maxDelayMs: 60_000 };

function trackEvent(name: string): ShirubeEvent {
  return { type: 'track', name, id: uuidv7(), anonymousId: 'anon', userId: null, accountId: null, timestamp: 1, path: '/' };
}
const nameOf = (event: ShirubeEvent) => (event.type === 'track' ? event.name : event.type);

/** Web Locks for one origin, shared by the "tabs" of a test: exclusive locks, ifAvailable, release on return. */
function fakeLocks(): LockManager {
  const held = new Set<string>();
  const waiting = new Map<string, Array<() => void>>();
  const request = async (name: string, ...args: unknown[]) => {
    const callback = args[args.length - 1] as (lock: Lock | null) => unknown;
    const options = (args.length > 1 ? args[0] : {}) as LockOptions;
    if (held.has(name)) {
      if (options.ifAvailable) return callback(null);
      await new Promise<void>((granted) => waiting.set(name, [...(waiting.get(name) ?? []), granted]));
    }
    held.add(name);
    try {
      return await callback({ name, mode: 'exclusive' });
    } finally {
      held.delete(name);
      waiting.get(name)?.shift()?.();
    }
  };
  return { request, query: async () => ({ held: [], pending: [] }) } as unknown as LockManager;
}

/** A server shared by the tabs: records every event id any tab sent; `up` decides whether it answers. */
function sharedServer() {
  const sent: ShirubeEvent[] = [];
  const server = {
    up: true,
    sent,
    fetch: (async (_url: string, init?: RequestInit) => {
      if (!server.up) throw new TypeError('Failed to fetch');
      sent.push(...(JSON.parse(String(init!.body)) as EventBatch).events);
      return new Response(null, { status: 202 });
    }) as unknown as typeof fetch,
  };
  return server;
}

const queues: EventQueue[] = [];
function openTab(store: KeyValueStore, server: ReturnType<typeof sharedServer>, locks: LockManager | undefined, extra: Partial<Parameters<typeof createEventQueue>[0]> = {}) {
  const queue = createEventQueue({
    store,
    storageKey: 'pk:queue',
    transport: createTransport({ apiUrl: 'https://api.example.com', projectKey: 'pk', fetch: server.fetch }),
    logger,
    policy,
    debounceMs: 60_000,
    locks,
    ...extra,
  });
  queues.push(queue);
  return queue;
}

/** Two open tabs of one origin on one store, with the server reachable. */
async function twoTabs(map = new Map<string, unknown>()) {
  const store = createMemoryStore(map);
  const server = sharedServer();
  const locks = fakeLocks();
  const tabs = [openTab(store, server, locks), openTab(store, server, locks)] as const;
  await Promise.all(tabs.map((tab) => tab.load()));
  return { server, tabs };
}

afterEach(() => {
  for (const queue of queues.splice(0)) queue.destroy();
});

describe('event delivery across tabs', () => {
  it('never sends one event from two open tabs, however often both send', async () => {
    const { server, tabs: [a, b] } = await twoTabs();
    server.up = false;
    for (let i = 0; i < 5; i++) {
      a.enqueue(trackEvent(`a${i}`));
      b.enqueue(trackEvent(`b${i}`));
      await Promise.all([a.flush(), b.flush()]);
    }
    server.up = true;
    await Promise.all([a.flush(), b.flush(), a.flush(), b.flush()]);
    const ids = server.sent.map((event) => event.id);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(server.sent.map(nameOf).sort()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'b0', 'b1', 'b2', 'b3', 'b4']);
  });

  it('sends what a closed tab left unsent from the next tab that sends, once, and removes the closed tab’s queue', async () => {
    const map = new Map<string, unknown>();
    const { server, tabs: [open, closing] } = await twoTabs(map);
    server.up = false;
    closing.enqueue(trackEvent('left behind 1'));
    closing.enqueue(trackEvent('left behind 2'));
    await closing.flush();
    await vi.waitFor(() => expect([...map.values()].some((value) => (value as { events: unknown[] }).events.length === 2)).toBe(true));
    closing.destroy();

    server.up = true;
    open.enqueue(trackEvent('open tab'));
    await open.flush();
    await open.flush();
    expect(server.sent.map(nameOf)).toEqual(['left behind 1', 'left behind 2', 'open tab']);
    expect([...map.keys()]).toHaveLength(1);
  });

  it('lets only one of two tabs adopt a closed tab’s queue when both send at once', async () => {
    const store = createMemoryStore();
    const server = sharedServer();
    const locks = fakeLocks();
    const closing = openTab(store, server, locks);
    await closing.load();
    server.up = false;
    for (let i = 0; i < 4; i++) closing.enqueue(trackEvent(`orphan ${i}`));
    await closing.flush();
    closing.destroy();
    server.up = true;
    const a = openTab(store, server, locks);
    const b = openTab(store, server, locks);
    await Promise.all([a.load(), b.load(), a.flush(), b.flush()]);
    await Promise.all([a.flush(), b.flush()]);
    expect(server.sent.map(nameOf)).toEqual(['orphan 0', 'orphan 1', 'orphan 2', 'orphan 3']);
  });

  it('lets another tab adopt the queue of a page that left for the back/forward cache, and keeps it once the page is back', async () => {
    const map = new Map<string, unknown>();
    const { server, tabs: [cached, other] } = await twoTabs(map);
    server.up = false;
    cached.enqueue(trackEvent('before leaving'));
    await cached.flush();
    cached.leave();
    server.up = true;
    await other.flush();
    expect(server.sent.map(nameOf)).toEqual(['before leaving']);

    cached.resume();
    server.up = false;
    cached.enqueue(trackEvent('after coming back'));
    await cached.flush();
    server.up = true;
    await other.flush();
    expect(server.sent.map(nameOf)).toEqual(['before leaving']);
    await cached.flush();
    expect(server.sent.map(nameOf).slice(1)).toContain('after coming back');
  });

  it('without Web Locks adopts the stored queues once, when the page loads', async () => {
    const store = createMemoryStore();
    const server = sharedServer();
    server.up = false;
    const previous = openTab(store, server, undefined);
    await previous.load();
    previous.enqueue(trackEvent('before reload'));
    await previous.flush();
    previous.destroy();
    server.up = true;
    const next = openTab(store, server, undefined);
    await next.load();
    await next.flush();
    expect(server.sent.map(nameOf)).toEqual(['before reload']);
  });
});

describe('a full queue', () => {
  it('drops the oldest events and reports how many in a later event once the server answers, even after a reload', async () => {
    const store = createMemoryStore();
    const server = sharedServer();
    const locks = fakeLocks();
    const reportDrops = (count: number): ShirubeEvent => ({ ...trackEvent('unused'), type: 'events_dropped', count }) as ShirubeEvent;
    server.up = false;
    const first = openTab(store, server, locks, { policy: { ...policy, queueCap: 3 }, reportDrops });
    await first.load();
    for (let i = 0; i < 5; i++) first.enqueue(trackEvent(`e${i}`));
    expect(first.pending().map(nameOf)).toEqual(['e2', 'e3', 'e4']);
    await first.flush();
    first.destroy();

    const second = openTab(store, server, locks, { policy: { ...policy, queueCap: 3 }, reportDrops });
    await second.load();
    second.enqueue(trackEvent('e5'));
    server.up = true;
    await second.flush();
    const report = server.sent.find((event) => event.type === 'events_dropped');
    expect(report).toMatchObject({ count: 3 });
    // e2 was the oldest when e5 arrived: three dropped (e0, e1, e2), reported after the first delivered batch.
    expect(server.sent.map(nameOf)).toEqual(['e3', 'e4', 'e5', 'events_dropped']);
  });
});

describe('a queue on storage that throws', () => {
  it('keeps and sends events from memory when every IndexedDB call fails', async () => {
    const server = sharedServer();
    const queue = openTab(createSafeStore(logger, throwingStore, null), server, fakeLocks());
    await queue.load();
    queue.enqueue(trackEvent('still counted'));
    await queue.flush();
    expect(server.sent.map(nameOf)).toEqual(['still counted']);
  });
});

describe('leaving the page', () => {
  it('falls back to a keepalive fetch when sendBeacon is missing', async () => {
    const bodies: RequestInit[] = [];
    const fetch = (async (_url: string, init?: RequestInit) => (bodies.push(init!), new Response(null, { status: 202 }))) as unknown as typeof globalThis.fetch;
    const queue = createEventQueue({ store: createMemoryStore(), storageKey: 'q', transport: createTransport({ apiUrl: 'https://x', projectKey: 'pk', fetch }), logger, policy });
    queues.push(queue);
    queue.enqueue(trackEvent('last click'));
    queue.beacon();
    await vi.waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]!.keepalive).toBe(true);
  });
});
