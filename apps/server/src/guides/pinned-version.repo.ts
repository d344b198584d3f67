import type { PublishedGuide } from '@shirube/schema';
import type { Database } from '../db/database.js';

/**
 * An earlier (or the current) published version of a guide that is still live, for end users who
 * are in the middle of it: a new version does not move them mid-way. Null when the guide is not
 * live in the project (a draft, archived, deleted) or has no such version.
 */
export async function getPinnedVersion(db: Database, projectId: string, guideId: string, version: number): Promise<PublishedGuide | null> {
  const row = await db
    .selectFrom('guide_versions')
    .innerJoin('guides', 'guides.id', 'guide_versions.guide_id')
    .select('guide_versions.snapshot')
    .where('guides.id', '=', guideId)
    .where('guides.project_id', '=', projectId)
    .where('guides.status', '=', 'published')
    .where('guides.deleted_at', 'is', null)
    .where('guide_versions.version', '=', version)
    .executeTakeFirst();
  return row ? (JSON.parse(row.snapshot) as PublishedGuide) : null;
}
