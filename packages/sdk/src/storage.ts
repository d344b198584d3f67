import type { Logger } from './logger.js';

/** Durable key/value storage (the shape core's `Platform.store` asks for, plus delete). */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

/** Storage in a map: the fallback, and what tests share between two SDK instances to simulate a reload. */
export function createMemoryStore(map: Map<string, unknown> = new Map()): KeyValueStore {
  return {
    get: async <T>(key: string) => map.get(key) as T | undefined,
    set: async (key, value) => void map.set(key, value),
    del: async (key) => void map.delete(key),
  };
}

/** Settles with a request's result, or a transaction's completion, or its error. */
function settled<T>(request: IDBRequest<T> | IDBTransaction): Promise<T> {
  // One handler set serves both: a request never completes or aborts, a transaction never succeeds.
  const either = request as IDBRequest<T> & IDBTransaction;
  return new Promise((resolve, reject) => {
    either.oncomplete = either.onsuccess = () => resolve(either.result);
    either.onabort = either.onerror = () => reject(either.error);
  });
}

/**
 * IndexedDB, database `shirube`, object store `kv`, values stored as they are (structured clone):
 * the layout idb-keyval's `createStore('shirube', 'kv')` gave the SDK before, so stored data carries
 * over. Writes resolve once their transaction completes. A connection the browser closes (storage
 * cleared) is opened again on next use. Throws when IndexedDB is missing.
 */
export function createIdbStore(): KeyValueStore {
  let db: Promise<IDBDatabase> | undefined;
  const connect = () => {
    if (db) return db;
    const open = indexedDB.open('shirube');
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    const opened = (db = settled(open));
    opened.then((conn) => (conn.onclose = () => (db = undefined)), () => (db = undefined));
    return opened;
  };
  const run = <T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => Promise<T>) => connect().then((conn) => use(conn.transaction('kv', mode).objectStore('kv')));
  return {
    get: (key) => run('readonly', (store) => settled(store.get(key))),
    set: (key, value) => run('readwrite', (store) => (store.put(value, key), settled<void>(store.transaction))),
    del: (key) => run('readwrite', (store) => (store.delete(key), settled<void>(store.transaction))),
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
    async del(key) {
      memory.delete(key);
      if (!backend) return;
      try {
        await withTimeout(backend.del(key));
      } catch (error) {
        fallBack(error);
      }
    },
  };
}
