import { createStore, del, getMany, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { Logger } from './logger.js';

/** Durable key/value storage (the shape core's `Platform.store` asks for). */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** Every key held: how a page finds the queues that closed tabs left behind. */
  keys(): Promise<string[]>;
}

/** A durable backend for the SDK's own storage: it can also read many keys at once. */
export interface Backend extends Omit<KeyValueStore, 'get'> {
  /** The values of `keys`, in order, read together (one IndexedDB transaction). */
  getMany(keys: string[]): Promise<unknown[]>;
}

/** The SDK's own storage: a KeyValueStore that can also save what is still in flight before the page goes. */
export interface SafeStore extends KeyValueStore {
  /**
   * Copies every write IndexedDB has not confirmed yet into localStorage, synchronously, for a page
   * that may be gone before IndexedDB commits; the next page writes them again (see decision 0020).
   */
  journal(): void;
}

/** Storage in a map: the fallback, and what tests share between two SDK instances to simulate a reload. */
export function createMemoryStore(map: Map<string, unknown> = new Map()): KeyValueStore & Backend {
  return {
    get: async <T>(key: string) => map.get(key) as T | undefined,
    getMany: async (keys) => keys.map((key) => map.get(key)),
    set: async (key, value) => void map.set(key, value),
    del: async (key) => void map.delete(key),
    keys: async () => [...map.keys()],
  };
}

/** IndexedDB through idb-keyval, database `shirube`, object store `kv`. Throws when IndexedDB is missing. */
export function createIdbStore(): Backend {
  const store: UseStore = createStore('shirube', 'kv');
  return {
    getMany: (keys) => getMany(keys, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    // idb-keyval's `keys` carries a cursor walk for browsers without getAllKeys (none the SDK supports).
    keys: () => store('readonly', (objects) => promisifyRequest(objects.getAllKeys() as IDBRequest<string[]>)),
  };
}

/** How long the first IndexedDB answer may take before memory is used (some browsers hang on open). */
const OPEN_TIMEOUT_MS = 3_000;
/** localStorage items holding one page's unconfirmed writes. */
const JOURNAL_PREFIX = 'shirube:journal:';
/** Stands for a delete among the unconfirmed writes. */
const DELETED = {};

/** The page's localStorage, or null where reading it throws (storage disabled, sandboxed frames). */
export function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Storage that never fails: every write also lands in memory, and once the durable backend throws,
 * rejects or hangs, the SDK carries on with memory for the rest of the page's life. Writes the
 * backend has not confirmed can be journaled to localStorage when the page goes away. Reads asked
 * for by the same run of code go to the backend together: the SDK's start-up state is one transaction.
 */
export function createSafeStore(logger: Logger, openBackend: () => Backend = createIdbStore, local = pageStorage()): SafeStore {
  const memory = new Map<string, unknown>();
  // The latest value of each key whose write the backend has not confirmed (DELETED for a delete).
  const unconfirmed = new Map<string, unknown>();
  const journalKey = JOURNAL_PREFIX + Math.random().toString(36).slice(2);
  let journaled = false;
  let backend: Backend | null = null;
  try {
    backend = openBackend();
  } catch (error) {
    logger.warn('storage unavailable, using memory', error);
  }
  let answered = false;
  /** Keys asked for by the code running now, read together a microtask later. */
  let batch: string[] | null = null;
  let batchRead: Promise<unknown[]>;

  const read = (key: string): Promise<unknown> => {
    if (!batch) {
      const keys: string[] = (batch = []);
      batchRead = Promise.resolve().then(() => {
        batch = null;
        return backend!.getMany(keys);
      });
    }
    const at = batch.push(key) - 1;
    return batchRead.then((values) => values[at]);
  };

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

  const journal = () => {
    journaled = true;
    try {
      if (unconfirmed.size === 0) return local?.removeItem(journalKey);
      local?.setItem(journalKey, JSON.stringify([...unconfirmed].map(([key, value]) => (value === DELETED ? [key] : [key, value]))));
    } catch (error) {
      logger.warn('storage journal failed', error);
    }
  };

  const write = async (key: string, value: unknown) => {
    if (value === DELETED) memory.delete(key);
    else memory.set(key, value);
    unconfirmed.set(key, value);
    if (!backend) return;
    try {
      await withTimeout(value === DELETED ? backend.del(key) : backend.set(key, value));
      if (unconfirmed.get(key) === value) unconfirmed.delete(key);
      // A page that journaled and lived on keeps its journal current: stale values must not come back.
      if (journaled) journal();
    } catch (error) {
      fallBack(error);
    }
  };

  // What a previous page journaled is written again before anything here reads it.
  try {
    for (let i = local ? local.length : 0; i-- > 0; ) {
      const name = local!.key(i);
      if (!name?.startsWith(JOURNAL_PREFIX)) continue;
      const text = local!.getItem(name);
      // Removed before replaying: two pages opening at once must not both bring it back.
      local!.removeItem(name);
      for (const [key, ...value] of JSON.parse(text ?? '[]') as Array<[string, unknown?]>) void write(key, value.length > 0 ? value[0] : DELETED);
    }
  } catch (error) {
    logger.warn('storage journal failed', error);
  }

  return {
    async get<T>(key: string): Promise<T | undefined> {
      if (backend && !memory.has(key) && !unconfirmed.has(key)) {
        try {
          const value = (await withTimeout(read(key))) as T | undefined;
          if (value !== undefined && !memory.has(key) && !unconfirmed.has(key)) memory.set(key, value);
        } catch (error) {
          fallBack(error);
        }
      }
      return memory.get(key) as T | undefined;
    },
    set: write,
    del: (key) => write(key, DELETED),
    async keys() {
      let stored: string[] = [];
      if (backend) {
        try {
          stored = await withTimeout(backend.keys());
        } catch (error) {
          fallBack(error);
        }
      }
      const all = new Set([...stored, ...memory.keys()]);
      for (const [key, value] of unconfirmed) if (value === DELETED) all.delete(key);
      return [...all];
    },
    journal,
  };
}
