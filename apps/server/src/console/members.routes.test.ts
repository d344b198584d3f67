import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support.js';
import { setupConsole } from './console-test-support.js';

describe('members', () => {
  it('lists members without password hashes', async () => {
    const t = await setupConsole();
    const res = await t.call(t.owner, 'GET', '/members');
    const body = (await res.json()) as { members: Record<string, unknown>[] };
    expect(body.members.map((m) => m.email).sort()).toEqual(['editor@example.com', 'owner@example.com', 'viewer@example.com']);
    expect(Object.keys(body.members[0]!).sort()).toEqual(['createdAt', 'email', 'id', 'name', 'role']);
  });

  it('adds a member with a one-time password that signs in; 409 for an existing email', async () => {
    const t = await setupConsole();
    const res = await t.call(t.owner, 'POST', '/members', { email: 'New@Example.com', name: 'New', role: 'editor' });
    expect(res.status).toBe(201);
    const { member, temporaryPassword } = (await res.json()) as { member: { email: string; role: string }; temporaryPassword: string };
    expect(member).toMatchObject({ email: 'new@example.com', role: 'editor' });
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(16);
    const signIn = await t.call(null, 'POST', '/session', { email: 'new@example.com', password: temporaryPassword });
    expect(signIn.status).toBe(200);

    const again = await t.call(t.owner, 'POST', '/members', { email: 'NEW@example.com', name: 'Dup', role: 'viewer' });
    expect(again.status).toBe(409);
    expect(await errorOf(again)).toMatchObject({ code: 'email_taken', message: expect.stringMatching(/^email: /) });
  });

  it('names the field of bad member input', async () => {
    const t = await setupConsole();
    const bad = await t.call(t.owner, 'POST', '/members', { email: 'x@example.com', name: 'X', role: 'admin' });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toMatch(/^role: must be owner, editor or viewer/);
    const patch = await t.call(t.owner, 'PATCH', `/members/${t.viewer.user.id}`, { role: 'god' });
    expect((await errorOf(patch)).message).toMatch(/^role: /);
    expect((await t.db.selectFrom('users').select('id').execute()).length).toBe(3);
  });

  it('keeps at least one owner: demoting or removing the last owner answers 409 last_owner', async () => {
    const t = await setupConsole();
    const demote = await t.call(t.owner, 'PATCH', `/members/${t.owner.user.id}`, { role: 'editor' });
    expect(demote.status).toBe(409);
    expect((await errorOf(demote)).code).toBe('last_owner');
    const remove = await t.call(t.owner, 'DELETE', `/members/${t.owner.user.id}`);
    expect(remove.status).toBe(409);
    expect((await errorOf(remove)).code).toBe('last_owner');
    expect((await t.call(t.owner, 'GET', '/session')).status).toBe(200);

    // With a second owner, the first may step down.
    expect((await t.call(t.owner, 'PATCH', `/members/${t.editor.user.id}`, { role: 'owner' })).status).toBe(200);
    const stepDown = await t.call(t.owner, 'PATCH', `/members/${t.owner.user.id}`, { role: 'viewer' });
    expect(stepDown.status).toBe(200);
    expect(((await stepDown.json()) as { member: { role: string } }).member.role).toBe('viewer');
    expect((await t.call(t.editor, 'DELETE', `/members/${t.editor.user.id}`)).status).toBe(409);
  });

  it("removing a member ends their sessions at once", async () => {
    const t = await setupConsole();
    expect((await t.call(t.editor, 'GET', '/session')).status).toBe(200);
    expect((await t.call(t.owner, 'DELETE', `/members/${t.editor.user.id}`)).status).toBe(204);
    expect((await t.call(t.editor, 'GET', '/session')).status).toBe(401);
    expect(await t.db.selectFrom('sessions').select('id_hash').where('user_id', '=', t.editor.user.id).execute()).toEqual([]);
    expect((await t.call(t.owner, 'DELETE', `/members/${t.editor.user.id}`)).status).toBe(404);
  });
});
