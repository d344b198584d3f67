import { uuidv7 } from '@shirube/schema';
import type { Context } from 'hono';
import type { ApiMember } from '../api-tokens/api-token-auth.js';
import type { Database } from '../db/database.js';
import type { AuditAction, AuditEntry, AuditPage } from '../console/console-types.js';
import type { SessionRecord } from '../users/sessions.repo.js';

/*
 * The audit log is append-only: this module inserts and reads, nothing else, and the table's
 * triggers refuse UPDATE and DELETE. Writers pass the transaction of the change they record, so an
 * entry exists exactly when its change was committed.
 */

/** Who made a change and from where. */
export type AuditActor = AuditEntry['actor'] & { ip: string | null };

/** A change to record; `projectId` null for workspace-wide changes (members). */
export interface AuditRecord {
  projectId: string | null;
  actor: AuditActor;
  action: AuditAction;
  object: AuditEntry['object'];
  detail?: Record<string, unknown> | null;
  now?: number;
}

/** The actor of a request: the signed-in console user, the member of a personal API token, else the project's secret key (admin API). */
export function requestActor(c: Context): AuditActor {
  const session = c.get('session') as SessionRecord | undefined;
  const ip = (c.get('clientIp') as string | null | undefined) ?? null;
  if (session) return { type: 'user', id: session.user.id, name: session.user.name, ip };
  const member = c.get('apiMember') as ApiMember | undefined;
  if (member) return { type: 'user', id: member.id, name: `${member.name} (API token "${member.tokenName}")`, ip };
  return { type: 'key', id: null, name: 'secret key', ip };
}

/** The server acting on its own (the command line, `pnpm start`), named by how it was run. */
export const systemActor = (how: string): AuditActor => ({ type: 'system', id: null, name: how, ip: null });

/** A member as an audit entry's object, named `Name <email>` as they were at the time. */
export const memberObject = (user: { id: string; name: string; email: string }): AuditEntry['object'] => ({ type: 'member', id: user.id, name: `${user.name} <${user.email}>` });

/** Appends one entry. */
export async function recordAudit(db: Database, entry: AuditRecord): Promise<void> {
  const now = entry.now ?? Date.now();
  await db
    .insertInto('audit_log')
    .values({
      id: uuidv7(now),
      at: now,
      project_id: entry.projectId,
      actor_type: entry.actor.type,
      actor_id: entry.actor.id,
      actor_name: entry.actor.name,
      action: entry.action,
      object_type: entry.object.type,
      object_id: entry.object.id,
      object_name: entry.object.name,
      ip: entry.actor.ip,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .execute();
}

/** Which entries to read: those of one project (plus workspace-wide ones when asked), by action and actor. */
export interface AuditQuery {
  projectId?: string;
  /** With `projectId`: also list workspace-wide entries (member changes). */
  includeWorkspace?: boolean;
  action?: AuditAction;
  actorId?: string;
  limit: number;
  offset: number;
}

/** The `actor` filter value that selects the admin API's secret key. */
export const KEY_ACTOR = 'key';

/** A page of entries, newest first, how many match in all, and everyone who appears in the scope (for the person filter). */
export async function listAudit(db: Database, query: AuditQuery): Promise<AuditPage> {
  let scope = db.selectFrom('audit_log');
  if (query.projectId !== undefined) {
    const projectId = query.projectId;
    scope = scope.where((eb) => (query.includeWorkspace ? eb.or([eb('project_id', '=', projectId), eb('project_id', 'is', null)]) : eb('project_id', '=', projectId)));
  }
  let base = scope;
  if (query.action) base = base.where('action', '=', query.action);
  if (query.actorId === KEY_ACTOR) base = base.where('actor_type', '=', 'key');
  else if (query.actorId) base = base.where('actor_id', '=', query.actorId);
  const rows = await base.selectAll().orderBy('seq', 'desc').limit(query.limit).offset(query.offset).execute();
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  // Each person under the name of their latest entry; removed members stay listed.
  const actorRows = await scope
    .select((eb) => ['actor_type', 'actor_id', eb.fn.max('seq').as('last')])
    .where((eb) => eb.or([eb('actor_id', 'is not', null), eb('actor_type', '=', 'key')]))
    .groupBy(['actor_type', 'actor_id'])
    .execute();
  const names = new Map(
    (await db.selectFrom('audit_log').select(['seq', 'actor_name']).where('seq', 'in', actorRows.length ? actorRows.map((r) => Number(r.last)) : [-1]).execute()).map((r) => [Number(r.seq), r.actor_name]),
  );
  const actors = actorRows
    .map((r) => (r.actor_type === 'key' ? { id: KEY_ACTOR, name: 'secret key' } : { id: r.actor_id!, name: names.get(Number(r.last)) ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    total: Number(total),
    actors,
    entries: rows.map((row) => ({
      id: row.id,
      at: new Date(Number(row.at)).toISOString(),
      projectId: row.project_id,
      actor: { type: row.actor_type, id: row.actor_id, name: row.actor_name },
      action: row.action as AuditAction,
      object: { type: row.object_type as AuditEntry['object']['type'], id: row.object_id, name: row.object_name },
      ip: row.ip,
      detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null,
    })),
  };
}
