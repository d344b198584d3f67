import type { PublishedGuide } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { errorOf, sampleGuide } from '../test-support.js';
import { setupConsole, type ConsoleTestContext } from './console-test-support.js';
import type { ConsoleGuide, ConsoleGuideVersion, GuideListItem } from './console-types.js';

async function setup() {
  const t = await setupConsole();
  const base = `/projects/${t.project.project.id}/guides`;
  const create = async (name = 'Onboarding') => (await (await t.call(t.editor, 'POST', base, sampleGuide(name))).json()) as ConsoleGuide;
  const live = async () => ((await (await t.sdk('GET', '/guides')).json()) as { guides: PublishedGuide[] }).guides;
  return { t, base, create, live };
}

const ref = (t: ConsoleTestContext, who: 'owner' | 'editor') => ({ id: t[who].user.id, name: t[who].user.name });

describe('console guides', () => {
  it('records who created, edited and published a guide', async () => {
    const { t, base, create } = await setup();
    const guide = await create();
    expect(guide).toMatchObject({ name: 'Onboarding', status: 'draft', version: 0, updatedBy: ref(t, 'editor') });
    const patched = (await (await t.call(t.owner, 'PATCH', `${base}/${guide.id}`, { name: 'Renamed' })).json()) as ConsoleGuide;
    expect(patched.updatedBy).toEqual(ref(t, 'owner'));
    const published = (await (await t.call(t.editor, 'POST', `${base}/${guide.id}/publish`)).json()) as { guide: ConsoleGuide; version: number };
    expect(published.version).toBe(1);
    expect(published.guide).toMatchObject({ status: 'published', version: 1, updatedBy: ref(t, 'owner') });

    const versions = (await (await t.call(t.viewer, 'GET', `${base}/${guide.id}/versions`)).json()) as { versions: ConsoleGuideVersion[] };
    expect(versions.versions).toEqual([{ version: 1, name: 'Renamed', stepCount: 2, publishedAt: expect.any(String), publishedBy: ref(t, 'editor') }]);

    // The admin API leaves no console author behind.
    await t.admin('PATCH', `/guides/${guide.id}`, { name: 'By automation' });
    await t.admin('POST', `/guides/${guide.id}/publish`);
    expect(((await (await t.call(t.viewer, 'GET', `${base}/${guide.id}`)).json()) as ConsoleGuide).updatedBy).toBeNull();
    const after = (await (await t.call(t.viewer, 'GET', `${base}/${guide.id}/versions`)).json()) as { versions: ConsoleGuideVersion[] };
    expect(after.versions.map((v) => [v.version, v.publishedBy])).toEqual([[2, null], [1, ref(t, 'editor')]]);
  });

  it('never changes the live SDK guides with draft edits until publish', async () => {
    const { t, base, create, live } = await setup();
    const guide = await create();
    expect(await live()).toEqual([]);
    await t.call(t.editor, 'POST', `${base}/${guide.id}/publish`);
    const v1 = await live();
    expect(v1.map((g) => [g.name, g.version])).toEqual([['Onboarding', 1]]);

    const steps = [{ id: 'only', kind: 'modal', title: 'Changed', content: [], advance: 'next' }];
    expect((await t.call(t.editor, 'PATCH', `${base}/${guide.id}`, { name: 'Draft name', steps })).status).toBe(200);
    expect(await live()).toEqual(v1);

    await t.call(t.editor, 'POST', `${base}/${guide.id}/publish`);
    expect((await live()).map((g) => [g.name, g.version, g.steps.length])).toEqual([['Draft name', 2, 1]]);
  });

  it('rolls back by publishing the old content as a new version and making it the draft', async () => {
    const { t, base, create, live } = await setup();
    const guide = await create('Original');
    await t.call(t.editor, 'POST', `${base}/${guide.id}/publish`);
    await t.call(t.editor, 'PATCH', `${base}/${guide.id}`, { name: 'Broken', steps: [{ id: 'x', kind: 'modal', title: 'x', content: [], advance: 'next' }] });
    await t.call(t.editor, 'POST', `${base}/${guide.id}/publish`);

    const res = await t.call(t.owner, 'POST', `${base}/${guide.id}/rollback`, { version: 1 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { guide: ConsoleGuide; version: number };
    expect(body.version).toBe(3);
    expect(body.guide).toMatchObject({ name: 'Original', version: 3, status: 'published', steps: guide.steps, updatedBy: ref(t, 'owner') });

    const v3 = (await (await t.call(t.viewer, 'GET', `${base}/${guide.id}/versions/3`)).json()) as PublishedGuide;
    const v1 = (await (await t.call(t.viewer, 'GET', `${base}/${guide.id}/versions/1`)).json()) as PublishedGuide;
    expect({ ...v3, version: 1 }).toEqual(v1);
    expect((await live())[0]).toEqual(v3);
    const versions = (await (await t.call(t.viewer, 'GET', `${base}/${guide.id}/versions`)).json()) as { versions: ConsoleGuideVersion[] };
    expect(versions.versions.map((v) => [v.version, v.name, v.publishedBy?.id])).toEqual([
      [3, 'Original', t.owner.user.id],
      [2, 'Broken', t.editor.user.id],
      [1, 'Original', t.editor.user.id],
    ]);
  });

  it('answers 400 naming version for a rollback to a version that does not exist, changing nothing', async () => {
    const { t, base, create } = await setup();
    const guide = await create();
    await t.call(t.editor, 'POST', `${base}/${guide.id}/publish`);
    for (const version of [9, 0, 'one']) {
      const res = await t.call(t.editor, 'POST', `${base}/${guide.id}/rollback`, { version });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toMatch(/^version: /);
    }
    expect(((await (await t.call(t.viewer, 'GET', `${base}/${guide.id}`)).json()) as ConsoleGuide).version).toBe(1);
    expect((await t.call(t.viewer, 'GET', `${base}/${guide.id}/versions/9`)).status).toBe(404);
  });

  it('lists guides with live figures of the live version only', async () => {
    const { t, base, create } = await setup();
    const draft = await create('Draft only');
    await new Promise((r) => setTimeout(r, 5)); // newest first is by creation time
    const published = await create('Published');
    await t.call(t.editor, 'POST', `${base}/${published.id}/publish`);
    expect((await t.call(t.editor, 'PATCH', `${base}/${published.id}`, { onboarding: true })).status).toBe(200);
    await t.call(t.editor, 'POST', `${base}/${published.id}/publish`);
    expect((await t.call(t.editor, 'PATCH', `${base}/${draft.id}`, { helpLauncher: true })).status).toBe(200);
    const projectId = t.project.project.id;
    await t.db
      .insertInto('guide_stats')
      .values([
        { project_id: projectId, guide_id: published.id, version: 1, started_users: 100, completed_users: 90, dismissed_users: 0 },
        { project_id: projectId, guide_id: published.id, version: 2, started_users: 8, completed_users: 2, dismissed_users: 1 },
      ])
      .execute();
    const { guides } = (await (await t.call(t.viewer, 'GET', base)).json()) as { guides: GuideListItem[] };
    expect(guides).toEqual([
      {
        id: published.id,
        name: 'Published',
        format: 'walkthrough',
        status: 'published',
        version: 2,
        stepCount: 2,
        onboarding: true,
        helpLauncher: false,
        updatedAt: expect.any(String),
        updatedBy: ref(t, 'editor'),
        live: { version: 2, viewers: 8, completed: 2, completionRate: 0.25 },
      },
      { id: draft.id, name: 'Draft only', format: 'walkthrough', status: 'draft', version: 0, stepCount: 2, onboarding: false, helpLauncher: true, updatedAt: expect.any(String), updatedBy: ref(t, 'editor'), live: null },
    ]);
  });

  it('creates announcements, banners and hotspots, lists each by what it is, and publishes the hotspots setting', async () => {
    const { t, base } = await setup();
    const post = async (body: unknown) => (await (await t.call(t.editor, 'POST', base, body)).json()) as ConsoleGuide;
    const announcement = await post({ name: 'New approvals', steps: [{ id: 'a', kind: 'modal', title: 'New', content: [], advance: 'next' }] });
    const banner = await post({ name: 'Maintenance', steps: [{ id: 'b', kind: 'banner', title: 'Saturday', content: [], advance: 'next', position: 'bottom' }] });
    expect(banner.steps[0]).toMatchObject({ kind: 'banner', position: 'bottom', button: true });
    const hotspots = await post({ name: 'Tips', kind: 'hotspots', steps: sampleGuide().steps!.slice(1) });
    expect(hotspots).toMatchObject({ kind: 'hotspots', hotspotVisibility: 'until_dismissed' });
    const { guides } = (await (await t.call(t.viewer, 'GET', base)).json()) as { guides: GuideListItem[] };
    expect(Object.fromEntries(guides.map((g) => [g.id, g.format]))).toEqual({ [announcement.id]: 'announcement', [banner.id]: 'banner', [hotspots.id]: 'hotspots' });

    const patched = await t.call(t.editor, 'PATCH', `${base}/${hotspots.id}`, { hotspotVisibility: 'always' });
    expect(((await patched.json()) as ConsoleGuide).hotspotVisibility).toBe('always');
    await t.call(t.editor, 'POST', `${base}/${hotspots.id}/publish`);
    await t.call(t.editor, 'POST', `${base}/${banner.id}/publish`);
    const live = ((await (await t.sdk('GET', '/guides')).json()) as { guides: PublishedGuide[] }).guides;
    expect(live.map((g) => [g.name, g.hotspotVisibility])).toEqual([['Maintenance', undefined], ['Tips', 'always']]);
  });

  it('refuses an unknown hotspots setting or a banner at the side, naming the field, changing nothing', async () => {
    const { t, base, create } = await setup();
    const guide = await create();
    const setting = await t.call(t.editor, 'PATCH', `${base}/${guide.id}`, { hotspotVisibility: 'sometimes' });
    expect(setting.status).toBe(400);
    expect((await errorOf(setting)).message).toContain('hotspotVisibility');
    const side = await t.call(t.editor, 'PATCH', `${base}/${guide.id}`, { steps: [{ id: 'b', kind: 'banner', title: 'x', content: [], advance: 'next', position: 'left' }] });
    expect(side.status).toBe(400);
    expect((await errorOf(side)).message).toContain('steps[0].position');
    expect(await (await t.call(t.viewer, 'GET', `${base}/${guide.id}`)).json()).toEqual(guide);
    expect((await t.call(t.viewer, 'PATCH', `${base}/${guide.id}`, { hotspotVisibility: 'always' })).status).toBe(403);
  });

  it("keeps projects apart: another project's guide is 404", async () => {
    const { t, base, create } = await setup();
    const guide = await create();
    const otherBase = `/projects/${t.other.project.id}/guides`;
    expect((await t.call(t.editor, 'GET', `${otherBase}/${guide.id}`)).status).toBe(404);
    expect((await t.call(t.editor, 'PATCH', `${otherBase}/${guide.id}`, { name: 'x' })).status).toBe(404);
    expect((await t.call(t.editor, 'GET', `/projects/nope/guides`)).status).toBe(404);
    expect(((await (await t.call(t.viewer, 'GET', `${base}/${guide.id}`)).json()) as ConsoleGuide).name).toBe('Onboarding');
  });

  it('names the field of a bad draft and leaves the guide unchanged', async () => {
    const { t, base, create } = await setup();
    const guide = await create();
    const res = await t.call(t.editor, 'PATCH', `${base}/${guide.id}`, { steps: [{ id: 'x', kind: 'tooltip', title: 't', content: [], advance: 'next' }] });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('steps[0].target');
    expect(await (await t.call(t.viewer, 'GET', `${base}/${guide.id}`)).json()).toEqual(guide);
  });

  it("issues a builder link only for an app URL on one of the project's allowedOrigins", async () => {
    const { t, base, create } = await setup();
    const guide = await create();
    await t.call(t.owner, 'PATCH', `/projects/${t.project.project.id}`, { allowedOrigins: ['https://app.example.com'] });
    for (const appUrl of ['https://app.example.com.evil.test/', 'https://evil.test/?https://app.example.com', 'http://app.example.com/', 'not a url', 'javascript:alert(1)']) {
      const res = await t.call(t.editor, 'POST', `${base}/${guide.id}/builder-token`, { appUrl });
      expect(res.status, appUrl).toBe(400);
      expect((await errorOf(res)).message, appUrl).toMatch(/^appUrl: /);
    }
    expect(await t.db.selectFrom('builder_tokens').select('token_hash').execute()).toEqual([]);

    const before = Date.now();
    const res = await t.call(t.editor, 'POST', `${base}/${guide.id}/builder-token`, { appUrl: 'https://app.example.com/reports?tab=2#old' });
    expect(res.status).toBe(201);
    const { url, expiresAt } = (await res.json()) as { url: string; expiresAt: string };
    expect(url).toMatch(/^https:\/\/app\.example\.com\/reports\?tab=2#shirube_builder=[A-Za-z0-9_-]{43}$/);
    const ttl = Date.parse(expiresAt) - before;
    expect(ttl).toBeGreaterThan(4 * 60_000);
    expect(ttl).toBeLessThanOrEqual(5 * 60_000 + 1000);
  });
});
