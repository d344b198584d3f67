import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { ensureFirstOwner } from './first-owner.js';

describe('first owner', () => {
  it('creates an owner whose printed password signs in, only while no user exists', async () => {
    const db = openDatabase(':memory:');
    await migrateToLatest(db);
    const first = await ensureFirstOwner(db);
    expect(first?.email).toBe('owner@shirube.local');
    expect(await ensureFirstOwner(db)).toBeNull();
    const app = createApp({ db });
    const res = await app.request('/api/console/session', { method: 'POST', body: JSON.stringify(first) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { user: { role: string } }).user.role).toBe('owner');
    expect(await (await app.request('/api/console/setup')).json()).toEqual({ needed: false });
    const audit = await db.selectFrom('audit_log').select(['action', 'actor_type', 'actor_name', 'object_name']).execute();
    expect(audit).toEqual([{ action: 'member.invited', actor_type: 'system', actor_name: 'pnpm start', object_name: 'Owner <owner@shirube.local>' }]);
  });
});
