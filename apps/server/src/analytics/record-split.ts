import { splitGroup } from '@shirube/core';
import type { ShirubeEvent, Split } from '@shirube/schema';
import { sql } from 'kysely';
import { bulkInsert, selectWithin, type BulkInsert } from '../db/bulk-statements.js';
import type { Database } from '../db/database.js';
import { jsonText, laterOf } from '../db/sql-functions.js';
import { getPublishedVersion } from '../guides/guide-versions.repo.js';
import { asStored } from '../events/event-row.js';
import type { StoredEvent } from '../people/people-of-batch.js';

type SplitAssigned = Extract<ShirubeEvent, { type: 'split_assigned' }>;

/**
 * Folds a batch's newly stored events into the A/B tables: assignments (checked against the side
 * the server computes from the guide version's split), goal events, and the track names seen.
 * Ignored assignments are counted per guide and logged.
 */
export async function recordSplitEvents(trx: Database, projectId: string, stored: readonly StoredEvent[]): Promise<void> {
  const splits = new Map<string, Split | null>();
  const splitOf = async (guideId: string, version: number) => {
    const cacheKey = `${version}:${guideId}`;
    if (!splits.has(cacheKey)) splits.set(cacheKey, (await getPublishedVersion(trx, projectId, guideId, version))?.targeting?.split ?? null);
    return splits.get(cacheKey)!;
  };
  const trackNames = new Map<string, number>();
  const goals = await possibleGoals(trx, projectId, stored);
  let rejected = 0;
  for (const { event, userKey, at } of stored) {
    if (event.type === 'track') {
      // Keyed as stored: two spellings of one stored name must not be two rows of one upsert.
      const name = asStored(event.name);
      trackNames.set(name, Math.max(at, trackNames.get(name) ?? 0));
      if (!goals || goals.has(goalKey(userKey, name))) await recordGoalEvent(trx, projectId, event.name, userKey, at);
    } else if (event.type === 'split_assigned') {
      const split = await splitOf(event.guideId, event.guideVersion);
      if (!split) continue;
      if (sideAgrees(split, event)) await recordSplitAssignment(trx, projectId, event, split, userKey, at);
      else {
        rejected++;
        await recordSplitRejection(trx, projectId, event.guideId, at);
      }
    }
  }
  await recordTrackNames(trx, projectId, trackNames);
  if (rejected > 0) console.warn(`[shirube] project ${projectId}: ignored ${rejected} split_assigned event(s) whose side is not the one the server computes`);
}

const goalKey = (userKey: string, goal: string) => `${userKey}\n${goal}`;

/**
 * The (user, goal event) pairs of the experiments the users of `stored` are members of, read once,
 * so that a track event that is no one's goal costs no statement. Null (every track event may
 * convert) when the events assign users themselves.
 */
async function possibleGoals(trx: Database, projectId: string, stored: readonly StoredEvent[]): Promise<Set<string> | null> {
  if (stored.some(({ event }) => event.type === 'split_assigned')) return null;
  const userKeys = [...new Set(stored.flatMap(({ event, userKey }) => (event.type === 'track' ? [userKey] : [])))];
  const members = await selectWithin<{ user_key: string; goal_event: string }>(trx, 'split_members', ['user_key', 'goal_event'], { project_id: projectId }, { user_key: userKeys });
  return new Set(members.map((member) => goalKey(member.user_key, member.goal_event)));
}

/**
 * Whether a reported side is the one core computes. The SDK keys the draw by the user id once
 * known, else the device id; an assignment made just before sign-in is sent with the user id the
 * SDK gave it afterwards, so the device id's draw is accepted too.
 */
export function sideAgrees(split: Split, event: SplitAssigned): boolean {
  const keys = event.userId ? [event.userId, event.anonymousId] : [event.anonymousId];
  return keys.some((key) => splitGroup(split, event.guideId, key) === event.group);
}

/** The user's first goal event at or after `from`, from the raw events (this batch's included). */
async function firstGoalSince(trx: Database, projectId: string, userKey: string, goal: string, from: number): Promise<number | null> {
  const row = await trx
    .selectFrom('events')
    .select((eb) => eb.fn.min<number>('server_ts').as('at'))
    .where('project_id', '=', projectId)
    .where('user_key', '=', userKey)
    .where('type', '=', 'track')
    .where('server_ts', '>=', from)
    .where(jsonText(trx, 'data', 'name'), '=', goal)
    .executeTakeFirst();
  return row?.at === null || row?.at === undefined ? null : Number(row.at);
}

/**
 * Makes the user a member of the guide's holdout experiment on the side they were assigned, inside
 * the ingest transaction. The earliest assignment wins: an earlier one arriving late replaces a
 * later one, and conversion is recomputed from the raw events, so a goal event stored before its
 * assignment arrived still counts when it happened at or after the assignment.
 */
export async function recordSplitAssignment(trx: Database, projectId: string, event: SplitAssigned, split: Split, userKey: string, at: number): Promise<void> {
  const key = { project_id: projectId, guide_id: event.guideId, user_key: userKey };
  const existing = await trx.selectFrom('split_members').select('assigned_at').where((eb) => eb.and(key)).executeTakeFirst();
  if (existing && Number(existing.assigned_at) <= at) return;
  const member = {
    side: event.group,
    version: event.guideVersion,
    goal_event: split.goalEvent,
    assigned_at: at,
    converted_at: await firstGoalSince(trx, projectId, userKey, split.goalEvent, at),
  };
  if (existing) await trx.updateTable('split_members').set(member).where((eb) => eb.and(key)).execute();
  else await trx.insertInto('split_members').values({ ...key, ...member }).execute();
}

/** Counts an assignment ignored because its side disagrees with the server's (a tampered or broken client). */
export async function recordSplitRejection(trx: Database, projectId: string, guideId: string, at: number): Promise<void> {
  await trx
    .insertInto('split_rejections')
    .values({ project_id: projectId, guide_id: guideId, rejected: 1, last_rejected_at: at })
    .onConflict((oc) => oc.columns(['project_id', 'guide_id']).doUpdateSet({ rejected: sql<number>`split_rejections.rejected + 1`, last_rejected_at: laterOf(trx, 'split_rejections.last_rejected_at', 'excluded.last_rejected_at') }))
    .execute();
}

/**
 * A track event: converts the user in every experiment whose goal it is and that they had been
 * assigned to by then (earlier goal events do not count), keeping the earliest conversion.
 */
export async function recordGoalEvent(trx: Database, projectId: string, name: string, userKey: string, at: number): Promise<void> {
  await trx
    .updateTable('split_members')
    .set({ converted_at: at })
    .where('project_id', '=', projectId)
    .where('user_key', '=', userKey)
    .where('goal_event', '=', name)
    .where('assigned_at', '<=', at)
    .where((eb) => eb.or([eb('converted_at', 'is', null), eb('converted_at', '>', at)]))
    .execute();
}

/** Remembers the track names of a batch, offered to authors as A/B goals. */
export async function recordTrackNames(trx: Database, projectId: string, lastSeen: ReadonlyMap<string, number>): Promise<void> {
  await bulkInsert(trx, TRACK_NAMES, [...lastSeen].map(([name, at]) => [projectId, name, at]));
}

const TRACK_NAMES: BulkInsert = { table: 'track_event_names', columns: ['project_id', 'name', 'last_seen_at'], conflict: ['project_id', 'name'], update: { last_seen_at: 'later' } };
