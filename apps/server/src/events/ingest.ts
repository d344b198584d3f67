import { GUIDE_EVENT_TYPES, type EventBatch, type EventBatchResult, type ShirubeEvent } from '@shirube/schema';
import { recordGuideEvent, type GuideEvent, type GuideFacts } from '../analytics/record-guide-event.js';
import { isChecklistEvent, recordChecklistEvent } from '../checklists/checklist-events.js';
import { recordSplitEvents } from '../analytics/record-split.js';
import type { Database } from '../db/database.js';
import { recordHelpSearch } from '../help/help-searches.repo.js';
import { peopleOfBatch, type StoredEvent } from '../people/people-of-batch.js';
import { recordPeople } from '../people/people.repo.js';
import { toEventRow } from './event-row.js';

const guideTypes = new Set<string>(GUIDE_EVENT_TYPES);
const isGuideEvent = (event: ShirubeEvent): event is GuideEvent => guideTypes.has(event.type);

/**
 * Stores a validated batch in one write transaction: each event is inserted unless its id is
 * already known (a retry), and only newly inserted events update the people and analytics tables,
 * so a duplicate changes nothing. Events naming a guide version this project does not have are
 * kept raw only, as are checklist events naming another project's guide. The result is returned after commit, so a 202 means the data is durable.
 */
export async function ingestBatch(db: Database, projectId: string, batch: EventBatch, receivedAt = Date.now()): Promise<EventBatchResult> {
  return db.transaction().execute(async (trx) => {
    const guideFacts = new Map<string, GuideFacts | null>();
    const factsOf = async (guideId: string, version: number): Promise<GuideFacts | null> => {
      const cacheKey = `${version}:${guideId}`;
      if (guideFacts.has(cacheKey)) return guideFacts.get(cacheKey)!;
      const row = await trx
        .selectFrom('guide_versions')
        .innerJoin('guides', 'guides.id', 'guide_versions.guide_id')
        .select(['guides.onboarding', 'guides.deleted_at'])
        .where('guides.project_id', '=', projectId)
        .where('guide_versions.guide_id', '=', guideId)
        .where('guide_versions.version', '=', version)
        .executeTakeFirst();
      const facts = row ? { onboarding: Number(row.onboarding) === 1 && row.deleted_at === null } : null;
      guideFacts.set(cacheKey, facts);
      return facts;
    };

    const checklists = new Map<string, boolean>();
    const isProjectChecklist = async (guideId: string): Promise<boolean> => {
      if (!checklists.has(guideId)) {
        const row = await trx.selectFrom('guides').select('id').where('id', '=', guideId).where('project_id', '=', projectId).executeTakeFirst();
        checklists.set(guideId, row !== undefined);
      }
      return checklists.get(guideId)!;
    };

    const stored: StoredEvent[] = [];
    let duplicates = 0;
    for (const event of batch.events) {
      const row = toEventRow(projectId, event, batch.sentAt, receivedAt);
      const result = await trx
        .insertInto('events')
        .values(row)
        .onConflict((oc) => oc.columns(['project_id', 'id']).doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) duplicates++;
      else stored.push({ event, userKey: row.user_key, at: row.server_ts });
    }

    // People first: an onboarding guide's events credit the account the batch names.
    await recordPeople(trx, projectId, peopleOfBatch(stored));
    for (const { event, userKey, at } of stored) {
      if (event.type === 'help_search') await recordHelpSearch(trx, projectId, event, userKey, at);
      if (isChecklistEvent(event)) {
        if (await isProjectChecklist(event.guideId)) await recordChecklistEvent(trx, projectId, event, userKey, at);
        continue;
      }
      if (!isGuideEvent(event)) continue;
      const facts = await factsOf(event.guideId, event.guideVersion);
      if (facts) await recordGuideEvent(trx, projectId, event, userKey, at, facts);
    }
    await recordSplitEvents(trx, projectId, stored);
    return { accepted: stored.length, duplicates };
  });
}
