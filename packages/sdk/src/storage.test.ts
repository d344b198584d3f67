import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { createMemoryStore, createSafeStore, type KeyValueStore } from './storage.js';

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
    const failing: KeyValueStore = {
      get: () => Promise.reject(new Error('boom')),
      set: () => Promise.reject(new Error('quota')),
    };
    const store = createSafeStore(logger, () => failing);
    await expect(store.set('k', 'v')).resolves.toBeUndefined();
    await expect(store.get('k')).resolves.toBe('v');
    await expect(store.get('missing')).resolves.toBeUndefined();
  });

  it('reads what the durable backend already holds', async () => {
    const durable = createMemoryStore(new Map([['identity', { anonymousId: 'a' }]]));
    const store = createSafeStore(logger, () => durable);
    expect(await store.get('identity')).toEqual({ anonymousId: 'a' });
    await store.set('progress', { x: 1 });
    expect(await durable.get('progress')).toEqual({ x: 1 });
  });
});
