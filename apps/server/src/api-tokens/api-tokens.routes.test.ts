import { describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens.js';
import { setupConsole, type Actor, type ConsoleTestContext } from '../console/console-test-support.js';
import { errorOf, sampleGuide } from '../test-support.js';
import { LAST_USED_RESOLUTION_MS } from './api-tokens.repo.js';

interface Created {
  token: string;
  apiToken: { id: string; name: string; createdAt: string; expiresAt: string | null; lastUsedAt: string | null };
}

async function createToken(t: ConsoleTestContext, actor: Actor, body: unknown = { name: 'Nightly export' }): Promise<Created> {
  const res = await t.call(actor, 'POST', '/api-tokens', body);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Created;
}

/** An admin API call with a personal API token and the project header. */
function withToken(t: ConsoleTestContext, token: string, method: string, path: string, body?: unknown, projectId: string | null = t.project.project.id) {
  return t.app.request(`http://localhost/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(projectId === null ? {} : { 'shirube-project': projectId }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const tokenRows = (t: ConsoleTestContext) => t.db.selectFrom('api_tokens').selectAll().execute();

describe('personal API tokens in the console', () => {
  it('shows a new token once and stores only its hash', async () => {
    const t = await setupConsole();
    const { token, apiToken } = await createToken(t, t.viewer, { name: '  Nightly export  ', expiresInDays: 30 });
    expect(token).toMatch(/^shirube_pat_[0-9A-Za-z]{40}$/);
    expect(apiToken.name).toBe('Nightly export');
    expect(Date.parse(apiToken.expiresAt!) - Date.parse(apiToken.createdAt)).toBe(30 * 24 * 60 * 60 * 1000);
    const [row] = await tokenRows(t);
    expect(row!.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token.slice('shirube_pat_'.length));
    const listed = await (await t.call(t.viewer, 'GET', '/api-tokens')).json();
    expect(listed).toEqual({ apiTokens: [apiToken] });
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it('lists only the member’s own tokens, newest first', async () => {
    const t = await setupConsole();
    await createToken(t, t.editor, { name: 'First' });
    await createToken(t, t.editor, { name: 'Second' });
    await createToken(t, t.owner, { name: 'Owner’s' });
    const { apiTokens } = (await (await t.call(t.editor, 'GET', '/api-tokens')).json()) as { apiTokens: Array<{ name: string }> };
    expect(apiTokens.map((token) => token.name)).toEqual(['Second', 'First']);
  });

  it('refuses a nameless token or a bad lifetime with a 400 naming the field, creating nothing', async () => {
    const t = await setupConsole();
    const empty = await t.call(t.editor, 'POST', '/api-tokens', { name: ' ' });
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).message).toMatch(/^name: /);
    const forever = await t.call(t.editor, 'POST', '/api-tokens', { name: 'x', expiresInDays: 0 });
    expect(forever.status).toBe(400);
    expect((await errorOf(forever)).message).toMatch(/^expiresInDays: /);
    expect(await tokenRows(t)).toEqual([]);
  });

  it('records creating and revoking in the audit log, naming the member', async () => {
    const t = await setupConsole();
    const { apiToken } = await createToken(t, t.editor);
    expect((await t.call(t.editor, 'DELETE', `/api-tokens/${apiToken.id}`)).status).toBe(204);
    const entries = await t.db.selectFrom('audit_log').select(['action', 'actor_name', 'object_type', 'object_name', 'project_id']).orderBy('seq').execute();
    expect(entries).toEqual([
      { action: 'api_token.created', actor_name: t.editor.user.name, object_type: 'api_token', object_name: 'Nightly export', project_id: null },
      { action: 'api_token.revoked', actor_name: t.editor.user.name, object_type: 'api_token', object_name: 'Nightly export', project_id: null },
    ]);
  });

  it('lets nobody revoke another member’s token (404), and a revoked token leaves the list', async () => {
    const t = await setupConsole();
    const { apiToken } = await createToken(t, t.editor);
    expect((await t.call(t.owner, 'DELETE', `/api-tokens/${apiToken.id}`)).status).toBe(404);
    expect((await tokenRows(t))[0]!.revoked_at).toBeNull();
    expect((await t.call(t.editor, 'DELETE', `/api-tokens/${apiToken.id}`)).status).toBe(204);
    expect((await t.call(t.editor, 'DELETE', `/api-tokens/${apiToken.id}`)).status).toBe(404);
    expect(await (await t.call(t.editor, 'GET', '/api-tokens')).json()).toEqual({ apiTokens: [] });
  });
});

describe('personal API tokens on the admin API', () => {
  it('act as their member on the project the header names', async () => {
    const t = await setupConsole();
    const { token } = await createToken(t, t.editor);
    const created = await withToken(t, token, 'POST', '/guides', sampleGuide('From a script'));
    expect(created.status).toBe(201);
    const { guides } = (await (await withToken(t, token, 'GET', '/guides')).json()) as { guides: Array<{ name: string }> };
    expect(guides.map((guide) => guide.name)).toEqual(['From a script']);
    // The other project has no guides: the header picks the project.
    const other = (await (await withToken(t, token, 'GET', '/guides', undefined, t.other.project.id)).json()) as { guides: unknown[] };
    expect(other.guides).toEqual([]);
    const { id } = (await created.json()) as { id: string };
    await withToken(t, token, 'POST', `/guides/${id}/publish`);
    const audit = await t.db.selectFrom('audit_log').select(['action', 'actor_type', 'actor_id', 'actor_name']).where('action', '=', 'guide.published').execute();
    expect(audit).toEqual([{ action: 'guide.published', actor_type: 'user', actor_id: t.editor.user.id, actor_name: `${t.editor.user.name} (API token "Nightly export")` }]);
  });

  it("hold a viewer's token to reading: a write is 403 and changes nothing", async () => {
    const t = await setupConsole();
    const { token } = await createToken(t, t.viewer);
    expect((await withToken(t, token, 'GET', '/guides')).status).toBe(200);
    const refused = await withToken(t, token, 'POST', '/guides', sampleGuide());
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).message).toContain('editor');
    expect(await t.db.selectFrom('guides').selectAll().execute()).toEqual([]);
  });

  it('follow a role change at once', async () => {
    const t = await setupConsole();
    const { token } = await createToken(t, t.viewer);
    expect((await withToken(t, token, 'POST', '/guides', sampleGuide())).status).toBe(403);
    await t.call(t.owner, 'PATCH', `/members/${t.viewer.user.id}`, { role: 'editor' });
    expect((await withToken(t, token, 'POST', '/guides', sampleGuide())).status).toBe(201);
  });

  it('need the project header (400 naming it) and an existing project (404)', async () => {
    const t = await setupConsole();
    const { token } = await createToken(t, t.editor);
    const missing = await withToken(t, token, 'GET', '/guides', undefined, null);
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).message).toMatch(/^Shirube-Project: /);
    const unknown = await withToken(t, token, 'GET', '/guides', undefined, 'nope');
    expect(unknown.status).toBe(404);
  });

  it('stop working when revoked, expired or their member is removed, saying which (401)', async () => {
    const t = await setupConsole();
    const revoked = await createToken(t, t.editor, { name: 'Old CI' });
    await t.call(t.editor, 'DELETE', `/api-tokens/${revoked.apiToken.id}`);
    const afterRevoke = await withToken(t, revoked.token, 'GET', '/guides');
    expect(afterRevoke.status).toBe(401);
    expect((await errorOf(afterRevoke)).message).toMatch(/"Old CI"\) was revoked/);

    const expiring = await createToken(t, t.editor, { name: 'Short', expiresInDays: 1 });
    await t.db.updateTable('api_tokens').set({ expires_at: Date.now() - 1 }).where('id', '=', expiring.apiToken.id).execute();
    const afterExpiry = await withToken(t, expiring.token, 'GET', '/guides');
    expect(afterExpiry.status).toBe(401);
    expect((await errorOf(afterExpiry)).message).toMatch(/expired on/);

    const leaver = await t.addUser('editor', 'leaver@example.com');
    const orphan = await createToken(t, leaver);
    await t.call(t.owner, 'DELETE', `/members/${leaver.user.id}`);
    const afterRemoval = await withToken(t, orphan.token, 'GET', '/guides');
    expect(afterRemoval.status).toBe(401);
    expect((await errorOf(afterRemoval)).message).toMatch(/removed/);

    const guessed = await withToken(t, `shirube_pat_${'a'.repeat(40)}`, 'GET', '/guides');
    expect(guessed.status).toBe(401);
    expect((await errorOf(guessed)).message).toBe('Unknown API token');
  });

  it('record when they were last used, at most once a minute', async () => {
    const t = await setupConsole();
    const { token, apiToken } = await createToken(t, t.editor);
    expect(apiToken.lastUsedAt).toBeNull();
    await withToken(t, token, 'GET', '/guides');
    const first = (await tokenRows(t))[0]!.last_used_at;
    expect(first).not.toBeNull();
    await withToken(t, token, 'GET', '/guides');
    expect((await tokenRows(t))[0]!.last_used_at).toBe(first);
    await t.db.updateTable('api_tokens').set({ last_used_at: Number(first) - LAST_USED_RESOLUTION_MS }).execute();
    await withToken(t, token, 'GET', '/guides');
    expect(Number((await tokenRows(t))[0]!.last_used_at)).toBeGreaterThanOrEqual(Number(first));
    const { apiTokens } = (await (await t.call(t.editor, 'GET', '/api-tokens')).json()) as { apiTokens: Array<{ lastUsedAt: string | null }> };
    expect(apiTokens[0]!.lastUsedAt).not.toBeNull();
  });
});
