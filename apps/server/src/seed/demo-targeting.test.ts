import { describe, expect, it } from 'vitest';
import { previewAudience } from '../people/audience-preview.js';
import { setupTest } from '../test-support.js';
import { seedDemoActivity } from './demo-activity.js';
import { APPROVERS_SEGMENT, seedDemoTargeting } from './demo-targeting.js';

describe('demo targeting sample', () => {
  it('adds the Approvers segment and a published guide for it, once', async () => {
    const t = await setupTest();
    const projectId = t.project.project.id;
    await seedDemoTargeting(t.db, projectId);
    await seedDemoTargeting(t.db, projectId);
    const segments = await t.db.selectFrom('segments').select('id').where('project_id', '=', projectId).execute();
    expect(segments).toHaveLength(1);
    const body = (await (await t.sdk('GET', '/guides')).json()) as { guides: Array<{ name: string }>; segments: Record<string, unknown> };
    expect(body.guides.map((g) => g.name)).toEqual(['Approvals at a glance']);
    expect(body.segments).toEqual({ [segments[0]!.id]: APPROVERS_SEGMENT.audience });
  });

  it('previews an audience over the sample people quickly', async () => {
    const t = await setupTest();
    const projectId = t.project.project.id;
    await seedDemoActivity(t.db, projectId);
    const started = performance.now();
    const preview = await previewAudience(t.db, projectId, APPROVERS_SEGMENT.audience);
    const elapsed = performance.now() - started;
    expect(preview.total).toBeGreaterThan(100);
    expect(preview.matching).toBeGreaterThan(0);
    expect(preview.matching).toBeLessThan(preview.total);
    // Measured around 5 ms for ~200 sample users; the bound leaves room for a busy machine.
    expect(elapsed).toBeLessThan(500);
    console.info(`audience preview: ${preview.matching} of ${preview.total} users in ${elapsed.toFixed(1)} ms`);
  }, 60_000);
});
