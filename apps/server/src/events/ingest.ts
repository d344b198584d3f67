import type { EventBatch, EventBatchResult } from '@shirube/schema';
import { foldGuideEvent } from '../analytics/guide-fold.js';
import { keyOf } from '../analytics/fold-state.js';
import { recordSplitEvents } from '../analytics/record-split.js';
import { hasCompletedChecklist, isChecklistEvent, recordChecklistEvent } from '../checklists/checklist-events.js';
import { insertNew, type BulkInsert } from '../db/bulk-statements.js';
import type { Database } from '../db/database.js';
import type { EventsTable } from '../db/schema.js';
import { recordHelpSearch } from '../help/help-searches.repo.js';
import { peopleOfBatch, type StoredEvent } from '../people/people-of-batch.js';
import { foldPerson } from '../people/people-fold.js';
import { subscriptionsOf } from '../webhooks/subscriptions-cache.js';
import { createWebhookOutbox } from '../webhooks/webhook-outbox.js';
import { toEventRow } from './event-row.js';
import { guideFactsOf, isGuideEvent, loadFoldRows } from './fold-rows.js';
import { writeFoldChanges } from './fold-writes.js';

/** A validated batch of one project, with the time the server received it. */
export interface ReceivedBatch {
  projectId: string;
  batch: EventBatch;
  receivedAt: number;
}

const EVENT_COLUMNS = [
  'project_id', 'id', 'type', 'guide_id', 'guide_version', 'step_id', 'step_index', 'user_key',
  'anonymous_id', 'user_id', 'account_id', 'client_ts', 'server_ts', 'received_at', 'path', 'data',
] as const satisfies ReadonlyArray<keyof EventsTable>;

const INSERT_EVENTS: BulkInsert = { table: 'events', columns: EVENT_COLUMNS, conflict: ['project_id', 'id'] };

const eventKey = (projectId: string, id: string) => `${projectId}\n${id}`;

/**
 * Stores a validated batch in one write transaction; see `ingestBatches`. The result is returned
 * after commit, so a 202 means the data is durable.
 */
export async function ingestBatch(db: Database, projectId: string, batch: EventBatch, receivedAt = Date.now()): Promise<EventBatchResult> {
  const [result] = await ingestBatches(db, [{ projectId, batch, receivedAt }]);
  return result!;
}

/** Stores several batches (of any projects) in one write transaction; one result per batch, in order. */
export function ingestBatches(db: Database, batches: readonly ReceivedBatch[]): Promise<EventBatchResult[]> {
  return db.transaction().execute((trx) => storeBatches(trx, batches));
}

/**
 * Each event is inserted unless its id is already known (a retry, or an earlier batch of the same
 * group), and only newly inserted events update the people and analytics tables, so a duplicate
 * changes nothing. The batches are folded in order, with the same result as storing them one
 * after the other. Events naming a guide version this project does not have are kept raw only, as
 * are checklist events naming another project's guide.
 */
async function storeBatches(trx: Database, batches: readonly ReceivedBatch[]): Promise<EventBatchResult[]> {
  const firsts = new Set<string>();
  const rows: Array<{ row: EventsTable; batch: number; event: EventBatch['events'][number] }> = [];
  batches.forEach(({ projectId, batch, receivedAt }, index) => {
    for (const event of batch.events) {
      const key = eventKey(projectId, event.id);
      if (firsts.has(key)) continue;
      firsts.add(key);
      rows.push({ row: toEventRow(projectId, event, batch.sentAt, receivedAt), batch: index, event });
    }
  });
  const inserted = await insertNew(trx, INSERT_EVENTS, rows.map(({ row }) => EVENT_COLUMNS.map((column) => row[column])));

  const storedPerBatch: StoredEvent[][] = batches.map(() => []);
  rows.forEach(({ row, batch, event }, i) => {
    if (inserted[i]) storedPerBatch[batch]!.push({ event, userKey: row.user_key, at: row.server_ts });
  });
  const projects = new Map<string, StoredEvent[][]>();
  batches.forEach(({ projectId }, index) => {
    if (!projects.has(projectId)) projects.set(projectId, []);
    projects.get(projectId)!.push(storedPerBatch[index]!);
  });
  for (const [projectId, stored] of projects) await foldProject(trx, projectId, stored);
  return batches.map(({ batch }, index) => ({ accepted: storedPerBatch[index]!.length, duplicates: batch.events.length - storedPerBatch[index]!.length }));
}

/** Folds one project's newly stored events, batch by batch, into the people and analytics tables. */
async function foldProject(trx: Database, projectId: string, batches: readonly StoredEvent[][]): Promise<void> {
  const all = batches.flat();
  if (all.length === 0) return;
  const facts = await guideFactsOf(trx, projectId, all);
  const rows = await loadFoldRows(trx, projectId, all, facts);
  const before = structuredClone(rows);
  // Only projects with enabled endpoints pay for webhooks: a cached lookup otherwise.
  const subscriptions = await subscriptionsOf(trx, projectId);
  const outbox = subscriptions.length > 0 ? createWebhookOutbox(projectId, subscriptions) : null;
  for (const stored of batches) {
    // People first: an onboarding guide's events credit the account the batch names.
    for (const update of peopleOfBatch(stored)) foldPerson(rows.project, rows.users.get(update.userKey)!, update);
    for (const { event, userKey, at } of stored) {
      if (!isGuideEvent(event)) continue;
      const guide = facts.get(keyOf(event.guideId, event.guideVersion));
      if (!guide) continue;
      outbox?.guideEvent(rows.users.get(userKey)!, event, at);
      foldGuideEvent(rows.project, rows.users.get(userKey)!, event, at, guide.onboarding);
    }
  }
  await writeFoldChanges(trx, projectId, before, rows);

  const checklists = await projectGuideIds(trx, projectId, all);
  for (const { event, userKey, at } of all) {
    if (event.type === 'help_search') await recordHelpSearch(trx, projectId, event, userKey, at);
    else if (isChecklistEvent(event) && checklists.has(event.guideId)) {
      await outbox?.checklistEvent(rows.users.get(userKey)!, event, at, () => hasCompletedChecklist(trx, projectId, event.guideId, userKey));
      await recordChecklistEvent(trx, projectId, event, userKey, at);
    }
  }
  await recordSplitEvents(trx, projectId, all);
  await outbox?.write(trx, rows.project);
}

/** Which of the guides the checklist events name belong to the project. */
async function projectGuideIds(trx: Database, projectId: string, events: readonly StoredEvent[]): Promise<Set<string>> {
  const named = [...new Set(events.flatMap(({ event }) => (isChecklistEvent(event) ? [event.guideId] : [])))];
  if (named.length === 0) return new Set();
  const rows = await trx.selectFrom('guides').select('id').where('project_id', '=', projectId).where('id', 'in', named).execute();
  return new Set(rows.map((row) => row.id));
}
