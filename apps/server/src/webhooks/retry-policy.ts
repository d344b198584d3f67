/*
 * When a webhook delivery is tried again: a pure policy over the attempt's outcome, so the
 * dispatcher holds no timing rules and tests need no clock. It lives with the server (not in
 * packages/core) because only the server sends webhooks.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Waits after the 1st, 2nd, … failed attempt: 8 attempts spread over about a day. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [30_000, 2 * MINUTE, 10 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR];

/** Each wait is moved by up to this share either way, so endpoints that failed together do not retry together. */
export const JITTER = 0.2;

/** What one attempt came to. */
export type AttemptOutcome =
  /** A 2xx answer. */
  | 'succeeded'
  /** 410 Gone: the receiver asks never to be called again. */
  | 'gone'
  /** A network error, a timeout or any other status. */
  | 'failed';

/** The outcome of an HTTP status (null: no answer). */
export function outcomeOf(status: number | null): AttemptOutcome {
  if (status !== null && status >= 200 && status < 300) return 'succeeded';
  return status === 410 ? 'gone' : 'failed';
}

/** The wait before the next attempt after `attempts` failed ones, jittered with `random()` in [0, 1); null when no attempt is left. */
export function retryDelay(attempts: number, random: () => number, delays: readonly number[] = DEFAULT_RETRY_DELAYS_MS): number | null {
  const base = delays[attempts - 1];
  if (base === undefined) return null;
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}

/** A delivery's state after an attempt: done (`dueAt` null) or due again at `dueAt`. */
export interface AfterAttempt {
  status: 'succeeded' | 'retrying' | 'failed';
  dueAt: number | null;
  /** The endpoint must be disabled (it answered 410). */
  disableEndpoint: boolean;
}

/** What happens after attempt number `attempts` (1-based) ended with `outcome` at `now`. */
export function afterAttempt(outcome: AttemptOutcome, attempts: number, now: number, random: () => number, delays?: readonly number[]): AfterAttempt {
  if (outcome === 'succeeded') return { status: 'succeeded', dueAt: null, disableEndpoint: false };
  if (outcome === 'gone') return { status: 'failed', dueAt: null, disableEndpoint: true };
  const wait = retryDelay(attempts, random, delays);
  return wait === null ? { status: 'failed', dueAt: null, disableEndpoint: false } : { status: 'retrying', dueAt: now + wait, disableEndpoint: false };
}
