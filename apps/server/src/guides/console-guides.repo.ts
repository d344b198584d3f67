import { guideFormat } from '@shirube/core';
import type { PublishedGuide } from '@shirube/schema';
import type { ConsoleGuide, ConsoleGuideVersion, GuideListItem, UserRef } from '../console/console-types.js';
import { inTransaction, type Database } from '../db/database.js';
import { badRequest } from '../errors.js';
import { publishDraft } from './guide-versions.repo.js';
import { serialiseDraft, toGuide, type GuideDraft } from './guide-row.js';
import { getGuide, type WriteContext } from './guides.repo.js';

/*
 * Reads the console needs on top of the admin repositories: who changed what, and live figures.
 * Author ids carry no foreign key, so a removed member reads back as null.
 */

const userRef = (id: string | null, name: string | null): UserRef => (id && name !== null ? { id, name } : null);

function guideQuery(db: Database, projectId: string) {
  return db
    .selectFrom('guides')
    .leftJoin('users', 'users.id', 'guides.updated_by')
    .select([
      'guides.id',
      'guides.name',
      'guides.status',
      'guides.draft',
      'guides.version',
      'guides.onboarding',
      'guides.created_at',
      'guides.updated_at',
      'guides.updated_by',
      'users.name as updated_by_name',
    ])
    .where('guides.project_id', '=', projectId)
    .where('guides.deleted_at', 'is', null);
}

/** One guide's draft with its last editor; null when not the project's. */
export async function getConsoleGuide(db: Database, projectId: string, guideId: string): Promise<ConsoleGuide | null> {
  const row = await guideQuery(db, projectId).where('guides.id', '=', guideId).executeTakeFirst();
  return row ? { ...toGuide(row), updatedBy: userRef(row.updated_by, row.updated_by_name) } : null;
}

/** The project's guides, newest first, each with the live version's started/completed users. */
export async function listGuideItems(db: Database, projectId: string): Promise<GuideListItem[]> {
  const rows = await guideQuery(db, projectId)
    .leftJoin('guide_stats', (join) =>
      join
        .onRef('guide_stats.project_id', '=', 'guides.project_id')
        .onRef('guide_stats.guide_id', '=', 'guides.id')
        .onRef('guide_stats.version', '=', 'guides.version'),
    )
    .select(['guide_stats.started_users', 'guide_stats.completed_users'])
    .orderBy('guides.created_at', 'desc')
    .orderBy('guides.id', 'desc')
    .execute();
  return rows.map((row) => {
    const guide = toGuide(row);
    const viewers = Number(row.started_users ?? 0);
    const completed = Number(row.completed_users ?? 0);
    const live = guide.status === 'published' && guide.version > 0;
    return {
      id: guide.id,
      name: guide.name,
      format: guideFormat(guide.kind, guide.steps),
      status: guide.status,
      version: guide.version,
      // A checklist's "steps" are its tasks.
      stepCount: guide.kind === 'checklist' ? (guide.checklist?.tasks.length ?? 0) : guide.steps.length,
      onboarding: guide.onboarding,
      helpLauncher: guide.helpLauncher,
      updatedAt: guide.updatedAt,
      updatedBy: userRef(row.updated_by, row.updated_by_name),
      live: live ? { version: guide.version, viewers, completed, completionRate: viewers > 0 ? completed / viewers : 0 } : null,
    };
  });
}

/** Version history with who published each version, newest first; null when not the project's guide. */
export async function listConsoleVersions(db: Database, projectId: string, guideId: string): Promise<ConsoleGuideVersion[] | null> {
  if (!(await getGuide(db, projectId, guideId))) return null;
  const rows = await db
    .selectFrom('guide_versions')
    .leftJoin('users', 'users.id', 'guide_versions.published_by')
    .select(['guide_versions.version', 'guide_versions.snapshot', 'guide_versions.published_at', 'guide_versions.published_by', 'users.name'])
    .where('guide_versions.guide_id', '=', guideId)
    .orderBy('guide_versions.version', 'desc')
    .execute();
  return rows.map((row) => {
    const snapshot = JSON.parse(row.snapshot) as PublishedGuide;
    return {
      version: Number(row.version),
      name: snapshot.name,
      stepCount: snapshot.kind === 'checklist' ? (snapshot.checklist?.tasks.length ?? 0) : snapshot.steps.length,
      publishedAt: new Date(Number(row.published_at)).toISOString(),
      publishedBy: userRef(row.published_by, row.name),
    };
  });
}

/**
 * Rolls back to `version`: its content becomes the draft and is published as a new version, so
 * history only grows and analytics of every version stay apart. Null when the guide is unknown;
 * 400 naming `version` when it has no such version.
 */
export async function rollbackGuide(
  db: Database,
  projectId: string,
  guideId: string,
  version: number,
  { now = Date.now(), by = null }: WriteContext = {},
): Promise<{ version: number } | null> {
  return inTransaction(db, async (trx) => {
    if (!(await getGuide(trx, projectId, guideId))) return null;
    const row = await trx
      .selectFrom('guide_versions')
      .select('snapshot')
      .where('guide_id', '=', guideId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row) throw badRequest(`version: this guide has no version ${version}`);
    const snapshot = JSON.parse(row.snapshot) as PublishedGuide;
    const draft: GuideDraft = {
      kind: snapshot.kind ?? 'walkthrough',
      steps: snapshot.steps,
      displayRules: snapshot.displayRules,
      theme: snapshot.theme,
      ...(snapshot.targeting && { targeting: snapshot.targeting }),
      ...(snapshot.hotspotVisibility && { hotspotVisibility: snapshot.hotspotVisibility }),
      helpLauncher: snapshot.helpLauncher ?? false,
      ...(snapshot.checklist && { checklist: snapshot.checklist }),
      ...(snapshot.defaultLocale && { defaultLocale: snapshot.defaultLocale }),
      ...(snapshot.translations && { translations: snapshot.translations }),
    };
    await trx
      .updateTable('guides')
      .set({ name: snapshot.name, draft: serialiseDraft(draft), updated_at: now, updated_by: by })
      .where('id', '=', guideId)
      .execute();
    const published = await publishDraft(trx, projectId, guideId, { now, by });
    return { version: published!.version };
  });
}
