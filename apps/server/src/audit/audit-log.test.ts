import { describe, expect, it } from 'vitest';
import { setupConsole, type ConsoleTestContext } from '../console/console-test-support.js';
import type { AuditPage } from '../console/console-types.js';
import { sampleGuide } from '../test-support.js';
import { refuseInserts } from '../test-faults.js';

const IP = { 'x-forwarded-for': '203.0.113.9' };
const SEGMENT = { name: 'Admins', audience: { match: 'all', conditions: [{ source: 'user', trait: 'role', op: 'equals', value: 'admin' }] } };

const rows = (t: ConsoleTestContext) => t.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();

async function newGuide(t: ConsoleTestContext, name = 'Onboarding') {
  const projectId = t.project.project.id;
  const res = await t.call(t.editor, 'POST', `/projects/${projectId}/guides`, sampleGuide(name));
  return { projectId, id: ((await res.json()) as { id: string }).id };
}

describe('audit log entries', () => {
  it('records console publishes, rollbacks, archiving and deletion with who, what, which object, when and from where', async () => {
    const t = await setupConsole();
    const { projectId, id } = await newGuide(t);
    const base = `/projects/${projectId}/guides/${id}`;
    const before = Date.now();
    expect((await t.call(t.editor, 'POST', `${base}/publish`, undefined, IP)).status).toBe(200);
    expect((await t.call(t.editor, 'POST', `${base}/publish`, undefined, IP)).status).toBe(200);
    expect((await t.call(t.editor, 'POST', `${base}/rollback`, { version: 1 }, IP)).status).toBe(200);
    expect((await t.call(t.editor, 'PATCH', base, { status: 'archived' }, IP)).status).toBe(200);
    expect((await t.call(t.editor, 'PATCH', base, { name: 'Renamed' }, IP)).status).toBe(200);
    expect((await t.call(t.editor, 'PATCH', base, { status: 'draft' }, IP)).status).toBe(200);
    expect((await t.call(t.editor, 'DELETE', base, undefined, IP)).status).toBe(204);

    const log = await rows(t);
    expect(log.map((r) => [r.action, r.object_name, r.detail && JSON.parse(r.detail)])).toEqual([
      ['guide.published', 'Onboarding', { version: 1 }],
      ['guide.published', 'Onboarding', { version: 2 }],
      ['guide.rolled_back', 'Onboarding', { from: 1, version: 3 }],
      ['guide.archived', 'Onboarding', null],
      ['guide.unarchived', 'Renamed', null],
      ['guide.deleted', 'Renamed', null],
    ]);
    for (const row of log) {
      expect(row).toMatchObject({ project_id: projectId, actor_type: 'user', actor_id: t.editor.user.id, actor_name: t.editor.user.name, object_type: 'guide', object_id: id, ip: '203.0.113.9' });
      expect(Number(row.at)).toBeGreaterThanOrEqual(before);
    }
  });

  it('records admin API publishes and deletions as the secret key', async () => {
    const t = await setupConsole();
    const created = (await (await t.admin('POST', '/guides', sampleGuide('Tour'))).json()) as { id: string };
    expect((await t.admin('POST', `/guides/${created.id}/publish`)).status).toBe(200);
    expect((await t.admin('DELETE', `/guides/${created.id}`)).status).toBe(204);
    const log = await rows(t);
    expect(log.map((r) => [r.action, r.actor_type, r.actor_id, r.actor_name, r.object_name])).toEqual([
      ['guide.published', 'key', null, 'secret key', 'Tour'],
      ['guide.deleted', 'key', null, 'secret key', 'Tour'],
    ]);
  });

  it('records the sites allowed to use the public key, set in the console or through the admin API', async () => {
    const t = await setupConsole();
    const projectId = t.project.project.id;
    await t.call(t.owner, 'PATCH', `/projects/${projectId}`, { sdkOrigins: ['https://app.example.com'] });
    expect((await t.admin('PATCH', '/project', { sdkOrigins: ['https://app.example.com', 'https://*.example.jp'] })).status).toBe(200);
    expect((await t.admin('PATCH', '/project', { sdkOrigins: ['https://app.example.com', 'https://*.example.jp'] })).status).toBe(200);
    const log = await rows(t);
    expect(log.map((r) => [r.action, r.actor_type, r.detail && JSON.parse(r.detail)])).toEqual([
      ['project.updated', 'user', { sdkOrigins: { from: [], to: ['https://app.example.com'] } }],
      // The second admin patch changed nothing, so nothing was recorded.
      ['project.updated', 'key', { sdkOrigins: { from: ['https://app.example.com'], to: ['https://app.example.com', 'https://*.example.jp'] } }],
    ]);
  });

  it('records segment deletion, key rotation, project creation and settings changes', async () => {
    const t = await setupConsole();
    const projectId = t.project.project.id;
    const segment = (await (await t.call(t.editor, 'POST', `/projects/${projectId}/segments`, SEGMENT)).json()) as { id: string };
    await t.call(t.editor, 'DELETE', `/projects/${projectId}/segments/${segment.id}`);
    await t.call(t.owner, 'POST', `/projects/${projectId}/keys/rotate`, { which: 'secret' });
    await t.call(t.owner, 'PATCH', `/projects/${projectId}`, { name: 'Acme', allowedOrigins: [] });
    await t.call(t.owner, 'PATCH', `/projects/${projectId}`, { name: 'Acme Inc', allowedOrigins: ['https://app.example.com'] });
    const created = (await (await t.call(t.owner, 'POST', '/projects', { name: 'Beta' })).json()) as { project: { id: string } };
    const log = await rows(t);
    expect(log.map((r) => [r.action, r.project_id, r.object_type, r.object_name, r.detail && JSON.parse(r.detail)])).toEqual([
      ['segment.deleted', projectId, 'segment', 'Admins', null],
      ['key.rotated', projectId, 'project', 'Acme', { key: 'secret' }],
      // The first patch changed nothing, so nothing was recorded.
      ['project.updated', projectId, 'project', 'Acme Inc', { name: { from: 'Acme', to: 'Acme Inc' }, allowedOrigins: { from: [], to: ['https://app.example.com'] } }],
      ['project.created', created.project.id, 'project', 'Beta', null],
    ]);
  });

  it('records members invited, their role changed and removed, workspace-wide', async () => {
    const t = await setupConsole();
    const invited = (await (await t.call(t.owner, 'POST', '/members', { email: 'new@example.com', name: 'Nao', role: 'viewer' })).json()) as { member: { id: string } };
    await t.call(t.owner, 'PATCH', `/members/${invited.member.id}`, { role: 'viewer' });
    await t.call(t.owner, 'PATCH', `/members/${invited.member.id}`, { role: 'editor' });
    await t.call(t.owner, 'DELETE', `/members/${invited.member.id}`);
    const log = await rows(t);
    expect(log.map((r) => [r.action, r.project_id, r.object_id, r.object_name, JSON.parse(r.detail!)])).toEqual([
      ['member.invited', null, invited.member.id, 'Nao <new@example.com>', { role: 'viewer' }],
      ['member.role_changed', null, invited.member.id, 'Nao <new@example.com>', { role: { from: 'viewer', to: 'editor' } }],
      ['member.removed', null, invited.member.id, 'Nao <new@example.com>', { role: 'editor' }],
    ]);
    expect(log.every((r) => r.actor_id === t.owner.user.id)).toBe(true);
  });

  it('records nothing for a refused change (bad input, conflict, wrong role)', async () => {
    const t = await setupConsole();
    const projectId = t.project.project.id;
    const empty = (await (await t.call(t.editor, 'POST', `/projects/${projectId}/guides`, { name: 'Empty', steps: [] })).json()) as { id: string };
    expect((await t.call(t.editor, 'POST', `/projects/${projectId}/guides/${empty.id}/publish`)).status).toBe(400);
    expect((await t.call(t.owner, 'PATCH', `/members/${t.owner.user.id}`, { role: 'viewer' })).status).toBe(409);
    expect((await t.call(t.viewer, 'POST', `/projects/${projectId}/keys/rotate`, { which: 'public' })).status).toBe(403);
    expect((await t.call(t.owner, 'POST', `/projects/${projectId}/keys/rotate`, { which: 'both' })).status).toBe(400);
    expect(await rows(t)).toEqual([]);
  });

  it('writes the entry in the change\'s transaction: when the entry cannot be written, the change is undone', async () => {
    const t = await setupConsole();
    const { projectId, id } = await newGuide(t);
    await refuseInserts(t.db, 'audit_log', { name: 'audit_log_fail', message: 'disk full' });
    expect((await t.call(t.editor, 'POST', `/projects/${projectId}/guides/${id}/publish`)).status).toBe(500);
    expect((await t.call(t.editor, 'DELETE', `/projects/${projectId}/guides/${id}`)).status).toBe(500);
    const guide = await t.db.selectFrom('guides').select(['status', 'version', 'deleted_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(guide).toEqual({ status: 'draft', version: 0, deleted_at: null });
    expect(await t.db.selectFrom('guide_versions').selectAll().execute()).toEqual([]);
  });

  it('is append-only: the database refuses UPDATE and DELETE of entries', async () => {
    const t = await setupConsole();
    await t.call(t.owner, 'POST', `/projects/${t.project.project.id}/keys/rotate`, { which: 'public' });
    await expect(t.db.updateTable('audit_log').set({ actor_name: 'someone else' }).execute()).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    expect((await rows(t)).map((r) => r.actor_name)).toEqual([t.owner.user.name]);
  });
});

describe('reading the audit log', () => {
  /** Five entries in the project, one in the other project, two workspace-wide. */
  async function withEntries() {
    const t = await setupConsole();
    const projectId = t.project.project.id;
    for (const name of ['A', 'B', 'C']) {
      const { id } = await newGuide(t, name);
      await t.call(t.editor, 'POST', `/projects/${projectId}/guides/${id}/publish`);
    }
    await t.call(t.owner, 'POST', `/projects/${projectId}/keys/rotate`, { which: 'public' });
    await t.call(t.owner, 'PATCH', `/projects/${projectId}`, { name: 'Acme 2' });
    await t.call(t.owner, 'POST', `/projects/${t.other.project.id}/keys/rotate`, { which: 'public' });
    await t.call(t.owner, 'PATCH', `/members/${t.viewer.user.id}`, { role: 'editor' });
    await t.call(t.owner, 'PATCH', `/members/${t.viewer.user.id}`, { role: 'viewer' });
    const read = async (query = '') => {
      const res = await t.call(t.owner, 'GET', `/projects/${projectId}/audit-log${query}`);
      expect(res.status, await res.clone().text()).toBe(200);
      return (await res.json()) as AuditPage;
    };
    return { t, projectId, read };
  }

  it('lists the project\'s and the workspace\'s entries, newest first, with paging and filters', async () => {
    const { t, read } = await withEntries();
    const all = await read();
    expect(all.total).toBe(7);
    expect(all.entries.map((e) => e.action)).toEqual([
      'member.role_changed',
      'member.role_changed',
      'project.updated',
      'key.rotated',
      'guide.published',
      'guide.published',
      'guide.published',
    ]);
    expect(all.entries[4]).toMatchObject({ actor: { type: 'user', id: t.editor.user.id, name: t.editor.user.name }, object: { type: 'guide', name: 'C' }, detail: { version: 1 } });
    expect(Date.parse(all.entries[0]!.at)).toBeGreaterThan(Date.now() - 60_000);

    const page2 = await read('?limit=3&offset=3');
    expect(page2).toEqual({ ...all, entries: all.entries.slice(3, 6) });
    expect((await read('?action=guide.published')).entries.map((e) => e.object.name)).toEqual(['C', 'B', 'A']);
    const byEditor = await read(`?actor=${t.editor.user.id}`);
    expect(byEditor.total).toBe(3);
    expect(byEditor.entries.every((e) => e.actor.id === t.editor.user.id)).toBe(true);
    expect(await read('?action=segment.deleted')).toMatchObject({ total: 0, entries: [] });
  });

  it('lists everyone who appears in the log for the person filter, removed members and the secret key included', async () => {
    const { t, projectId, read } = await withEntries();
    const created = (await (await t.admin('POST', '/guides', sampleGuide('Via API'))).json()) as { id: string };
    await t.admin('POST', `/guides/${created.id}/publish`);
    await t.call(t.owner, 'PATCH', `/members/${t.editor.user.id}`, { role: 'viewer' });
    await t.call(t.owner, 'DELETE', `/members/${t.editor.user.id}`);
    const page = await read('?action=member.removed');
    expect(page.total).toBe(1);
    // The filter does not narrow the people to choose from.
    expect(page.actors).toEqual(
      [
        { id: t.editor.user.id, name: t.editor.user.name },
        { id: t.owner.user.id, name: t.owner.user.name },
        { id: 'key', name: 'secret key' },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
    const byKey = await read('?actor=key');
    expect(byKey.entries.map((e) => [e.action, e.actor.type, e.object.name])).toEqual([['guide.published', 'key', 'Via API']]);
    expect((await t.call(t.owner, 'GET', `/projects/${projectId}/audit-log?actor=${t.editor.user.id}`)).status).toBe(200);
  });

  it('answers 400 naming the parameter, 403 to editors and viewers, 404 for an unknown project', async () => {
    const { t, projectId } = await withEntries();
    for (const [query, field] of [['?action=guide.exploded', 'action'], ['?limit=0', 'limit'], ['?limit=201', 'limit'], ['?offset=-1', 'offset']] as const) {
      const res = await t.call(t.owner, 'GET', `/projects/${projectId}/audit-log${query}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(new RegExp(`^${field}: `));
    }
    expect((await t.call(t.editor, 'GET', `/projects/${projectId}/audit-log`)).status).toBe(403);
    expect((await t.call(t.viewer, 'GET', `/projects/${projectId}/audit-log`)).status).toBe(403);
    expect((await t.call(t.owner, 'GET', '/projects/nope/audit-log')).status).toBe(404);
  });

  it('answers GET /api/v1/audit-log with the key\'s project\'s entries only', async () => {
    const { t } = await withEntries();
    const res = await t.admin('GET', '/audit-log?limit=2');
    expect(res.status).toBe(200);
    const page = (await res.json()) as AuditPage;
    expect(page.total).toBe(5);
    expect(page.entries.map((e) => e.action)).toEqual(['project.updated', 'key.rotated']);
    expect((await t.admin('GET', '/audit-log?action=nope')).status).toBe(400);
    expect((await t.admin('GET', '/audit-log', undefined, 'sk_unknown')).status).toBe(401);
    expect((await t.admin('GET', '/audit-log', undefined, t.project.project.publicKey)).status).toBe(403);
    const other = (await (await t.admin('GET', '/audit-log', undefined, t.other.secretKey)).json()) as AuditPage;
    expect(other.entries.map((e) => [e.action, e.projectId])).toEqual([['key.rotated', t.other.project.id]]);
  });
});
