import { describe, expect, it } from 'vitest';
import { setupTest } from '../test-support.js';
import { bulkInsert, insertNew, selectWithin, type BulkInsert } from './bulk-statements.js';

const TRAIT_VALUES = { table: 'trait_values', columns: ['project_id', 'scope', 'key', 'value'], conflict: ['project_id', 'scope', 'key', 'value'] };
const TRACK_NAMES: BulkInsert = { table: 'track_event_names', columns: ['project_id', 'name', 'last_seen_at'], conflict: ['project_id', 'name'], update: { last_seen_at: 'later' } };

describe('bulk statements', () => {
  it('insertNew reports which rows went in, leaving stored keys untouched, across statement pieces', async () => {
    const t = await setupTest();
    const projectId = t.project.project.id;
    const row = (n: number) => [projectId, 'user', 'plan', `v${n}`];
    await t.db.transaction().execute((trx) => insertNew(trx, TRAIT_VALUES, [row(1), row(3)]));
    // 70 rows: pieces of 64, 4, 1 and 1, two of them already stored.
    const rows = Array.from({ length: 70 }, (_, n) => row(n));
    const inserted = await t.db.transaction().execute((trx) => insertNew(trx, TRAIT_VALUES, rows));
    expect(inserted.map((isNew, n) => (isNew ? null : n)).filter((n) => n !== null)).toEqual([1, 3]);
    const stored = await t.db.selectFrom('trait_values').select('value').where('project_id', '=', projectId).execute();
    expect(stored).toHaveLength(70);
  });

  it('upserts keep the later value, and counters add their deltas', async () => {
    const t = await setupTest();
    const projectId = t.project.project.id;
    await bulkInsert(t.db, TRACK_NAMES, [[projectId, 'saved', 200], [projectId, 'sent', 100]]);
    await bulkInsert(t.db, TRACK_NAMES, [[projectId, 'saved', 150], [projectId, 'sent', 300]]);
    const names = await t.db.selectFrom('track_event_names').select(['name', 'last_seen_at']).orderBy('name').execute();
    expect(names).toEqual([{ name: 'saved', last_seen_at: 200 }, { name: 'sent', last_seen_at: 300 }]);

    const stats: BulkInsert = { table: 'guide_stats', columns: ['project_id', 'guide_id', 'version', 'started_users', 'completed_users', 'dismissed_users'], conflict: ['project_id', 'guide_id', 'version'], update: { started_users: 'add', completed_users: 'add', dismissed_users: 'add' } };
    await bulkInsert(t.db, stats, [[projectId, 'g', 1, 2, 0, 0]]);
    await bulkInsert(t.db, stats, [[projectId, 'g', 1, -1, 1, 0]]);
    expect(await t.db.selectFrom('guide_stats').select(['started_users', 'completed_users', 'dismissed_users']).executeTakeFirst()).toEqual({ started_users: 1, completed_users: 1, dismissed_users: 0 });
  });

  it('selectWithin reads every combination of the lists, long lists in slices', async () => {
    const t = await setupTest();
    const projectId = t.project.project.id;
    const values = Array.from({ length: 600 }, (_, n) => `v${n}`);
    await bulkInsert(t.db, TRAIT_VALUES, values.flatMap((value) => [[projectId, 'user', 'plan', value], [projectId, 'account', 'plan', value]]));
    const read = await selectWithin<{ scope: string; value: string }>(t.db, 'trait_values', ['scope', 'value'], { project_id: projectId, key: 'plan' }, { value: values.slice(0, 599), scope: ['user'] });
    expect(read).toHaveLength(599);
    expect(new Set(read.map((r) => r.scope))).toEqual(new Set(['user']));
    expect(await selectWithin(t.db, 'trait_values', ['value'], { project_id: projectId }, { value: [] })).toEqual([]);
    expect(await selectWithin(t.db, 'trait_values', ['value'], { project_id: t.other.project.id }, { value: values })).toEqual([]);
  });
});
