import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import { disableEndpoint } from './endpoints.repo.js';
import { afterAttempt, outcomeOf } from './retry-policy.js';
import { signWebhook } from './signature.js';

/** How the dispatcher runs; everything has a default, tests inject the clock, the schedule and the pace. */
export interface DispatcherOptions {
  db: Database;
  /** The clock deliveries are scheduled by (epoch ms). */
  now?: () => number;
  /** In [0, 1): the retry jitter. */
  random?: () => number;
  /** Waits after each failed attempt (retry-policy.ts's schedule by default). */
  delays?: readonly number[];
  /** An attempt without a complete answer within this is a failure. */
  timeoutMs?: number;
  /** How often the queue is looked at. */
  pollMs?: number;
  /** Deliveries taken at once (sent concurrently). */
  batchSize?: number;
  /** How long a taken delivery is held; past it, another process may take it again. */
  leaseMs?: number;
  /** Finished deliveries older than this are deleted (checked at most hourly). */
  keepMs?: number;
}

/** How long the delivery log keeps finished deliveries by default. */
export const KEEP_DELIVERIES_MS = 30 * 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;

/** Sends due webhook deliveries in the background; one per server process, safe with several on PostgreSQL. */
export interface WebhookDispatcher {
  /** Starts polling. */
  start(): void;
  /** Takes and sends what is due now; resolves with how many deliveries it attempted. */
  runOnce(): Promise<number>;
  /** Deletes finished deliveries older than `keepMs`; resolves with how many. */
  prune(): Promise<number>;
  /** Stops polling, aborts attempts in flight (they become due again at once) and waits for them. */
  stop(): Promise<void>;
}

/** Longest error text kept per delivery. */
const MAX_ERROR_LENGTH = 300;

interface Claimed {
  id: string;
  endpoint_id: string;
  event_id: string;
  payload: string;
  attempts: number;
}

/** What one POST came to. */
interface Attempt {
  status: number | null;
  error: string | null;
  durationMs: number;
  aborted: boolean;
}

/**
 * Deliveries are taken by moving their `due_at` forward by a lease with an UPDATE that re-checks
 * `due_at <= now`: on PostgreSQL a second process waiting on the same row sees the moved value and
 * skips it, so no two processes send one delivery at once; a process that dies holding a lease
 * leaves the row to be taken again when the lease ends. Only the holder of the lease token records
 * the attempt. Deliveries of disabled endpoints wait until the endpoint is enabled again.
 */
export function createWebhookDispatcher(options: DispatcherOptions): WebhookDispatcher {
  const { db, now = Date.now, random = Math.random, delays, timeoutMs = 10_000, pollMs = 1_000, batchSize = 20, leaseMs = 60_000, keepMs = KEEP_DELIVERIES_MS } = options;
  let prunedAt = 0;
  const inFlight = new Set<AbortController>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = false;

  const claim = async (at: number): Promise<Claimed[]> => {
    const due = db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
      .select('d.id')
      .where('d.due_at', '<=', at)
      .where('e.enabled', '=', 1)
      .orderBy('d.due_at')
      .limit(batchSize);
    // A read first: an idle queue costs no write.
    if (!(await due.executeTakeFirst())) return [];
    return db
      .updateTable('webhook_deliveries')
      .set({ due_at: at + leaseMs, lease_token: randomUUID() })
      .where('id', 'in', due)
      .where('due_at', '<=', at)
      .returning(['id', 'endpoint_id', 'event_id', 'payload', 'attempts', 'lease_token'])
      .execute() as Promise<Array<Claimed & { lease_token: string }>>;
  };

  const post = async (url: string, secret: string, delivery: Claimed): Promise<Attempt> => {
    const timestamp = Math.floor(now() / 1000);
    const controller = new AbortController();
    inFlight.add(controller);
    const timeout = setTimeout(() => controller.abort(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    const started = performance.now();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Shirube-Webhooks/1',
          'shirube-webhook-id': delivery.event_id,
          'shirube-webhook-timestamp': String(timestamp),
          'shirube-signature': signWebhook(secret, delivery.event_id, timestamp, delivery.payload),
        },
        body: delivery.payload,
        redirect: 'manual',
        signal: controller.signal,
      });
      const text = await response.text();
      const failed = response.status < 200 || response.status >= 300;
      return { status: response.status, error: failed ? `HTTP ${response.status}${text ? `: ${text}` : ''}`.slice(0, MAX_ERROR_LENGTH) : null, durationMs: Math.round(performance.now() - started), aborted: false };
    } catch (error) {
      const reason = controller.signal.aborted ? controller.signal.reason : error;
      return { status: null, error: describe(reason).slice(0, MAX_ERROR_LENGTH), durationMs: Math.round(performance.now() - started), aborted: stopped };
    } finally {
      clearTimeout(timeout);
      inFlight.delete(controller);
    }
  };

  const deliver = async (delivery: Claimed & { lease_token: string }, endpoints: Map<string, { url: string; secret: string }>): Promise<void> => {
    const endpoint = endpoints.get(delivery.endpoint_id);
    if (!endpoint) return;
    const attempt = await post(endpoint.url, endpoint.secret, delivery);
    const mine = db.updateTable('webhook_deliveries').where('id', '=', delivery.id).where('lease_token', '=', delivery.lease_token);
    if (attempt.aborted) {
      // Shutting down: not the receiver's failure, so it is due again at once, here or elsewhere.
      await mine.set({ due_at: now(), lease_token: null }).execute();
      return;
    }
    const attempts = Number(delivery.attempts) + 1;
    const at = now();
    const next = afterAttempt(outcomeOf(attempt.status), attempts, at, random, delays);
    await mine
      .set({
        status: next.status,
        attempts,
        due_at: next.dueAt,
        lease_token: null,
        last_attempt_at: at,
        last_status: attempt.status,
        last_error: attempt.error,
        last_duration_ms: attempt.durationMs,
      })
      .execute();
    if (next.disableEndpoint) await disableEndpoint(db, delivery.endpoint_id, 'gone', at);
  };

  const runOnce = async (): Promise<number> => {
    const claimed = await claim(now());
    if (claimed.length === 0) return 0;
    const rows = await db
      .selectFrom('webhook_endpoints')
      .select(['id', 'url', 'secret'])
      .where('id', 'in', [...new Set(claimed.map((d) => d.endpoint_id))])
      .execute();
    const endpoints = new Map(rows.map((row) => [row.id, row]));
    await Promise.all(claimed.map((delivery) => deliver(delivery as Claimed & { lease_token: string }, endpoints)));
    return claimed.length;
  };

  const prune = async (): Promise<number> => {
    prunedAt = now();
    const result = await db.deleteFrom('webhook_deliveries').where('due_at', 'is', null).where('created_at', '<', prunedAt - keepMs).executeTakeFirst();
    return Number(result.numDeletedRows);
  };

  const tick = async () => {
    timer = null;
    try {
      if (now() - prunedAt >= PRUNE_EVERY_MS) await prune();
      // A full batch: more may be due, so look again at once.
      while (!stopped && (await (running = runOnce())) === batchSize);
    } catch (error) {
      console.error('webhooks: dispatch failed', error);
    } finally {
      running = null;
      if (!stopped) timer = setTimeout(() => void tick(), pollMs);
    }
  };

  return {
    start() {
      stopped = false;
      timer ??= setTimeout(() => void tick(), 0);
    },
    runOnce,
    prune,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      for (const controller of inFlight) controller.abort(new Error('server shutting down'));
      await running?.catch(() => 0);
    },
  };
}

/** An error as one line: Node's fetch hides the cause (ECONNREFUSED …) one level down. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ? `${error.message} (${cause.code})` : cause?.message ? `${error.message}: ${cause.message}` : error.message;
}
