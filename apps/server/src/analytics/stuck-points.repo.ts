import { TARGET_MISSING_REASONS, type PublishedGuide, type TargetMissingReason } from '@shirube/schema';
import type { Database } from '../db/database.js';
import type { StuckPoint, StuckPoints } from './analytics-types.js';

/** What decides which steps are listed and which count as broken. */
export interface StuckOptions {
  brokenThreshold: number;
  minViewers: number;
  limit: number;
}

/** Step titles and count of a published version: all the ranking needs of its immutable snapshot. */
type Outline = { steps: Array<{ id: string; title: string }> };
const outlines = new Map<string, Outline>();
const OUTLINE_CACHE_SIZE = 5_000;

/** Snapshots never change, so their outlines are parsed once per process. */
export function outlineOf(guideId: string, version: number, snapshot: string): Outline {
  const key = `${version}:${guideId}`;
  let outline = outlines.get(key);
  if (!outline) {
    const parsed = JSON.parse(snapshot) as PublishedGuide;
    outline = { steps: parsed.steps.map((s) => ({ id: s.id, title: s.title })) };
    if (outlines.size >= OUTLINE_CACHE_SIZE) outlines.delete(outlines.keys().next().value!);
    outlines.set(key, outline);
  }
  return outline;
}

/**
 * Steps of every live guide version ranked by where users are lost: steps whose element goes
 * missing for more than `brokenThreshold` of viewers come first (they are bugs, not content), then
 * the rest by users lost × drop rate, so a big leak outranks a small one with a high rate. Reads
 * only counters maintained at ingest.
 */
export async function readStuckPoints(db: Database, projectId: string, options: StuckOptions): Promise<StuckPoints> {
  const live = db
    .selectFrom('guides')
    .innerJoin('guide_versions', (join) => join.onRef('guide_versions.guide_id', '=', 'guides.id').onRef('guide_versions.version', '=', 'guides.version'))
    .where('guides.project_id', '=', projectId)
    .where('guides.status', '=', 'published')
    .where('guides.deleted_at', 'is', null);
  const [guides, steps, totals] = await Promise.all([
    live.select(['guides.id', 'guides.name', 'guides.version', 'guide_versions.snapshot']).execute(),
    live
      .innerJoin('guide_step_stats as s', (join) => join.onRef('s.guide_id', '=', 'guides.id').onRef('s.version', '=', 'guides.version'))
      .where('s.project_id', '=', projectId)
      .select(['s.guide_id', 's.step_index', 's.viewed_users', 's.missing_users', 's.missing_not_found', 's.missing_not_visible', 's.missing_ambiguous'])
      .execute(),
    live
      .innerJoin('guide_stats as t', (join) => join.onRef('t.guide_id', '=', 'guides.id').onRef('t.version', '=', 'guides.version'))
      .where('t.project_id', '=', projectId)
      .select(['t.guide_id', 't.completed_users'])
      .execute(),
  ]);
  const stepsByGuide = new Map<string, Map<number, (typeof steps)[number]>>();
  for (const row of steps) {
    const byIndex = stepsByGuide.get(row.guide_id) ?? new Map();
    byIndex.set(Number(row.step_index), row);
    stepsByGuide.set(row.guide_id, byIndex);
  }
  const completedByGuide = new Map(totals.map((t) => [t.guide_id, Number(t.completed_users)]));

  const points: StuckPoint[] = [];
  for (const guide of guides) {
    const outline = outlineOf(guide.id, Number(guide.version), guide.snapshot);
    const counters = stepsByGuide.get(guide.id);
    if (!counters) continue;
    const viewedAt = (index: number) => Number(counters.get(index)?.viewed_users ?? 0);
    outline.steps.forEach((step, index) => {
      const row = counters.get(index);
      const viewedUsers = viewedAt(index);
      if (!row || viewedUsers < options.minViewers) return;
      const reached = index + 1 < outline.steps.length ? viewedAt(index + 1) : (completedByGuide.get(guide.id) ?? 0);
      const lostUsers = Math.max(0, viewedUsers - reached);
      const dropOffRate = lostUsers / viewedUsers;
      const missingUsers = Number(row.missing_users);
      const missingShare = missingUsers / viewedUsers;
      const reasons: Record<TargetMissingReason, number> = {
        not_found: Number(row.missing_not_found),
        not_visible: Number(row.missing_not_visible),
        ambiguous: Number(row.missing_ambiguous),
      };
      const top = TARGET_MISSING_REASONS.reduce<TargetMissingReason | null>((best, r) => (reasons[r] > 0 && (best === null || reasons[r] > reasons[best]) ? r : best), null);
      points.push({
        guideId: guide.id,
        guideName: guide.name,
        version: Number(guide.version),
        stepId: step.id,
        stepIndex: index,
        stepTitle: step.title,
        stepCount: outline.steps.length,
        viewedUsers,
        lostUsers,
        dropOffRate,
        score: lostUsers * dropOffRate,
        targetMissingUsers: missingUsers,
        missingShare,
        topMissingReason: top,
        broken: missingShare > options.brokenThreshold,
      });
    });
  }
  points.sort(
    (a, b) =>
      Number(b.broken) - Number(a.broken) ||
      (a.broken ? b.targetMissingUsers - a.targetMissingUsers : 0) ||
      b.score - a.score ||
      b.lostUsers - a.lostUsers ||
      a.guideName.localeCompare(b.guideName) ||
      a.stepIndex - b.stepIndex,
  );
  return { brokenThreshold: options.brokenThreshold, minViewers: options.minViewers, points: points.filter((p) => p.lostUsers > 0 || p.broken).slice(0, options.limit) };
}
