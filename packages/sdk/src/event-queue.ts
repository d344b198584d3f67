import {
  classifyResponse,
  DEFAULT_DELIVERY_POLICY,
  enforceQueueCap,
  mergeQueues,
  parseRetryAfter,
  retryDelay,
  type DeliveryPolicy,
} from '@shirube/core';
import { EVENT_LIMITS, uuidv7, type ShirubeEvent } from '@shirube/schema';
import { background } from './guard.js';
import type { Logger } from './logger.js';
import { createQueueOwnership } from './queue-ownership.js';
import type { KeyValueStore } from './storage.js';
import type { Transport } from './transport.js';

export interface EventQueueOptions {
  store: KeyValueStore;
  /** This tab writes its queue under `<storageKey>:<tab id>`; a bare `<storageKey>` is what older SDKs wrote. */
  storageKey: string;
  transport: Transport;
  logger: Logger;
  policy?: DeliveryPolicy | undefined;
  /** How long after an enqueue the queue is sent, so a burst of events travels in one request. */
  debounceMs?: number | undefined;
  now?: () => number;
  random?: (() => number) | undefined;
  /** Until this time (ms) the queue sends only when asked (flush, beacon): see `attribute`. */
  holdUntil?: () => number;
  /** The browser's Web Locks, which keep two tabs from sending the same stored events; absent in old browsers. */
  locks?: LockManager | undefined;
  /** Makes the event that reports how many events the full queue dropped; sent once the server answers again. */
  reportDrops?: (count: number) => ShirubeEvent;
}

/** What a tab stores under its queue key. */
interface StoredQueue {
  events: ShirubeEvent[];
  /** Events dropped by the cap and not reported yet (not `dropped`: the build shortens that name, and stored names must stay). */
  unreported: number;
}

/** The persisted outbox of events: batches them to the server and retries by the core delivery policy. */
export interface EventQueue {
  /** Adopts the events that closed tabs and previous pages left unsent. */
  load(): Promise<void>;
  enqueue(event: ShirubeEvent): void;
  /** Sends everything queued now; resolves when done or when a batch must wait for a retry. */
  flush(): Promise<void>;
  /** Hands everything queued to sendBeacon; the events stay queued until a fetch confirms them. */
  beacon(): void;
  /**
   * Gives the unsent events this device recorded before sign-in to the user who just signed in, so
   * a guide that started a moment before `identify` counts for that user, not for a stranger.
   */
  attribute(anonymousId: string, userId: string, accountId: string | null): void;
  pending(): readonly ShirubeEvent[];
  /** The page is going away (or into the back/forward cache): lets other tabs adopt this queue. */
  leave(): void;
  /** The page came back from the back/forward cache: this tab owns its queue again. */
  resume(): void;
  destroy(): void;
}

/**
 * Splits the front of the queue into one batch within the server's limits. A character counts 3
 * bytes, the most UTF-8 needs, so Japanese text cannot push a batch over; an event that may pass
 * the per-event limit travels alone, so the server's refusal drops only it.
 */
export function takeBatch(queue: readonly ShirubeEvent[], maxEvents: number, maxBytes: number): ShirubeEvent[] {
  const batch: ShirubeEvent[] = [];
  let bytes = 32;
  for (const event of queue) {
    const size = JSON.stringify(event).length * 3 + 1;
    const large = size > EVENT_LIMITS.maxEventBytes;
    if (batch.length >= maxEvents || (batch.length > 0 && (large || bytes + size > maxBytes))) break;
    batch.push(event);
    bytes += size;
    if (large) break;
  }
  return batch;
}

function isEvent(value: unknown): value is ShirubeEvent {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

/** Reads a stored queue, or the bare array older SDKs stored; anything else is empty. */
function readStored(value: unknown): StoredQueue {
  const stored = value as Partial<StoredQueue> | undefined;
  const events: unknown = Array.isArray(value) ? value : stored?.events;
  return { events: Array.isArray(events) ? events.filter(isEvent) : [], unreported: Math.max(0, Number(stored?.unreported) || 0) };
}

/**
 * The outbox of one tab. Its events are stored under a key of its own, so tabs never overwrite
 * each other's; a tab adopts the queues of tabs that have gone (see queue-ownership.ts) and sends
 * only what it owns, so no two tabs send the same stored event.
 */
export function createEventQueue(options: EventQueueOptions): EventQueue {
  const { store, storageKey, transport, logger } = options;
  const policy = options.policy ?? DEFAULT_DELIVERY_POLICY;
  const debounceMs = options.debounceMs ?? 1_000;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const batchSize = Math.min(policy.batchSize, EVENT_LIMITS.maxEventsPerBatch);
  const ownKey = `${storageKey}:${uuidv7()}`;
  const ownership = createQueueOwnership(options.locks, ownKey);

  let queue: ShirubeEvent[] = [];
  let dropped = 0;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let destroyed = false;

  let owned = false;
  const whenOwned = () => void ownership.owned.then(() => (owned = true));
  /**
   * Writes this tab's queue, only once this tab holds its key; then at once, not a microtask
   * later: a page hidden in the same task journals the write (an event is kept once `track` returns).
   */
  const write = () => store.set(ownKey, { events: queue.slice(), unreported: dropped } satisfies StoredQueue);
  const persist = () => (owned ? write() : ownership.owned.then(write));
  whenOwned();

  const keep = (result: { kept: ShirubeEvent[]; dropped: number }) => {
    if (result.dropped > 0) logger.warn(`event queue full, dropped ${result.dropped} oldest`);
    dropped += result.dropped;
    queue = result.kept;
  };

  /** Moves a gone tab's queue into this one: saved here first, then removed there, so a crash between loses nothing. */
  const adopt = async (key: string) => {
    const stored = readStored(await store.get(key));
    if (stored.events.length > 0 || stored.unreported > 0) {
      keep(mergeQueues(queue, stored.events, policy.queueCap));
      dropped += stored.unreported;
      await persist();
    }
    await store.del(key);
  };

  /** Adopts the queues of tabs that have gone; a failure is logged and tried again on the next send. */
  const claimOrphans = async () => {
    try {
      await ownership.owned;
      const orphans = (await store.keys()).filter((key) => key !== ownKey && (key === storageKey || key.startsWith(`${storageKey}:`)));
      await ownership.claim(orphans, adopt);
    } catch (error) {
      logger.warn('adopting stored events failed', error);
    }
  };

  const schedule = (ms: number, replace: boolean) => {
    if (destroyed || (timer !== undefined && !replace)) return;
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        timer = undefined;
        void flush();
      },
      Math.max(ms, (options.holdUntil?.() ?? 0) - now()),
    );
  };

  const drain = async () => {
    clearTimeout(timer);
    timer = undefined;
    // Tabs closed since the last send left events that nobody else will send.
    await claimOrphans();
    while (!destroyed && queue.length > 0) {
      const batch = takeBatch(queue, batchSize, EVENT_LIMITS.maxBatchBytes);
      const result = await transport.send({ sentAt: now(), events: batch });
      const outcome = classifyResponse(result.status);
      if (outcome === 'retry') {
        const delay = retryDelay(policy, attempt++, random(), parseRetryAfter(result.retryAfter, now()));
        logger.debug(`events not delivered (status ${result.status}), retrying in ${delay} ms`);
        schedule(delay, true);
        return;
      }
      if (outcome === 'drop') logger.warn(`server refused a batch (status ${result.status}), dropping it`);
      attempt = 0;
      const sent = new Set(batch.map((event) => event.id));
      queue = queue.filter((event) => !sent.has(event.id));
      // The server answers again: now the queue has room to say what it had to drop.
      if (dropped > 0 && options.reportDrops) {
        queue.unshift(options.reportDrops(dropped));
        dropped = 0;
      }
      await persist();
    }
  };

  const flush = (): Promise<void> => {
    chain = chain.then(drain).catch((error: unknown) => logger.warn('sending events failed', error));
    return chain;
  };

  return {
    async load() {
      await claimOrphans();
      if (queue.length > 0) schedule(debounceMs, false);
    },
    enqueue(event) {
      if (destroyed) return;
      queue.push(event);
      keep(enforceQueueCap(queue, policy.queueCap));
      background(logger, 'saving events', persist());
      schedule(debounceMs, false);
    },
    flush,
    beacon() {
      for (let rest = queue; rest.length > 0; ) {
        const batch = takeBatch(rest, batchSize, EVENT_LIMITS.maxBatchBytes);
        // Without sendBeacon (or past its quota) a keepalive fetch outlives the page too.
        if (!transport.beacon({ sentAt: now(), events: batch })) void transport.send({ sentAt: now(), events: batch });
        rest = rest.slice(batch.length);
      }
    },
    attribute(anonymousId, userId, accountId) {
      let changed = false;
      queue = queue.map((event) => {
        if (event.userId || event.anonymousId !== anonymousId) return event;
        changed = true;
        return { ...event, userId, accountId: event.accountId ?? accountId };
      });
      // Apps identify on every page load: only a queue that changed is written again.
      if (changed) background(logger, 'saving events', persist());
      // A hold may have ended with sign-in: send on the usual rhythm again.
      if (queue.length > 0) schedule(debounceMs, true);
    },
    pending: () => queue,
    leave() {
      owned = false;
      ownership.release();
    },
    resume() {
      // Another tab may have adopted the queue meanwhile and sent it: the server keeps one row per id.
      ownership.hold();
      whenOwned();
    },
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      timer = undefined;
      ownership.release();
    },
  };
}
