import { GuideInputSchema, parseWith, type GuideInput, type PublishedGuide } from '@shirube/schema';
import { inTransaction, type Database } from '../db/database.js';
import { getPublishedVersion, publishGuide } from '../guides/guide-versions.repo.js';
import { createGuide } from '../guides/guides.repo.js';

/**
 * The live version of the project's guide named `input.name`: found again on later runs (found
 * by name, so an author's edits to it are kept), created from `input` and published otherwise.
 */
export function ensurePublishedGuide(db: Database, projectId: string, input: GuideInput): Promise<PublishedGuide> {
  // One transaction: two processes seeding at once find the guide the other made instead of adding a second.
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('guides')
      .select(['id', 'version'])
      .where('project_id', '=', projectId)
      .where('name', '=', input.name)
      .where('deleted_at', 'is', null)
      .orderBy('created_at')
      .executeTakeFirst();
    let guideId = row?.id;
    let version = Number(row?.version ?? 0);
    if (!guideId) {
      const parsed = parseWith(GuideInputSchema, input);
      if (!parsed.ok) throw new Error(`The demo guide "${input.name}" is invalid: ${parsed.message}`);
      guideId = (await createGuide(trx, projectId, parsed.value)).id;
    }
    if (version === 0) version = (await publishGuide(trx, projectId, guideId))!.version;
    const live = await getPublishedVersion(trx, projectId, guideId, version);
    if (!live) throw new Error(`The demo guide "${input.name}" has no version ${version}`);
    return live;
  });
}
