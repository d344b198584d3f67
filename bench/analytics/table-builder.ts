import { GUIDE_EVENT_TYPES } from '@shirube/schema';
import type SQLite from 'better-sqlite3';
import type { GuideEvent } from '../../apps/server/src/analytics/guide-event.js';
import { toEventRow } from '../../apps/server/src/events/event-row.js';
import { peopleOfBatch, type StoredEvent } from '../../apps/server/src/people/people-of-batch.js';
import { keyOf, newProjectState, newUserState, type UserState } from '../../apps/server/src/analytics/fold-state.js';
import { foldGuideEvent } from '../../apps/server/src/analytics/guide-fold.js';
import type { ReceivedBatch } from './journeys.js';
import { foldPerson } from '../../apps/server/src/people/people-fold.js';
import { sinkOf, type RowSink } from './row-sink.js';
import { createTableWriter } from './table-writer.js';

/** What ingest looks up per guide version: whether it exists, and whether it counts as onboarding. */
export type GuideFacts = Map<string, { onboarding: boolean }>;

/** The facts key of a guide version. */
export const guideVersionKey = (guideId: string, version: number) => keyOf(guideId, version);

/**
 * Builds the raw and derived tables the way `ingestBatch` would, one user at a time: each batch's
 * events are stored raw (duplicates skipped), folded into the user's people rows with the server's
 * own `peopleOfBatch`, then guide event by guide event. A user's rows are written when their last
 * batch is folded; project-wide counters in `finish`. Rows go to a sink (a SQLite connection
 * stands for its own sink); callers wrap calls in transactions.
 */
export interface TableBuilder {
  /** Folds and writes all batches of one user, in arrival order; returns the events stored. */
  addUser(batches: readonly ReceivedBatch[]): number;
  /** Writes the counters that span users. Call once, after the last user. */
  finish(): void;
}

const guideTypes = new Set<string>(GUIDE_EVENT_TYPES);
const isGuideEvent = (event: StoredEvent['event']): event is GuideEvent => guideTypes.has(event.type);

export function createTableBuilder(target: SQLite.Database | RowSink, projectId: string, facts: GuideFacts): TableBuilder {
  const writer = createTableWriter(sinkOf(target), projectId);
  const project = newProjectState();
  return {
    addUser(batches) {
      let user: UserState | null = null;
      let storedCount = 0;
      for (const { receivedAt, batch } of batches) {
        const stored: StoredEvent[] = [];
        for (const event of batch.events) {
          const row = toEventRow(projectId, event, batch.sentAt, receivedAt);
          user ??= newUserState(row.user_key);
          if (row.user_key !== user.userKey) throw new Error(`addUser takes one user's batches; got ${row.user_key} after ${user.userKey}`);
          if (writer.insertEvent(row)) stored.push({ event, userKey: row.user_key, at: row.server_ts });
        }
        if (!user) continue;
        for (const update of peopleOfBatch(stored)) foldPerson(project, user, update);
        for (const { event, at } of stored) {
          if (!isGuideEvent(event)) continue;
          const guide = facts.get(guideVersionKey(event.guideId, event.guideVersion));
          if (guide) foldGuideEvent(project, user, event, at, guide.onboarding);
        }
        storedCount += stored.length;
      }
      if (user) writer.writeUser(user);
      return storedCount;
    },
    finish: () => writer.writeProject(project),
  };
}
