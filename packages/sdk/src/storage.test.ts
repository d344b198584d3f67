import { describe, expect, it, vi } from 'vitest';
import { createLogger } from './logger.js';
import { createMemoryStore, createSafeStore, type Backend } from './storage.js';
import { throwingStore } from './test-support.js';

const logger = createLogger(false);

describe('storage', () => {
  it('falls back to memory when IndexedDB is missing', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const store = createSafeStore(logger);
    await store.set('k', { a: 1 });
    expect(await store.get('k')).toEqual({ a: 1 });
  });

  it('falls back to memory when opening storage throws', async () => {
    const store = createSafeStore(logger, () => {
      throw new Error('SecurityError');
    });
    await store.set('k', 1);
    expect(await store.get('k')).toBe(1);
  });

  it('keeps working in memory when every storage call rejects', async () => {
    const store = createSafeStore(logger, throwingStore);
    await expect(store.set('k', 'v')).resolves.toBeUndefined();
    await expect(store.get('k')).resolves.toBe('v');
    await expect(store.get('missing')).resolves.toBeUndefined();
    await store.set('other', 1);
    await store.del('k');
    await expect(store.keys()).resolves.toEqual(['other']);
  });

  it('reads what the durable backend already holds', async () => {
    const durable = createMemoryStore(new Map([['identity', { anonymousId: 'a' }]]));
    const store = createSafeStore(logger, () => durable);
    expect(await store.get('identity')).toEqual({ anonymousId: 'a' });
    await store.set('progress', { x: 1 });
    expect(await durable.get('progress')).toEqual({ x: 1 });
  });

  it('reads the keys asked for together in one backend read, and what was written since from memory', async () => {
    const durable = createMemoryStore(new Map<string, unknown>([['a', 1], ['b', 2]]));
    const getMany = vi.spyOn(durable, 'getMany');
    const store = createSafeStore(logger, () => durable);
    void store.set('c', 3);
    expect(await Promise.all([store.get('a'), store.get('b'), store.get('c'), store.get('missing')])).toEqual([1, 2, 3, undefined]);
    expect(getMany.mock.calls).toEqual([[['a', 'b', 'missing']]]);
    expect(await store.get('b')).toBe(2);
    expect(getMany).toHaveBeenCalledOnce();
  });

  it('lists and deletes keys in the durable backend', async () => {
    const map = new Map<string, unknown>([['a', 1]]);
    const store = createSafeStore(logger, () => createMemoryStore(map));
    await store.set('b', 2);
    expect((await store.keys()).sort()).toEqual(['a', 'b']);
    await store.del('a');
    expect([...map.keys()]).toEqual(['b']);
    expect(await store.get('a')).toBeUndefined();
  });
});

/** localStorage as a map, the part of Storage the journal uses. */
function fakeLocalStorage(): Storage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
}

/** A backend whose writes never finish: IndexedDB on a page that is being torn down. */
function stalledBackend(map: Map<string, unknown>): Backend {
  const memory = createMemoryStore(map);
  return { ...memory, set: () => new Promise<void>(() => {}), del: () => new Promise<void>(() => {}) };
}

describe('storage journal', () => {
  it('saves writes IndexedDB had not committed when the page went, and the next page writes them', async () => {
    const durable = new Map<string, unknown>([['shown', { g: 1 }]]);
    const local = fakeLocalStorage();
    const leaving = createSafeStore(logger, () => stalledBackend(durable), local);
    void leaving.set('progress', { g1: 'completed' });
    void leaving.del('shown');
    leaving.journal();
    expect(durable.get('progress')).toBeUndefined();
    expect(local.items.size).toBe(1);

    const next = createSafeStore(logger, () => createMemoryStore(durable), local);
    expect(await next.get('progress')).toEqual({ g1: 'completed' });
    expect(await next.get('shown')).toBeUndefined();
    await vi.waitFor(() => expect(durable.get('progress')).toEqual({ g1: 'completed' }));
    expect(durable.has('shown')).toBe(false);
    // Replayed once: a third page finds no journal.
    expect(local.items.size).toBe(0);
  });

  it('journals nothing a confirmed write already holds, and clears the journal of a page that lived on', async () => {
    const durable = new Map<string, unknown>();
    const local = fakeLocalStorage();
    const store = createSafeStore(logger, () => createMemoryStore(durable), local);
    await store.set('identity', { a: 1 });
    store.journal();
    expect(local.items.size).toBe(0);

    let finish = () => {};
    const slow: Backend = { ...createMemoryStore(durable), set: (key, value) => new Promise<void>((done) => (finish = () => done(void durable.set(key, value)))) };
    const hidden = createSafeStore(logger, () => slow, local);
    const write = hidden.set('progress', { step: 2 });
    hidden.journal();
    expect(local.items.size).toBe(1);
    finish();
    await write;
    expect(local.items.size).toBe(0);
  });

  it('keeps a page’s writes through localStorage when IndexedDB is missing, and works when both throw', async () => {
    const local = fakeLocalStorage();
    const noIdb = () => {
      throw new Error('no IndexedDB');
    };
    const first = createSafeStore(logger, noIdb, local);
    await first.set('queue:tab', { events: [], unreported: 3 });
    first.journal();
    const second = createSafeStore(logger, noIdb, local);
    expect(await second.get('queue:tab')).toEqual({ events: [], unreported: 3 });

    const throwing = { ...fakeLocalStorage(), setItem: () => { throw new Error('QuotaExceededError'); } };
    const broken = createSafeStore(logger, noIdb, throwing);
    await broken.set('k', 1);
    expect(() => broken.journal()).not.toThrow();
    expect(await broken.get('k')).toBe(1);
  });
});
