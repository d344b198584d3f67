import type { EventBatch, Target } from '@shirube/schema';

/**
 * What the engine needs from the page it runs on. The browser SDK supplies these; tests pass
 * fakes. `E` is the platform's element type (a DOM Element in the browser).
 */
export interface Platform<E = unknown> {
  now(): number;
  /** Finds the element a step points at, or null when it is not (yet) on the page. */
  findTarget(target: Target): E | null;
  /** Durable key/value storage; implementations fall back to memory when storage fails. */
  store: {
    get<T>(key: string): Promise<T | undefined>;
    set(key: string, value: unknown): Promise<void>;
  };
  /** Sends a batch; resolves with the HTTP status (0 for a network failure) and Retry-After. */
  send(batch: EventBatch): Promise<{ status: number; retryAfter: string | null }>;
}
