import { segmentIdsOf, uuidv7, type Audience, type SegmentInput, type SegmentRules, type SegmentSchema, type Targeting } from '@shirube/schema';
import type * as v from 'valibot';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';

/** A saved segment as the APIs show it, with the guides that use it. */
export type Segment = v.InferOutput<typeof SegmentSchema>;

/** Each live or draft guide of the project and the segment ids its draft and live version refer to. */
async function segmentUse(db: Database, projectId: string): Promise<Array<{ name: string; ids: Set<string> }>> {
  const rows = await db
    .selectFrom('guides')
    .leftJoin('guide_versions', (join) => join.onRef('guide_versions.guide_id', '=', 'guides.id').onRef('guide_versions.version', '=', 'guides.version'))
    .select(['guides.name', 'guides.draft', 'guide_versions.snapshot'])
    .where('guides.project_id', '=', projectId)
    .where('guides.deleted_at', 'is', null)
    .execute();
  const audienceOf = (json: string | null) => (json ? (JSON.parse(json) as { targeting?: Targeting }).targeting?.audience : undefined);
  return rows.map((row) => ({ name: row.name, ids: new Set([...segmentIdsOf(audienceOf(row.draft)), ...segmentIdsOf(audienceOf(row.snapshot))]) }));
}

const toSegment = (
  row: { id: string; name: string; audience: string; created_at: number; updated_at: number },
  use: Array<{ name: string; ids: Set<string> }>,
): Segment => ({
  id: row.id,
  name: row.name,
  audience: JSON.parse(row.audience) as Audience,
  usedBy: use.filter((guide) => guide.ids.has(row.id)).map((guide) => guide.name),
  createdAt: new Date(Number(row.created_at)).toISOString(),
  updatedAt: new Date(Number(row.updated_at)).toISOString(),
});

/** The project's segments, by name. */
export async function listSegments(db: Database, projectId: string): Promise<Segment[]> {
  const rows = await db.selectFrom('segments').selectAll().where('project_id', '=', projectId).orderBy('name').orderBy('id').execute();
  const use = await segmentUse(db, projectId);
  return rows.map((row) => toSegment(row, use));
}

/** One segment of the project, or null. */
export async function getSegment(db: Database, projectId: string, id: string): Promise<Segment | null> {
  const row = await db.selectFrom('segments').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
  return row ? toSegment(row, await segmentUse(db, projectId)) : null;
}

export async function createSegment(db: Database, projectId: string, input: SegmentInput, now = Date.now()): Promise<Segment> {
  const row = { id: uuidv7(now), project_id: projectId, name: input.name, audience: JSON.stringify(input.audience), created_at: now, updated_at: now };
  await db.insertInto('segments').values(row).execute();
  return toSegment(row, []);
}

/** Replaces a segment's name and rules; every guide using it follows at once, without republishing. */
export async function updateSegment(db: Database, projectId: string, id: string, input: SegmentInput, now = Date.now()): Promise<Segment | null> {
  const result = await db
    .updateTable('segments')
    .set({ name: input.name, audience: JSON.stringify(input.audience), updated_at: now })
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0 ? getSegment(db, projectId, id) : null;
}

/** Deletes a segment no guide uses and returns it (null: no such segment); one in use is refused with 409 naming the guides. */
export async function deleteSegment(db: Database, projectId: string, id: string): Promise<Segment | null> {
  const segment = await getSegment(db, projectId, id);
  if (!segment) return null;
  if (segment.usedBy.length > 0) {
    throw new ApiError(409, 'segment_in_use', `segment: used by ${segment.usedBy.map((name) => `"${name}"`).join(', ')}; remove it from those guides first`);
  }
  await db.deleteFrom('segments').where('project_id', '=', projectId).where('id', '=', id).execute();
  return segment;
}

/** The rules of the given segments of the project, by id (unknown ids are left out). */
export async function segmentRules(db: Database, projectId: string, ids: readonly string[]): Promise<SegmentRules> {
  if (ids.length === 0) return {};
  const rows = await db.selectFrom('segments').select(['id', 'audience']).where('project_id', '=', projectId).where('id', 'in', [...new Set(ids)]).execute();
  return Object.fromEntries(rows.map((row) => [row.id, JSON.parse(row.audience) as Audience]));
}
