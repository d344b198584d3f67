import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { Logger } from './logger.js';

/** Durable key/value storage (the shape core's `Platform.store` asks for). */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

/** Storage in a map: the fallback, and what tests share between two SDK instances to simulate a reload. */
export function createMemoryStore(map: Map<string, unknown> = new Map()): KeyValueStore {
  return {
    get: async <T>(key: string) => map.get(key) as T | undefined,
    set: async (key, value) => void map.set(key, value),
  };
}

/** IndexedDB through idb-keyval, database `shirube`, object store `kv`. Throws when IndexedDB is missing. */
export function createIdbStore(): KeyValueStore {
  const store: UseStore = createStore('shirube', 'kv');
  return {
    get: <T>(key: string) => get<T>(key, store),
    set: (key, value) => set(key, value, store),
  };
}

/** How long the first IndexedDB answer may take before memory is used (some browsers hang on open). */
const OPEN_TIMEOUT_MS = 3_000;

/**
 * Storage that never fails: every write also lands in memory, and once the durable backend throws,
 * rejects or hangs, the SDK carries on with memory for the rest of the page's life.
 */
export function createSafeStore(logger: Logger, openBackend: () => KeyValueStore = createIdbStore): KeyValueStore {
  const memory = new Map<string, unknown>();
  let backend: KeyValueStore | null = null;
  try {
    backend = openBackend();
  } catch (error) {
    logger.warn('storage unavailable, using memory', error);
  }
  let answered = false;

  const fallBack = (error: unknown) => {
    if (backend) logger.warn('storage failed, using memory', error);
    backend = null;
  };

  const withTimeout = <T>(promise: Promise<T>): Promise<T> => {
    if (answered) return promise;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('storage timed out')), OPEN_TIMEOUT_MS);
      promise.then(
        (value) => {
          answered = true;
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  };

  return {
    async get<T>(key: string): Promise<T | undefined> {
      if (backend && !memory.has(key)) {
        try {
          const value = await withTimeout(backend.get<T>(key));
          if (value !== undefined && !memory.has(key)) memory.set(key, value);
        } catch (error) {
          fallBack(error);
        }
      }
      return memory.get(key) as T | undefined;
    },
    async set(key, value) {
      memory.set(key, value);
      if (!backend) return;
      try {
        await withTimeout(backend.set(key, value));
      } catch (error) {
        fallBack(error);
      }
    },
  };
}
