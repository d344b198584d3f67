import type { ShirubeEvent } from '@shirube/schema';
import type { EventsTable } from '../db/schema.js';

/** Characters a database cannot give back as sent: lone UTF-16 surrogates, and U+0000 on PostgreSQL. */
const NOT_STORABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g;

/**
 * An id as both databases give it back: U+FFFD in place of a lone surrogate (both drivers write
 * UTF-8) or U+0000 (PostgreSQL text cannot hold it). Ingest keys the rows it reads back by user
 * and account ids, so it keys them by this form from the start; then one id is one row.
 */
export const asStored = (text: string): string => text.replace(NOT_STORABLE, '\uFFFD');

/** The analytics identity of whoever sent an event: the user id when known, else the device. */
export function userKeyOf(event: ShirubeEvent): string {
  return asStored(event.userId ? event.userId : `anon:${event.anonymousId}`);
}

/**
 * Clock differences up to this are network time, not a wrong clock: within it, client timestamps
 * are kept as they are, so events of one batch keep the order and spacing the browser saw.
 */
export const CLOCK_SKEW_TOLERANCE_MS = 2_000;

/**
 * The client's timestamp moved onto the server clock. The batch carries the client's clock at
 * send time (`sentAt`); when it differs from the server's receive time by more than the
 * tolerance, the client clock is off by that much and every event shifts with it. Clamped to
 * [0, receivedAt]: a client cannot report events from the future.
 */
export function correctedTime(timestamp: number, sentAt: number, receivedAt: number, tolerance = CLOCK_SKEW_TOLERANCE_MS): number {
  const skew = receivedAt - sentAt;
  const onServerClock = Math.abs(skew) > tolerance ? timestamp + skew : timestamp;
  return Math.max(0, Math.min(receivedAt, onServerClock));
}

/** The fields specific to an event type, kept as JSON in `events.data`. */
function dataOf(event: ShirubeEvent): Record<string, unknown> | null {
  switch (event.type) {
    case 'target_missing':
      return { reason: event.reason };
    case 'split_assigned':
      return { group: event.group };
    case 'track':
      return { name: event.name, props: event.props ?? {} };
    case 'checklist_task_completed':
      return { taskId: event.taskId };
    case 'checklist_state':
      return { state: event.state };
    case 'identify':
      return { traits: event.traits ?? {}, accountTraits: event.accountTraits ?? {} };
    case 'help_search':
      return { query: event.query, resultCount: event.resultCount, ...(event.pickedGuideId && { pickedGuideId: event.pickedGuideId }) };
    case 'events_dropped':
      return { count: event.count };
    default:
      return null;
  }
}

/** The raw row stored for an event. */
export function toEventRow(projectId: string, event: ShirubeEvent, sentAt: number, receivedAt: number): EventsTable {
  const guide = 'guideId' in event ? event : null;
  const step = 'stepIndex' in event ? event : null;
  const data = dataOf(event);
  return {
    project_id: projectId,
    id: event.id,
    type: event.type,
    guide_id: guide?.guideId ?? null,
    guide_version: guide && 'guideVersion' in guide ? guide.guideVersion : null,
    step_id: step?.stepId ?? null,
    step_index: step?.stepIndex ?? null,
    user_key: userKeyOf(event),
    anonymous_id: event.anonymousId,
    user_id: event.userId ?? null,
    account_id: event.accountId ?? null,
    client_ts: event.timestamp,
    server_ts: correctedTime(event.timestamp, sentAt, receivedAt),
    received_at: receivedAt,
    path: event.path,
    data: data ? JSON.stringify(data) : null,
  };
}
