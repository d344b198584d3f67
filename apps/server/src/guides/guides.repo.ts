import { uuidv7, type Guide, type GuideInputSchema, type GuidePatch } from '@shirube/schema';
import type * as v from 'valibot';
import { rebuildOnboarding } from '../analytics/onboarding-progress.js';
import { inTransaction, type Database } from '../db/database.js';
import { badRequest } from '../errors.js';
import { GUIDE_COLUMNS, serialiseDraft, toGuide, type GuideDraft } from './guide-row.js';

/** A validated create request (defaults filled in). */
export type NewGuide = v.InferOutput<typeof GuideInputSchema>;

/** When a write happens and which console user made it (null: the `/api/v1` admin API). */
export interface WriteContext {
  now?: number;
  by?: string | null;
}

/** Tasks belong to checklists only: a 400 naming `checklist` for any other kind. */
function checkChecklistKind(kind: Guide['kind'], checklist: unknown): void {
  if (checklist !== undefined && kind !== 'checklist') throw badRequest(`checklist: only a guide of kind checklist has tasks (this one is a ${kind})`);
}

/** Creates a draft guide (version 0). */
export async function createGuide(db: Database, projectId: string, input: NewGuide, { now = Date.now(), by = null }: WriteContext = {}): Promise<Guide> {
  checkChecklistKind(input.kind, input.checklist);
  const row = {
    id: uuidv7(now),
    project_id: projectId,
    name: input.name,
    status: 'draft' as const,
    draft: serialiseDraft(input),
    version: 0,
    onboarding: input.onboarding ? 1 : 0,
    created_at: now,
    updated_at: now,
    deleted_at: null,
    updated_by: by,
  };
  await db.insertInto('guides').values(row).execute();
  return toGuide(row);
}

/** The project's guides, newest first. */
export async function listGuides(db: Database, projectId: string): Promise<Guide[]> {
  const rows = await db
    .selectFrom('guides')
    .select(GUIDE_COLUMNS)
    .where('project_id', '=', projectId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toGuide);
}

/** One guide of the project; null when it does not exist, was deleted, or is another project's. */
export async function getGuide(db: Database, projectId: string, guideId: string): Promise<Guide | null> {
  const row = await db
    .selectFrom('guides')
    .select(GUIDE_COLUMNS)
    .where('id', '=', guideId)
    .where('project_id', '=', projectId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toGuide(row) : null;
}

/**
 * Applies a patch to the draft (and name or status). The published version is untouched: end
 * users keep seeing it until the next publish.
 */
export async function updateGuide(
  db: Database,
  projectId: string,
  guideId: string,
  patch: GuidePatch,
  { now = Date.now(), by = null }: WriteContext = {},
): Promise<Guide | null> {
  // One transaction so two concurrent patches of different fields cannot lose each other's change.
  return inTransaction(db, async (trx) => {
    const current = await getGuide(trx, projectId, guideId);
    if (!current) return null;
    checkChecklistKind(current.kind, patch.checklist);
    const draft: GuideDraft = {
      kind: current.kind,
      steps: patch.steps ?? current.steps,
      displayRules: patch.displayRules ?? current.displayRules,
      theme: patch.theme ?? current.theme,
      targeting: patch.targeting ?? current.targeting,
      ...((patch.checklist ?? current.checklist) && { checklist: patch.checklist ?? current.checklist }),
      hotspotVisibility: patch.hotspotVisibility ?? current.hotspotVisibility,
      helpLauncher: patch.helpLauncher ?? current.helpLauncher,
      defaultLocale: patch.defaultLocale ?? current.defaultLocale,
      translations: patch.translations ?? current.translations,
    };
    const changes = {
      name: patch.name ?? current.name,
      status: patch.status ?? current.status,
      onboarding: (patch.onboarding ?? current.onboarding) ? 1 : 0,
      draft: serialiseDraft(draft),
      updated_at: now,
      updated_by: by,
    };
    const row = await trx
      .updateTable('guides')
      .set(changes)
      .where('id', '=', guideId)
      .where('project_id', '=', projectId)
      .returning(GUIDE_COLUMNS)
      .executeTakeFirstOrThrow();
    // What counts as onboarding changed: every account's onboarding figures must be recounted.
    if (patch.onboarding !== undefined && patch.onboarding !== current.onboarding) await rebuildOnboarding(trx, projectId);
    return toGuide(row);
  });
}

/** Soft-deletes a guide: it disappears from the API and the SDK; versions and analytics stay. */
export async function deleteGuide(db: Database, projectId: string, guideId: string, now = Date.now()): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const deleted = await trx
      .updateTable('guides')
      .set({ deleted_at: now, updated_at: now })
      .where('id', '=', guideId)
      .where('project_id', '=', projectId)
      .where('deleted_at', 'is', null)
      .returning('onboarding')
      .executeTakeFirst();
    // A deleted onboarding guide no longer counts toward anyone's onboarding.
    if (deleted && Number(deleted.onboarding) === 1) await rebuildOnboarding(trx, projectId);
    return deleted !== undefined;
  });
}
