import {
  classifyResponse,
  DEFAULT_DELIVERY_POLICY,
  enforceQueueCap,
  parseRetryAfter,
  retryDelay,
  type DeliveryPolicy,
} from '@shirube/core';
import { EVENT_LIMITS, type ShirubeEvent } from '@shirube/schema';
import { background } from './guard.js';
import type { Logger } from './logger.js';
import type { KeyValueStore } from './storage.js';
import type { Transport } from './transport.js';

export interface EventQueueOptions {
  store: KeyValueStore;
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
}

/** The persisted outbox of events: batches them to the server and retries by the core delivery policy. */
export interface EventQueue {
  /** Merges events a previous page left unsent (they go first). */
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

export function createEventQueue(options: EventQueueOptions): EventQueue {
  const { store, storageKey, transport, logger } = options;
  const policy = options.policy ?? DEFAULT_DELIVERY_POLICY;
  const debounceMs = options.debounceMs ?? 1_000;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const batchSize = Math.min(policy.batchSize, EVENT_LIMITS.maxEventsPerBatch);

  let queue: ShirubeEvent[] = [];
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let destroyed = false;
  // Until the stored queue is read, writing would overwrite what a previous page left unsent.
  let loaded = false;

  const persist = () => {
    if (loaded) background(logger, 'saving events', store.set(storageKey, queue.slice()));
  };

  const cap = () => {
    const { kept, dropped } = enforceQueueCap(queue, policy.queueCap);
    if (dropped > 0) logger.warn(`event queue full, dropped ${dropped} oldest`);
    queue = kept;
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
      persist();
    }
  };

  const flush = (): Promise<void> => {
    chain = chain.then(drain).catch((error: unknown) => logger.warn('sending events failed', error));
    return chain;
  };

  return {
    async load() {
      const stored = await store.get<unknown>(storageKey).finally(() => (loaded = true));
      if (Array.isArray(stored)) {
        const known = new Set(queue.map((event) => event.id));
        queue = [...stored.filter((event): event is ShirubeEvent => isEvent(event) && !known.has(event.id)), ...queue];
        cap();
      }
      persist();
      if (queue.length > 0) schedule(debounceMs, false);
    },
    enqueue(event) {
      if (destroyed) return;
      queue.push(event);
      cap();
      persist();
      schedule(debounceMs, false);
    },
    flush,
    beacon() {
      for (let rest = queue; rest.length > 0; ) {
        const batch = takeBatch(rest, batchSize, EVENT_LIMITS.maxBatchBytes);
        if (!transport.beacon({ sentAt: now(), events: batch })) return;
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
      if (changed) persist();
      // A hold may have ended with sign-in: send on the usual rhythm again.
      if (queue.length > 0) schedule(debounceMs, true);
    },
    pending: () => queue,
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
