import type { Guide } from '@shirube/schema';
import { beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_BODY_LIMIT } from '../app.js';
import { errorOf, sampleGuide, setupTest, type TestContext } from '../test-support.js';

let t: TestContext;
beforeEach(async () => {
  t = await setupTest();
});

async function create(name = 'Onboarding'): Promise<Guide> {
  const res = await t.admin('POST', '/guides', sampleGuide(name));
  expect(res.status).toBe(201);
  return (await res.json()) as Guide;
}

describe('guide admin API', () => {
  it('creates a draft guide with defaults filled in', async () => {
    const guide = await create('  Onboarding  ');
    expect(guide).toMatchObject({ name: 'Onboarding', status: 'draft', version: 0, displayRules: { urlPatterns: [] } });
    expect(guide.steps.map((s) => s.id)).toEqual(['hello', 'create']);
    expect(guide.theme.brandColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(new Date(guide.createdAt).toISOString()).toBe(guide.createdAt);
    expect(guide.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the kind a guide was created as, publishes it, and refuses an unknown kind naming the field', async () => {
    expect((await create()).kind).toBe('walkthrough');
    const res = await t.admin('POST', '/guides', { ...sampleGuide('Tips'), kind: 'hotspots' });
    const hotspots = (await res.json()) as Guide;
    expect(hotspots.kind).toBe('hotspots');
    await t.admin('PATCH', `/guides/${hotspots.id}`, { name: 'Tips on reports' });
    expect(((await (await t.admin('GET', `/guides/${hotspots.id}`)).json()) as Guide).kind).toBe('hotspots');
    await t.admin('POST', `/guides/${hotspots.id}/publish`);
    const live = (await (await t.sdk('GET', '/guides')).json()) as { guides: Array<{ kind?: string }> };
    expect(live.guides.map((g) => g.kind)).toEqual(['hotspots']);
    const bad = await t.admin('POST', '/guides', { ...sampleGuide('Odd'), kind: 'popup' });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('kind');
  });

  it('keeps a guide for everyone by default, and publishes its audience with its steps', async () => {
    const guide = await create();
    expect(guide.targeting).toEqual({ audience: { match: 'all', conditions: [] } });
    const audience = { match: 'any', conditions: [{ source: 'account', trait: 'plan', op: 'in', value: ['business', 'enterprise'] }] };
    const patched = await t.admin('PATCH', `/guides/${guide.id}`, { targeting: { audience } });
    expect(((await patched.json()) as Guide).targeting.audience).toEqual(audience);
    await t.admin('POST', `/guides/${guide.id}/publish`);
    const live = (await (await t.sdk('GET', '/guides')).json()) as { guides: Array<{ targeting?: unknown }> };
    expect(live.guides[0]!.targeting).toEqual({ audience });
  });

  it('refuses an audience it cannot evaluate, naming the field, and changes nothing', async () => {
    const guide = await create();
    const bad = await t.admin('PATCH', `/guides/${guide.id}`, { targeting: { audience: { match: 'all', conditions: [{ source: 'user', trait: 'seats', op: 'greater_than', value: 'ten' }] } } });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('targeting.audience.conditions[0].value');
    expect(((await (await t.admin('GET', `/guides/${guide.id}`)).json()) as Guide).targeting.audience.conditions).toEqual([]);
  });

  it('keeps a schedule with the audience and refuses one that ends before it starts', async () => {
    const guide = await create();
    const audience = { match: 'all', conditions: [] };
    const schedule = { startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-25T00:00:00Z' };
    expect(((await (await t.admin('PATCH', `/guides/${guide.id}`, { targeting: { audience, schedule } })).json()) as Guide).targeting.schedule).toEqual(schedule);
    const bad = await t.admin('PATCH', `/guides/${guide.id}`, { targeting: { audience, schedule: { startsAt: schedule.endsAt, endsAt: schedule.startsAt } } });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('targeting.schedule: endsAt must be after startsAt');
  });

  it('lists guides newest first and reads one', async () => {
    const first = await create('First');
    await new Promise((r) => setTimeout(r, 5));
    const second = await create('Second');
    const list = (await (await t.admin('GET', '/guides')).json()) as { guides: Guide[] };
    expect(list.guides.map((g) => g.id)).toEqual([second.id, first.id]);
    const one = await t.admin('GET', `/guides/${first.id}`);
    expect(await one.json()).toEqual(first);
  });

  it('patches only the given fields and bumps updatedAt', async () => {
    const guide = await create();
    await new Promise((r) => setTimeout(r, 5));
    const res = await t.admin('PATCH', `/guides/${guide.id}`, { name: 'Renamed', theme: { brandColor: '#112233', radius: 4 } });
    expect(res.status).toBe(200);
    const patched = (await res.json()) as Guide;
    expect(patched).toMatchObject({ name: 'Renamed', theme: { brandColor: '#112233', radius: 4 }, steps: guide.steps });
    expect(patched.updatedAt > guide.updatedAt).toBe(true);
    expect(await (await t.admin('GET', `/guides/${guide.id}`)).json()).toEqual(patched);
  });

  it('deletes a guide: 204, then 404 everywhere', async () => {
    const guide = await create();
    expect((await t.admin('DELETE', `/guides/${guide.id}`)).status).toBe(204);
    expect((await t.admin('GET', `/guides/${guide.id}`)).status).toBe(404);
    expect((await t.admin('DELETE', `/guides/${guide.id}`)).status).toBe(404);
    const list = (await (await t.admin('GET', '/guides')).json()) as { guides: Guide[] };
    expect(list.guides).toEqual([]);
  });

  it("answers 404 for another project's guide on every route", async () => {
    const guide = await create();
    const key = t.other.secretKey;
    for (const [method, path, body] of [
      ['GET', `/guides/${guide.id}`],
      ['PATCH', `/guides/${guide.id}`, { name: 'Hijacked' }],
      ['DELETE', `/guides/${guide.id}`],
      ['POST', `/guides/${guide.id}/publish`],
      ['GET', `/guides/${guide.id}/versions`],
      ['GET', `/guides/${guide.id}/funnel`],
    ] as const) {
      const res = await t.admin(method, path, body, key);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect((await errorOf(res)).code).toBe('not_found');
    }
    expect(((await (await t.admin('GET', '/guides', undefined, key)).json()) as { guides: Guide[] }).guides).toEqual([]);
    expect(((await (await t.admin('GET', `/guides/${guide.id}`)).json()) as Guide).name).toBe('Onboarding');
  });
});

describe('guide validation', () => {
  it('names the field of a javascript: link', async () => {
    const input = sampleGuide();
    input.steps![0]!.content = [
      { type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] },
    ];
    const res = await t.admin('POST', '/guides', input);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_request');
    expect(error.message).toContain('steps[0].content[0].children[0].href');
  });

  it('names the field of a bad patch and leaves the guide unchanged', async () => {
    const guide = await create();
    const res = await t.admin('PATCH', `/guides/${guide.id}`, { steps: [{ id: 'x', kind: 'tooltip', title: 't', content: [], advance: 'next' }] });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('steps[0].target');
    expect(((await (await t.admin('GET', `/guides/${guide.id}`)).json()) as Guide).steps).toHaveLength(2);
  });

  it('refuses a status change to published through PATCH', async () => {
    const guide = await create();
    const res = await t.admin('PATCH', `/guides/${guide.id}`, { status: 'published' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('status');
  });

  it('answers invalid_json for a body that is not JSON', async () => {
    for (const body of ['{"name": ', '']) {
      const res = await t.admin('POST', '/guides', body);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe('invalid_json');
    }
  });

  it('answers 413 for a body over 1 MiB', async () => {
    const res = await t.admin('POST', '/guides', { name: 'Big', padding: 'x'.repeat(ADMIN_BODY_LIMIT) });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
    expect(((await (await t.admin('GET', '/guides')).json()) as { guides: Guide[] }).guides).toEqual([]);
  });
});

describe('publishing', () => {
  it('snapshots the draft as the next version', async () => {
    const guide = await create();
    const first = await t.admin('POST', `/guides/${guide.id}/publish`);
    expect(first.status).toBe(200);
    const body = (await first.json()) as { guide: Guide; version: number };
    expect(body.version).toBe(1);
    expect(body.guide).toMatchObject({ id: guide.id, status: 'published', version: 1 });

    const second = (await (await t.admin('POST', `/guides/${guide.id}/publish`)).json()) as { version: number };
    expect(second.version).toBe(2);
    const versions = (await (await t.admin('GET', `/guides/${guide.id}/versions`)).json()) as {
      versions: Array<{ version: number; publishedAt: string; stepCount: number }>;
    };
    expect(versions.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions.versions[0]!.stepCount).toBe(2);
    expect(Number.isNaN(Date.parse(versions.versions[0]!.publishedAt))).toBe(false);
  });

  it('refuses to publish a guide without steps, naming steps', async () => {
    const res = await t.admin('POST', '/guides', { name: 'Empty' });
    const guide = (await res.json()) as Guide;
    const publish = await t.admin('POST', `/guides/${guide.id}/publish`);
    expect(publish.status).toBe(400);
    const error = await errorOf(publish);
    expect(error.code).toBe('invalid_request');
    expect(error.message).toMatch(/^steps/);
    expect(((await (await t.admin('GET', `/guides/${guide.id}/versions`)).json()) as { versions: unknown[] }).versions).toEqual([]);
  });

  it('keeps the status published while the draft is edited', async () => {
    const guide = await create();
    await t.admin('POST', `/guides/${guide.id}/publish`);
    const patched = (await (await t.admin('PATCH', `/guides/${guide.id}`, { name: 'Edited' })).json()) as Guide;
    expect(patched).toMatchObject({ status: 'published', version: 1, name: 'Edited' });
  });
});

describe('live guides', () => {
  it("lists the live version of each published guide, not drafts or other projects' guides", async () => {
    const live = await create('Live');
    await create('Draft only');
    await t.admin('POST', `/guides/${live.id}/publish`);
    await t.admin('PATCH', `/guides/${live.id}`, { name: 'Edited after publishing' });
    const res = await t.admin('GET', '/guides/live');
    expect(res.status).toBe(200);
    const { guides } = (await res.json()) as { guides: Array<{ id: string; name: string; version: number }> };
    expect(guides.map((g) => [g.id, g.name, g.version])).toEqual([[live.id, 'Live', 1]]);
    const other = (await (await t.admin('GET', '/guides/live', undefined, t.other.secretKey)).json()) as { guides: unknown[] };
    expect(other.guides).toEqual([]);
    expect((await t.admin('GET', '/guides/live', undefined, t.project.project.publicKey)).status).toBe(403);
  });
});
