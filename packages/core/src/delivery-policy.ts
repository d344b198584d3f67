/** How queued events are batched and retried. Pure: the SDK's transport applies these decisions. */
export interface DeliveryPolicy {
  /** Events per request. */
  batchSize: number;
  /** Events kept while the server cannot be reached; the oldest are dropped first beyond it. */
  queueCap: number;
  /** First retry delay. */
  baseDelayMs: number;
  /** Longest retry delay. */
  maxDelayMs: number;
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  batchSize: 50,
  queueCap: 1_000,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
};

/** What to do with a batch after the server answered (status) or the network failed (0). */
export type DeliveryOutcome = 'delivered' | 'retry' | 'drop';

export function classifyResponse(status: number): DeliveryOutcome {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 0 || status === 408 || status === 429 || status >= 500) return 'retry';
  // Any other 4xx means the batch itself is bad: sending it again cannot succeed.
  return 'drop';
}

/**
 * Exponential backoff with jitter: `attempt` 0 is the first retry. `random` in [0, 1) spreads
 * clients so they do not return all at once; `retryAfterMs` (from Retry-After) is a floor.
 */
export function retryDelay(policy: DeliveryPolicy, attempt: number, random: number, retryAfterMs = 0): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt));
  const jittered = exponential / 2 + (exponential / 2) * random;
  return Math.max(Math.round(jittered), retryAfterMs);
}

/** Keeps at most `cap` items, dropping the oldest first; reports how many were dropped. */
export function enforceQueueCap<T>(queue: readonly T[], cap: number): { kept: T[]; dropped: number } {
  if (queue.length <= cap) return { kept: [...queue], dropped: 0 };
  return { kept: queue.slice(queue.length - cap), dropped: queue.length - cap };
}

/** Parses a Retry-After header (seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now: number): number {
  if (!value) return 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1_000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : 0;
}

/**
 * Joins the queue a closed tab left with this tab's: the adopted events first (they are older),
 * one copy of each event id (this tab's copy wins: it may carry a later sign-in), within `cap`.
 */
export function mergeQueues<T extends { id: string }>(own: readonly T[], adopted: readonly T[], cap: number): { kept: T[]; dropped: number } {
  const byId = new Map<string, T>();
  for (const item of [...adopted, ...own]) byId.set(item.id, item);
  return enforceQueueCap([...byId.values()], cap);
}
