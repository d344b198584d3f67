import type { Guide } from '@shirube/schema';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { getPublishedVersion } from '../guides/guide-versions.repo.js';
import { getGuide } from '../guides/guides.repo.js';
import type { CohortFilter } from './analytics-query.js';
import type { GuideAnalytics } from './analytics-types.js';
import { readFunnel, type FunnelWithTrend } from './funnel.repo.js';

/** Which versions to read: the live one unless named, and optionally a second to compare. */
export interface VersionChoice {
  version?: number | undefined;
  compare?: number | undefined;
}

/** One version's funnel and trend, 404 when the guide or version does not exist. */
export async function readVersionFunnel(db: Database, projectId: string, guideId: string, version: number | undefined, cohort: CohortFilter): Promise<FunnelWithTrend> {
  const guide = await getGuide(db, projectId, guideId);
  if (!guide) throw notFound('Guide not found');
  return funnelOfVersion(db, projectId, guide, version, cohort);
}

/** The funnel of a version of a guide already read: the page reads the guide once, not once per funnel. */
async function funnelOfVersion(db: Database, projectId: string, guide: Guide, version: number | undefined, cohort: CohortFilter): Promise<FunnelWithTrend> {
  const wanted = version ?? guide.version;
  if (wanted === 0) throw notFound('This guide has not been published yet, so it has no funnel');
  const snapshot = await getPublishedVersion(db, projectId, guide.id, wanted);
  if (!snapshot) throw notFound(`version: guide has no version ${wanted}`);
  return readFunnel(db, projectId, snapshot, cohort);
}

/** Everything the guide analytics page shows, for one version and optionally a second beside it. */
export async function readGuideAnalytics(db: Database, projectId: string, guideId: string, choice: VersionChoice, cohort: CohortFilter): Promise<GuideAnalytics> {
  const guide = await getGuide(db, projectId, guideId);
  if (!guide) throw notFound('Guide not found');
  const [main, comparison, versions] = await Promise.all([
    funnelOfVersion(db, projectId, guide, choice.version, cohort),
    choice.compare === undefined ? undefined : funnelOfVersion(db, projectId, guide, choice.compare, cohort),
    db
      .selectFrom('guide_versions')
      .select(['version', 'published_at'])
      .where('guide_id', '=', guide.id)
      .orderBy('version', 'desc')
      .execute(),
  ]);
  return {
    guideId: guide.id,
    guideName: guide.name,
    versions: versions.map((v) => ({ version: Number(v.version), publishedAt: new Date(Number(v.published_at)).toISOString() })),
    filter: cohort.filter,
    funnel: main.funnel,
    trend: main.trend,
    ...(comparison && { comparison }),
  };
}
