import { checklistPublishProblem, parseWith, PublishedGuideSchema, segmentIdsOf, targetingPublishProblem, type Guide, type PublishedGuide } from '@shirube/schema';
import { inTransaction, type Database } from '../db/database.js';
import { badRequest } from '../errors.js';
import { segmentRules } from '../segments/segments.repo.js';
import { getGuide, type WriteContext } from './guides.repo.js';

/**
 * Snapshots the draft as the next immutable version and makes it live. Returns null when the guide
 * does not exist; throws 400 (naming `steps`, or the checklist field at fault) when there is nothing to show.
 */
export async function publishGuide(
  db: Database,
  projectId: string,
  guideId: string,
  context: WriteContext = {},
): Promise<{ guide: Guide; version: number } | null> {
  return inTransaction(db, (trx) => publishDraft(trx, projectId, guideId, context));
}

/** `publishGuide` inside a transaction the caller already holds (rollback edits the draft first). */
export async function publishDraft(
  trx: Database,
  projectId: string,
  guideId: string,
  { now = Date.now(), by = null }: WriteContext = {},
): Promise<{ guide: Guide; version: number } | null> {
  const current = await getGuide(trx, projectId, guideId);
  if (!current) return null;
  if (current.kind === 'checklist') {
    const unready = checklistPublishProblem(current.checklist);
    if (unready) throw badRequest(unready);
  } else if (current.steps.length === 0) throw badRequest('steps: a guide needs at least one step to be published');
  const problem = targetingPublishProblem(current.targeting);
  if (problem) throw badRequest(problem);
  await checkSegmentsExist(trx, projectId, current);
  const version = current.version + 1;
  const snapshot: PublishedGuide = {
    id: current.id,
    version,
    name: current.name,
    kind: current.kind,
    steps: current.steps,
    displayRules: current.displayRules,
    theme: current.theme,
    targeting: current.targeting,
    ...(current.checklist && { checklist: current.checklist }),
    // Only hotspots use it: other kinds' snapshots stay as they were.
    ...(current.kind === 'hotspots' && { hotspotVisibility: current.hotspotVisibility }),
    ...(current.helpLauncher ? { helpLauncher: true } : {}),
    // Untranslated guides' snapshots stay as they were.
    ...(Object.keys(current.translations).length > 0 && { defaultLocale: current.defaultLocale, translations: current.translations }),
  };
  // Drafts are validated on write; this guards the immutable snapshot against older draft formats.
  const checked = parseWith(PublishedGuideSchema, snapshot);
  if (!checked.ok) throw badRequest(checked.message);
  await trx
    .insertInto('guide_versions')
    .values({ guide_id: guideId, version, snapshot: JSON.stringify(checked.value), published_at: now, published_by: by })
    .execute();
  await trx.updateTable('guides').set({ version, status: 'published', updated_at: now }).where('id', '=', guideId).execute();
  const guide = await getGuide(trx, projectId, guideId);
  return { guide: guide!, version };
}

/** Refuses (400, naming the condition) a draft whose audience refers to a segment the project does not have. */
async function checkSegmentsExist(trx: Database, projectId: string, guide: Guide): Promise<void> {
  const conditions = guide.targeting.audience.conditions;
  const known = await segmentRules(trx, projectId, segmentIdsOf(guide.targeting.audience));
  const missing = conditions.findIndex((c) => c.source === 'segment' && !known[c.segmentId]);
  if (missing >= 0) throw badRequest(`targeting.audience.conditions[${missing}].segmentId: no such segment; choose a saved segment`);
}

/** One published snapshot of a project's guide, or null. */
export async function getPublishedVersion(
  db: Database,
  projectId: string,
  guideId: string,
  version: number,
): Promise<PublishedGuide | null> {
  const row = await db
    .selectFrom('guide_versions')
    .innerJoin('guides', 'guides.id', 'guide_versions.guide_id')
    .select('guide_versions.snapshot')
    .where('guides.project_id', '=', projectId)
    .where('guides.deleted_at', 'is', null)
    .where('guide_versions.guide_id', '=', guideId)
    .where('guide_versions.version', '=', version)
    .executeTakeFirst();
  return row ? (JSON.parse(row.snapshot) as PublishedGuide) : null;
}

/**
 * What the SDK shows: the live version of every published guide, oldest guide first (the order is
 * the priority when several guides match a page).
 */
export async function listLiveGuides(db: Database, projectId: string): Promise<PublishedGuide[]> {
  const rows = await db
    .selectFrom('guides')
    .innerJoin('guide_versions', (join) =>
      join.onRef('guide_versions.guide_id', '=', 'guides.id').onRef('guide_versions.version', '=', 'guides.version'),
    )
    .select('guide_versions.snapshot')
    .where('guides.project_id', '=', projectId)
    .where('guides.status', '=', 'published')
    .where('guides.deleted_at', 'is', null)
    .orderBy('guides.created_at')
    .orderBy('guides.id')
    .execute();
  return rows.map((row) => JSON.parse(row.snapshot) as PublishedGuide);
}
