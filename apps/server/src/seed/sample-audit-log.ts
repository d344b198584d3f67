import type { PublishedGuide } from '@shirube/schema';
import { recordAudit, type AuditActor, type AuditRecord } from '../audit/audit-log.repo.js';
import type { Database } from '../db/database.js';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

// Made-up teammates of the sample workspace (ids no user has); they are not members, so nobody can sign in as them.
const AIKO: AuditActor = { type: 'user', id: 'sample-user-aiko', name: 'Aiko Tanaka', ip: '203.0.113.24' };
const KEN: AuditActor = { type: 'user', id: 'sample-user-ken', name: 'Ken Sato', ip: '198.51.100.7' };
const CI: AuditActor = { type: 'key', id: null, name: 'secret key', ip: '192.0.2.80' };

/**
 * A few weeks of sample audit entries for the demo project (guides published, a segment deleted,
 * a key rotated, members invited), so the Audit log page of a fresh install shows what it records.
 * Runs only while the project's log is empty, oldest entry first (the log lists by insertion).
 */
export async function seedSampleAuditLog(db: Database, projectId: string, guides: readonly PublishedGuide[], now = Date.now()): Promise<number> {
  const any = await db.selectFrom('audit_log').select('id').where('project_id', '=', projectId).limit(1).executeTakeFirst();
  if (any) return 0;
  const project = { type: 'project', id: projectId, name: 'Keihi (demo)' } as const;
  const guide = (index: number) => ({ type: 'guide', id: guides[index % guides.length]!.id, name: guides[index % guides.length]!.name }) as const;
  const member = (name: string, email: string) => ({ type: 'member', id: null, name: `${name} <${email}>` }) as const;
  const entries: Array<Omit<AuditRecord, 'projectId'> & { ago: number; projectId?: null }> = [
    { ago: 27 * DAY, actor: AIKO, action: 'project.updated', object: project, detail: { allowedOrigins: { from: [], to: ['https://app.keihi.example'] } } },
    { ago: 26 * DAY, actor: AIKO, action: 'member.invited', object: member('Ken Sato', 'ken@keihi.example'), projectId: null, detail: { role: 'editor' } },
    { ago: 25 * DAY + 3 * HOUR, actor: KEN, action: 'guide.published', object: guide(0), detail: { version: 1 } },
    { ago: 21 * DAY, actor: KEN, action: 'guide.published', object: guide(1), detail: { version: 1 } },
    { ago: 18 * DAY, actor: CI, action: 'guide.published', object: guide(2), detail: { version: 1 } },
    { ago: 14 * DAY, actor: AIKO, action: 'member.role_changed', object: member('Mei Suzuki', 'mei@keihi.example'), projectId: null, detail: { role: { from: 'viewer', to: 'editor' } } },
    { ago: 12 * DAY, actor: KEN, action: 'api_token.created', object: { type: 'api_token', id: null, name: 'Weekly funnel export' }, projectId: null, detail: { expiresAt: null } },
    { ago: 9 * DAY, actor: KEN, action: 'segment.deleted', object: { type: 'segment', id: null, name: 'Trial accounts (old)' } },
    { ago: 6 * DAY, actor: AIKO, action: 'key.rotated', object: project, detail: { key: 'secret' } },
    { ago: 2 * DAY + 5 * HOUR, actor: KEN, action: 'guide.archived', object: { type: 'guide', id: null, name: 'Year-end campaign' } },
    { ago: 3 * HOUR, actor: KEN, action: 'guide.published', object: guide(0), detail: { version: 2 } },
  ];
  await db.transaction().execute(async (trx) => {
    for (const { ago, ...entry } of entries) await recordAudit(trx, { projectId, ...entry, now: now - ago });
  });
  return entries.length;
}
