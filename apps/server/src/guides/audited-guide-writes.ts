import type { GuidePatch } from '@shirube/schema';
import { recordAudit, type AuditActor } from '../audit/audit-log.repo.js';
import type { Database } from '../db/database.js';
import { rollbackGuide } from './console-guides.repo.js';
import { publishGuide } from './guide-versions.repo.js';
import { deleteGuide, getGuide, updateGuide, type WriteContext } from './guides.repo.js';

/*
 * Guide writes the audit log records, shared by the console and the admin API. Each runs the
 * change and its audit entry in one transaction: both are committed, or neither.
 */

const byOf = (actor: AuditActor): WriteContext => ({ by: actor.type === 'user' ? actor.id : null });

/** Patches a guide; archiving or unarchiving it is recorded. Null when the guide is unknown. */
export function updateGuideAudited(db: Database, actor: AuditActor, projectId: string, guideId: string, patch: GuidePatch) {
  return db.transaction().execute(async (trx) => {
    const before = await getGuide(trx, projectId, guideId);
    const updated = await updateGuide(trx, projectId, guideId, patch, byOf(actor));
    if (before && updated && before.status !== updated.status && (before.status === 'archived' || updated.status === 'archived')) {
      const action = updated.status === 'archived' ? 'guide.archived' : 'guide.unarchived';
      await recordAudit(trx, { projectId, actor, action, object: { type: 'guide', id: guideId, name: updated.name } });
    }
    return updated;
  });
}

/** Soft-deletes a guide and records it; false when the guide is unknown. */
export function deleteGuideAudited(db: Database, actor: AuditActor, projectId: string, guideId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const guide = await getGuide(trx, projectId, guideId);
    if (!guide || !(await deleteGuide(trx, projectId, guideId))) return false;
    await recordAudit(trx, { projectId, actor, action: 'guide.deleted', object: { type: 'guide', id: guideId, name: guide.name } });
    return true;
  });
}

/** Publishes the draft as the next version and records it; null when the guide is unknown. */
export function publishGuideAudited(db: Database, actor: AuditActor, projectId: string, guideId: string) {
  return db.transaction().execute(async (trx) => {
    const published = await publishGuide(trx, projectId, guideId, byOf(actor));
    if (published) {
      const object = { type: 'guide', id: guideId, name: published.guide.name } as const;
      await recordAudit(trx, { projectId, actor, action: 'guide.published', object, detail: { version: published.version } });
    }
    return published;
  });
}

/** Rolls back to `version` (published as a new version) and records it; null when the guide is unknown. */
export function rollbackGuideAudited(db: Database, actor: AuditActor, projectId: string, guideId: string, version: number) {
  return db.transaction().execute(async (trx) => {
    const rolled = await rollbackGuide(trx, projectId, guideId, version, byOf(actor));
    if (rolled) {
      const guide = await getGuide(trx, projectId, guideId);
      const object = { type: 'guide', id: guideId, name: guide?.name ?? '' } as const;
      await recordAudit(trx, { projectId, actor, action: 'guide.rolled_back', object, detail: { from: version, version: rolled.version } });
    }
    return rolled;
  });
}
