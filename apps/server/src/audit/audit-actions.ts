/**
 * Every kind of change the audit log records. Publishes, archiving, deletions, key rotations,
 * member changes, the project settings that change who can reach the API (name, origins) and
 * webhook endpoints (where end users' data is sent).
 */
export const AUDIT_ACTIONS = [
  'guide.published',
  'guide.rolled_back',
  'guide.archived',
  'guide.unarchived',
  'guide.deleted',
  'segment.deleted',
  'project.created',
  'project.updated',
  'key.rotated',
  'member.invited',
  'member.role_changed',
  'member.removed',
  'api_token.created',
  'api_token.revoked',
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.secret_rotated',
] as const;
