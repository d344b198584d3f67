import type { Database } from '../db/database.js';
import type { WebhookEventType } from './webhook-types.js';

/**
 * How long a project's enabled endpoints are remembered. Ingestion asks for every group of
 * batches; within this time the answer costs a map read. A change made by this process is seen
 * at once (`forgetSubscriptions`), one made by another server process within this time.
 */
export const SUBSCRIPTIONS_CACHE_MS = 1_000;

/** An enabled endpoint and the event types it receives. */
export interface Subscription {
  endpointId: string;
  eventTypes: ReadonlySet<WebhookEventType>;
}

interface Cached {
  subscriptions: Subscription[];
  until: number;
  generation: number;
}

// Keyed by project id alone: ingestion asks inside its transaction, a different handle per group.
const cache = new Map<string, Cached>();
const MAX_PROJECTS = 10_000;
// Bumped by every endpoint change, so no answer read before it is served after it.
let generation = 0;

/** The project's enabled endpoints, read at most once per `SUBSCRIPTIONS_CACHE_MS` (projects without any are remembered too). */
export async function subscriptionsOf(db: Database, projectId: string, now = Date.now()): Promise<Subscription[]> {
  const hit = cache.get(projectId);
  if (hit && hit.until > now && hit.generation === generation) return hit.subscriptions;
  const loadedIn = generation;
  const rows = await db.selectFrom('webhook_endpoints').select(['id', 'event_types']).where('project_id', '=', projectId).where('enabled', '=', 1).execute();
  const subscriptions = rows.map((row) => ({ endpointId: row.id, eventTypes: new Set(JSON.parse(row.event_types) as WebhookEventType[]) }));
  if (cache.size >= MAX_PROJECTS) cache.clear();
  if (loadedIn === generation) cache.set(projectId, { subscriptions, until: now + SUBSCRIPTIONS_CACHE_MS, generation });
  return subscriptions;
}

/** Forgets every remembered answer: run after any change to endpoints. */
export function forgetSubscriptions(): void {
  generation++;
}
