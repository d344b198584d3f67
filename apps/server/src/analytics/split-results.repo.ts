import { compareSplit, type SplitComparison, type SplitSide } from '@shirube/core';
import type { PublishedGuide, Split } from '@shirube/schema';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { getGuide } from '../guides/guides.repo.js';

/** One side of an A/B holdout as the console shows it. */
export interface SplitSideResult extends SplitSide {
  /** converted / users, 0..1 (0 without users). */
  rate: number;
}

/** A guide's A/B holdout: who was on each side, who reached the goal, and what that shows. */
export interface SplitResults {
  guideId: string;
  guideName: string;
  /** The holdout read (null: no published version of the guide has one). */
  split: (Split & { version: number }) | null;
  shown: SplitSideResult;
  holdout: SplitSideResult;
  comparison: SplitComparison;
  /** Assignments ignored because the side a client reported is not the one the server computes. */
  rejectedAssignments: number;
  /** The first assignment counted (ISO), null before anyone was assigned. */
  firstAssignedAt: string | null;
}

/**
 * The split to read: that of `version` when named (404 when it does not exist), else the live
 * version's, else the latest version's that had one, so a finished test keeps its results.
 */
async function chosenSplit(db: Database, guideId: string, version: number | undefined): Promise<(Split & { version: number }) | null> {
  const rows = await db
    .selectFrom('guide_versions')
    .select(['version', 'snapshot'])
    .where('guide_id', '=', guideId)
    .$if(version !== undefined, (q) => q.where('version', '=', version!))
    .orderBy('version', 'desc')
    .execute();
  if (version !== undefined && rows.length === 0) throw notFound(`version: guide has no version ${version}`);
  for (const row of rows) {
    const split = (JSON.parse(row.snapshot) as PublishedGuide).targeting?.split;
    if (split) return { ...split, version: Number(row.version) };
  }
  return null;
}

/** Reads a guide's A/B results from the members ingest keeps; 404 when the guide does not exist. */
export async function readSplitResults(db: Database, projectId: string, guideId: string, version?: number): Promise<SplitResults> {
  const guide = await getGuide(db, projectId, guideId);
  if (!guide) throw notFound('Guide not found');
  const split = await chosenSplit(db, guide.id, version);
  const sides = { shown: { users: 0, converted: 0 }, holdout: { users: 0, converted: 0 } };
  let firstAssignedAt: number | null = null;
  if (split) {
    // Members assigned under another goal belong to another test of the same guide.
    const rows = await db
      .selectFrom('split_members')
      .select((eb) => ['side', eb.fn.countAll<number>().as('users'), eb.fn.count<number>('converted_at').as('converted'), eb.fn.min<number>('assigned_at').as('first')])
      .where('project_id', '=', projectId)
      .where('guide_id', '=', guide.id)
      .where('goal_event', '=', split.goalEvent)
      .groupBy('side')
      .execute();
    for (const row of rows) {
      sides[row.side] = { users: Number(row.users), converted: Number(row.converted) };
      firstAssignedAt = Math.min(firstAssignedAt ?? Infinity, Number(row.first));
    }
  }
  const rejected = await db
    .selectFrom('split_rejections')
    .select('rejected')
    .where('project_id', '=', projectId)
    .where('guide_id', '=', guide.id)
    .executeTakeFirst();
  const withRate = (side: SplitSide): SplitSideResult => ({ ...side, rate: side.users > 0 ? side.converted / side.users : 0 });
  return {
    guideId: guide.id,
    guideName: guide.name,
    split,
    shown: withRate(sides.shown),
    holdout: withRate(sides.holdout),
    comparison: compareSplit(sides.shown, sides.holdout),
    rejectedAssignments: Number(rejected?.rejected ?? 0),
    firstAssignedAt: firstAssignedAt === null ? null : new Date(firstAssignedAt).toISOString(),
  };
}

/** The track event names a project has sent, most recently seen first (offered as A/B goals). */
export async function readTrackEventNames(db: Database, projectId: string, limit: number): Promise<{ names: string[] }> {
  const rows = await db
    .selectFrom('track_event_names')
    .select('name')
    .where('project_id', '=', projectId)
    .orderBy('last_seen_at', 'desc')
    .orderBy('name')
    .limit(limit)
    .execute();
  return { names: rows.map((r) => r.name) };
}
