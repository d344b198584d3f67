import { describe, expect, it } from 'vitest';
import { setupConsole } from '../console/console-test-support.js';
import type { AuditPage } from '../console/console-types.js';
import { publishedGuide } from '../test-support.js';
import { seedSampleAuditLog } from './sample-audit-log.js';

describe('sample audit log', () => {
  it('fills an empty log once, newest entry listed first, readable through the console route', async () => {
    const t = await setupConsole();
    // Publishing records an entry, so the guide lives in one project and the sample goes to the other, still empty.
    const { id } = await publishedGuide(t);
    const projectId = t.other.project.id;
    const guide = await t.db.selectFrom('guide_versions').select('snapshot').where('guide_id', '=', id).executeTakeFirstOrThrow();
    const now = Date.UTC(2026, 10, 30, 12);
    expect(await seedSampleAuditLog(t.db, projectId, [JSON.parse(guide.snapshot)], now)).toBeGreaterThan(5);
    expect(await seedSampleAuditLog(t.db, projectId, [JSON.parse(guide.snapshot)], now)).toBe(0);
    const page = (await (await t.call(t.owner, 'GET', `/projects/${projectId}/audit-log`)).json()) as AuditPage;
    const times = page.entries.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(page.entries[0]).toMatchObject({ action: 'guide.published', object: { id, name: 'Onboarding' }, detail: { version: 2 } });
    expect(new Set(page.entries.map((e) => e.actor.type))).toEqual(new Set(['user', 'key']));
  });
});
