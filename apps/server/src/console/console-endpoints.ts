import { sampleChecklist } from '../checklists/checklist-fixtures.js';
import { STALE_CHECK_MS, startHealthCheck } from '../health/health-checks.repo.js';
import { sampleGuide } from '../test-support.js';
import { PASSWORD, setupConsole, type ConsoleTestContext } from './console-test-support.js';
import type { ConsoleRole } from './console-types.js';

/*
 * Test-only: the table of every console route, shared by the permission test (every route ×
 * every role) and the CSRF test (every write without or with a wrong token).
 */

export const SEGMENT = { name: 'Admins', audience: { match: 'all', conditions: [{ source: 'user', trait: 'role', op: 'equals', value: 'admin' }] } };

export const WEBHOOK = { url: 'https://hooks.example.com/shirube', eventTypes: ['guide.completed'] };

/** The fixture every row runs against: a published guide in a project that allows one origin. */
export async function fixture() {
  const t = await setupConsole();
  const projectId = t.project.project.id;
  await t.call(t.owner, 'PATCH', `/projects/${projectId}`, { allowedOrigins: ['https://app.example.com'] });
  const guide = (await (await t.call(t.editor, 'POST', `/projects/${projectId}/guides`, sampleGuide())).json()) as { id: string };
  await t.call(t.editor, 'POST', `/projects/${projectId}/guides/${guide.id}/publish`);
  const checklist = (await (await t.call(t.editor, 'POST', `/projects/${projectId}/guides`, sampleChecklist())).json()) as { id: string };
  const extra = await t.addUser('editor', 'extra@example.com');
  const segment = (await (await t.call(t.editor, 'POST', `/projects/${projectId}/segments`, SEGMENT)).json()) as { id: string };
  const check = (await startHealthCheck(t.db, { projectId, baseUrl: 'https://app.example.com/', guideId: null, startedBy: null }, Date.now() - STALE_CHECK_MS))!;
  const ownerToken = (await (await t.call(t.owner, 'POST', '/api-tokens', { name: 'Nightly export' })).json()) as { apiToken: { id: string } };
  const webhook = (await (await t.call(t.owner, 'POST', `/projects/${projectId}/webhooks`, WEBHOOK)).json()) as { endpoint: { id: string } };
  const test = (await (await t.call(t.owner, 'POST', `/projects/${projectId}/webhooks/${webhook.endpoint.id}/test`)).json()) as { delivery: { id: string } };
  return {
    ...{ t, projectId, guideId: guide.id, checklistId: checklist.id, extraId: extra.user.id, segmentId: segment.id },
    ...{ healthCheckId: check.id, ownerTokenId: ownerToken.apiToken.id, webhookId: webhook.endpoint.id, deliveryId: test.delivery.id },
  };
}
export type Fixture = Awaited<ReturnType<typeof fixture>>;

/** A caller of the console API: nobody signed in, or a member of a role. */
export type Who = 'anonymous' | ConsoleRole;

/** A console route, how to call it, and who may. */
export interface Endpoint {
  method: string;
  /** The route as registered, checked against the app's routes so none is left out. */
  route: string;
  path(f: Fixture): string;
  body?(f: Fixture): unknown;
  /** The weakest role allowed (anonymous gets 401, weaker roles 403), or fixed answers per caller. */
  allow: ConsoleRole | Record<Who, number>;
  ok: number;
}

const P = '/projects/:projectId';
const G = `${P}/guides/:id`;
const guides = (f: Fixture) => `/projects/${f.projectId}/guides`;
const guide = (f: Fixture) => `${guides(f)}/${f.guideId}`;
const segments = (f: Fixture) => `/projects/${f.projectId}/segments`;
const segment = (f: Fixture) => `${segments(f)}/${f.segmentId}`;
const webhooks = (f: Fixture) => `/projects/${f.projectId}/webhooks`;
const webhook = (f: Fixture) => `${webhooks(f)}/${f.webhookId}`;

/** Every console route and who may call it (permissions.test.ts checks none is missing). */
export const CONSOLE_ENDPOINTS: Endpoint[] = [
  { method: 'GET', route: '/setup', path: () => '/setup', allow: { anonymous: 200, viewer: 200, editor: 200, owner: 200 }, ok: 200 },
  {
    method: 'POST',
    route: '/setup',
    path: () => '/setup',
    body: () => ({ email: 'new@example.com', name: 'New', password: PASSWORD }),
    allow: { anonymous: 409, viewer: 409, editor: 409, owner: 409 },
    ok: 409,
  },
  {
    method: 'POST',
    route: '/session',
    path: () => '/session',
    body: () => ({ email: 'viewer@example.com', password: PASSWORD }),
    allow: { anonymous: 200, viewer: 200, editor: 200, owner: 200 },
    ok: 200,
  },
  { method: 'GET', route: '/session', path: () => '/session', allow: 'viewer', ok: 200 },
  { method: 'DELETE', route: '/session', path: () => '/session', allow: 'viewer', ok: 204 },
  { method: 'GET', route: '/members', path: () => '/members', allow: 'owner', ok: 200 },
  { method: 'POST', route: '/members', path: () => '/members', body: () => ({ email: 'm@example.com', name: 'M', role: 'viewer' }), allow: 'owner', ok: 201 },
  { method: 'PATCH', route: '/members/:id', path: (f) => `/members/${f.extraId}`, body: () => ({ role: 'viewer' }), allow: 'owner', ok: 200 },
  { method: 'DELETE', route: '/members/:id', path: (f) => `/members/${f.extraId}`, allow: 'owner', ok: 204 },
  { method: 'GET', route: '/projects', path: () => '/projects', allow: 'viewer', ok: 200 },
  { method: 'POST', route: '/projects', path: () => '/projects', body: () => ({ name: 'New' }), allow: 'owner', ok: 201 },
  { method: 'PATCH', route: P, path: (f) => `/projects/${f.projectId}`, body: () => ({ name: 'Renamed' }), allow: 'owner', ok: 200 },
  { method: 'POST', route: `${P}/keys/rotate`, path: (f) => `/projects/${f.projectId}/keys/rotate`, body: () => ({ which: 'secret' }), allow: 'owner', ok: 200 },
  { method: 'GET', route: `${P}/guides`, path: guides, allow: 'viewer', ok: 200 },
  { method: 'POST', route: `${P}/guides`, path: guides, body: () => sampleGuide('Another'), allow: 'editor', ok: 201 },
  { method: 'GET', route: G, path: guide, allow: 'viewer', ok: 200 },
  { method: 'PATCH', route: G, path: guide, body: () => ({ name: 'Renamed' }), allow: 'editor', ok: 200 },
  { method: 'DELETE', route: G, path: guide, allow: 'editor', ok: 204 },
  { method: 'POST', route: `${G}/publish`, path: (f) => `${guide(f)}/publish`, allow: 'editor', ok: 200 },
  { method: 'GET', route: `${G}/analytics`, path: (f) => `${guide(f)}/analytics?tz=Asia/Tokyo`, allow: 'viewer', ok: 200 },
  {
    method: 'GET',
    route: `${G}/checklist-analytics`,
    path: (f) => `${guides(f)}/${f.checklistId}/checklist-analytics`,
    allow: 'viewer',
    ok: 200,
  },
  { method: 'GET', route: `${P}/analytics/stuck-points`, path: (f) => `/projects/${f.projectId}/analytics/stuck-points`, allow: 'viewer', ok: 200 },
  { method: 'GET', route: `${P}/analytics/accounts`, path: (f) => `/projects/${f.projectId}/analytics/accounts?sort=stalledUsers`, allow: 'viewer', ok: 200 },
  { method: 'GET', route: `${P}/analytics/filters`, path: (f) => `/projects/${f.projectId}/analytics/filters`, allow: 'viewer', ok: 200 },
  { method: 'GET', route: `${G}/split`, path: (f) => `${guide(f)}/split`, allow: 'viewer', ok: 200 },
  { method: 'GET', route: `${P}/analytics/track-events`, path: (f) => `/projects/${f.projectId}/analytics/track-events`, allow: 'viewer', ok: 200 },
  { method: 'GET', route: `${P}/help-launcher`, path: (f) => `/projects/${f.projectId}/help-launcher`, allow: 'viewer', ok: 200 },
  {
    method: 'PUT',
    route: `${P}/help-launcher`,
    path: (f) => `/projects/${f.projectId}/help-launcher`,
    body: () => ({ enabled: true, buttonLabel: 'Help', panelTitle: '', contactHref: 'mailto:help@example.com' }),
    allow: 'editor',
    ok: 200,
  },
  { method: 'GET', route: `${P}/help-searches`, path: (f) => `/projects/${f.projectId}/help-searches?from=2026-11-01&to=2026-11-30&tz=Asia/Tokyo`, allow: 'viewer', ok: 200 },
  { method: 'GET', route: `${G}/versions`, path: (f) => `${guide(f)}/versions`, allow: 'viewer', ok: 200 },
  { method: 'GET', route: `${G}/versions/:version`, path: (f) => `${guide(f)}/versions/1`, allow: 'viewer', ok: 200 },
  { method: 'POST', route: `${G}/rollback`, path: (f) => `${guide(f)}/rollback`, body: () => ({ version: 1 }), allow: 'editor', ok: 200 },
  {
    method: 'POST',
    route: `${G}/builder-token`,
    path: (f) => `${guide(f)}/builder-token`,
    body: () => ({ appUrl: 'https://app.example.com/reports' }),
    allow: 'editor',
    ok: 201,
  },
  { method: 'GET', route: `${P}/segments`, path: segments, allow: 'viewer', ok: 200 },
  { method: 'POST', route: `${P}/segments`, path: segments, body: () => SEGMENT, allow: 'editor', ok: 201 },
  { method: 'GET', route: `${P}/segments/:id`, path: segment, allow: 'viewer', ok: 200 },
  { method: 'PUT', route: `${P}/segments/:id`, path: segment, body: () => ({ ...SEGMENT, name: 'Renamed' }), allow: 'editor', ok: 200 },
  { method: 'DELETE', route: `${P}/segments/:id`, path: segment, allow: 'editor', ok: 204 },
  {
    method: 'POST',
    route: `${P}/audience-preview`,
    path: (f) => `/projects/${f.projectId}/audience-preview`,
    body: () => ({ audience: SEGMENT.audience }),
    allow: 'viewer',
    ok: 200,
  },
  { method: 'GET', route: `${P}/audit-log`, path: (f) => `/projects/${f.projectId}/audit-log?limit=10`, allow: 'owner', ok: 200 },
  { method: 'GET', route: `${P}/health-checks/latest`, path: (f) => `/projects/${f.projectId}/health-checks/latest`, allow: 'viewer', ok: 200 },
  { method: 'GET', route: `${P}/health-checks/:id`, path: (f) => `/projects/${f.projectId}/health-checks/${f.healthCheckId}`, allow: 'viewer', ok: 200 },
  {
    method: 'POST',
    route: `${P}/health-checks`,
    path: (f) => `/projects/${f.projectId}/health-checks`,
    body: () => ({ baseUrl: 'https://app.example.com/' }),
    allow: 'editor',
    ok: 202,
  },
  // Every member holds their own tokens; the fixture's token is the owner's, so others find nothing to revoke.
  { method: 'GET', route: '/api-tokens', path: () => '/api-tokens', allow: 'viewer', ok: 200 },
  { method: 'POST', route: '/api-tokens', path: () => '/api-tokens', body: () => ({ name: 'CI', expiresInDays: 30 }), allow: 'viewer', ok: 201 },
  { method: 'DELETE', route: '/api-tokens/:id', path: (f) => `/api-tokens/${f.ownerTokenId}`, allow: { anonymous: 401, viewer: 404, editor: 404, owner: 204 }, ok: 204 },
  { method: 'GET', route: `${P}/webhooks`, path: webhooks, allow: 'owner', ok: 200 },
  { method: 'POST', route: `${P}/webhooks`, path: webhooks, body: () => WEBHOOK, allow: 'owner', ok: 201 },
  { method: 'PATCH', route: `${P}/webhooks/:id`, path: webhook, body: () => ({ enabled: false }), allow: 'owner', ok: 200 },
  { method: 'DELETE', route: `${P}/webhooks/:id`, path: webhook, allow: 'owner', ok: 204 },
  { method: 'POST', route: `${P}/webhooks/:id/rotate-secret`, path: (f) => `${webhook(f)}/rotate-secret`, allow: 'owner', ok: 200 },
  { method: 'GET', route: `${P}/webhooks/:id/deliveries`, path: (f) => `${webhook(f)}/deliveries?status=pending`, allow: 'owner', ok: 200 },
  { method: 'POST', route: `${P}/webhooks/:id/test`, path: (f) => `${webhook(f)}/test`, allow: 'owner', ok: 202 },
  {
    method: 'POST',
    route: `${P}/webhooks/:id/deliveries/:deliveryId/retry`,
    path: (f) => `${webhook(f)}/deliveries/${f.deliveryId}/retry`,
    allow: 'owner',
    ok: 200,
  },
];


/** A snapshot of everything a write could change: a refused request must leave it equal. */
export async function snapshot(t: ConsoleTestContext) {
  const tables = ['users', 'sessions', 'projects', 'guides', 'guide_versions', 'builder_tokens', 'segments', 'help_launchers', 'audit_log', 'events'] as const;
  const more = ['health_checks', 'webhook_endpoints', 'webhook_deliveries'] as const;
  const out: Record<string, unknown[]> = {};
  for (const table of [...tables, ...more]) out[table] = await t.db.selectFrom(table).selectAll().execute();
  // A token's last use is recorded even when its call is refused: it was used.
  out.api_tokens = await t.db.selectFrom('api_tokens').select(['id', 'user_id', 'name', 'token_hash', 'created_at', 'expires_at', 'revoked_at']).execute();
  return out;
}
