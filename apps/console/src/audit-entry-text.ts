import type { AuditEntry } from '@shirube/server/types';
import type { CsvTable } from './components/download-csv-button.js';
import type { Messages } from './i18n/en.js';

type Roles = Messages['audit']['roles'];

const roleName = (t: Messages, role: unknown) => (typeof role === 'string' && role in t.audit.roles ? t.audit.roles[role as keyof Roles] : String(role));
const isChange = (value: unknown): value is { from: unknown; to: unknown } => typeof value === 'object' && value !== null && 'from' in value && 'to' in value;
const list = (t: Messages, value: unknown) => (Array.isArray(value) && value.length > 0 ? value.join(', ') : t.audit.none);

/** Who made the change, as a person reads it: the member's name, or the admin API key. */
export function actorLabel(entry: AuditEntry, t: Messages): string {
  if (entry.actor.type === 'key') return t.audit.secretKey;
  if (entry.actor.type === 'system') return t.audit.system;
  return entry.actor.name;
}

/** An object's name split for display: a member `Name <email>` shows the email on a line of its own. */
export function objectLines(entry: AuditEntry): { name: string; email?: string } {
  const member = entry.object.type === 'member' ? /^(.*) <([^<>]+)>$/.exec(entry.object.name) : null;
  return member ? { name: member[1]!, email: member[2]! } : { name: entry.object.name };
}

/** What changed beyond the action itself (a version, a role, a renamed project), in the viewer's language. */
export function detailText(entry: AuditEntry, t: Messages): string {
  const detail = entry.detail ?? {};
  const parts: string[] = [];
  if (entry.action === 'guide.rolled_back' && typeof detail.from === 'number' && typeof detail.version === 'number') {
    parts.push(t.audit.rolledBack(detail.from, detail.version));
  } else if (typeof detail.version === 'number') parts.push(t.audit.version(detail.version));
  if (typeof detail.key === 'string') parts.push(t.audit.key(detail.key));
  if (isChange(detail.role)) parts.push(`${roleName(t, detail.role.from)} → ${roleName(t, detail.role.to)}`);
  else if (detail.role !== undefined) parts.push(t.audit.role(roleName(t, detail.role)));
  if (isChange(detail.name)) parts.push(t.audit.renamed(String(detail.name.from), String(detail.name.to)));
  if (isChange(detail.allowedOrigins)) parts.push(t.audit.origins(list(t, detail.allowedOrigins.from), list(t, detail.allowedOrigins.to)));
  if (isChange(detail.url)) parts.push(t.audit.webhookUrl(String(detail.url.from), String(detail.url.to)));
  const events = (value: unknown) => list(t, Array.isArray(value) ? value.map((type) => t.webhooks.eventNames[type as keyof Messages['webhooks']['eventNames']] ?? String(type)) : value);
  if (isChange(detail.eventTypes)) parts.push(t.audit.webhookEvents(events(detail.eventTypes.from), events(detail.eventTypes.to)));
  else if (Array.isArray(detail.eventTypes)) parts.push(t.audit.webhookEventList(events(detail.eventTypes)));
  const enabled = isChange(detail.enabled) ? detail.enabled.to : detail.enabled;
  if (typeof enabled === 'boolean') parts.push(enabled ? t.audit.webhookOn : t.audit.webhookOff);
  return parts.join('; ');
}

/** The entries as a CSV table: UTC times and ids, so a spreadsheet can sort and join them. */
export function auditCsv(entries: readonly AuditEntry[], t: Messages): CsvTable {
  return {
    headers: [t.audit.csvAt, t.audit.who, t.audit.csvActorType, t.audit.action, t.audit.csvObjectType, t.audit.object, t.audit.csvObjectId, t.audit.details, t.audit.ip],
    rows: entries.map((e) => [
      e.at,
      actorLabel(e, t),
      e.actor.type,
      t.audit.actions[e.action],
      t.audit.objects[e.object.type],
      e.object.name,
      e.object.id,
      detailText(e, t),
      e.ip,
    ]),
  };
}
