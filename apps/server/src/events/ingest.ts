import { GUIDE_EVENT_TYPES, type EventBatch, type EventBatchResult, type ShirubeEvent } from '@shirube/schema';
import { recordGuideEvent, type GuideEvent } from '../analytics/record-guide-event.js';
import type { Database } from '../db/database.js';
import { toEventRow } from './event-row.js';

const guideTypes = new Set<string>(GUIDE_EVENT_TYPES);
const isGuideEvent = (event: ShirubeEvent): event is GuideEvent => guideTypes.has(event.type);

/**
 * Stores a validated batch in one write transaction: each event is inserted unless its id is
 * already known (a retry), and only newly inserted guide events update the analytics tables, so a
 * duplicate changes nothing. Events naming a guide version this project does not have are kept raw
 * only. The result is returned after commit, so a 202 means the data is durable.
 */
export async function ingestBatch(db: Database, projectId: string, batch: EventBatch, receivedAt = Date.now()): Promise<EventBatchResult> {
  return db.transaction().execute(async (trx) => {
    const knownVersions = new Map<string, boolean>();
    const isKnownVersion = async (guideId: string, version: number) => {
      const cacheKey = `${version}:${guideId}`;
      let known = knownVersions.get(cacheKey);
      if (known === undefined) {
        const row = await trx
          .selectFrom('guide_versions')
          .innerJoin('guides', 'guides.id', 'guide_versions.guide_id')
          .select('guide_versions.version')
          .where('guides.project_id', '=', projectId)
          .where('guide_versions.guide_id', '=', guideId)
          .where('guide_versions.version', '=', version)
          .executeTakeFirst();
        known = row !== undefined;
        knownVersions.set(cacheKey, known);
      }
      return known;
    };

    let accepted = 0;
    let duplicates = 0;
    for (const event of batch.events) {
      const row = toEventRow(projectId, event, batch.sentAt, receivedAt);
      const result = await trx
        .insertInto('events')
        .values(row)
        .onConflict((oc) => oc.columns(['project_id', 'id']).doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) {
        duplicates++;
        continue;
      }
      accepted++;
      if (isGuideEvent(event) && (await isKnownVersion(event.guideId, event.guideVersion))) {
        await recordGuideEvent(trx, projectId, event, row.user_key, row.server_ts);
      }
    }
    return { accepted, duplicates };
  });
}
