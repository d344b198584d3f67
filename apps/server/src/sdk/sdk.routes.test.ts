import type { PublishedGuide } from '@shirube/schema';
import { beforeEach, describe, expect, it } from 'vitest';
import { publishedGuide, sampleGuide, setupTest, type TestContext } from '../test-support.js';

let t: TestContext;
beforeEach(async () => {
  t = await setupTest();
});

async function liveGuides(key?: string): Promise<PublishedGuide[]> {
  const res = await t.sdk('GET', '/guides', key ? { key } : {});
  expect(res.status).toBe(200);
  return ((await res.json()) as { guides: PublishedGuide[] }).guides;
}

describe('GET /sdk/v1/guides/:id/versions/:version', () => {
  it('serves an earlier version of a live guide to users in the middle of it, cacheable for good', async () => {
    const guide = await publishedGuide(t);
    await t.admin('PATCH', `/guides/${guide.id}`, { name: 'Renamed' });
    await t.admin('POST', `/guides/${guide.id}/publish`);
    const res = await t.sdk('GET', `/guides/${guide.id}/versions/1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.json()).toMatchObject({ id: guide.id, version: 1, name: 'Onboarding' });
    expect(await (await t.sdk('GET', `/guides/${guide.id}/versions/2`)).json()).toMatchObject({ version: 2, name: 'Renamed' });
  });

  it('answers 404 for unknown versions, other projects, and guides that are no longer live', async () => {
    const guide = await publishedGuide(t);
    for (const version of ['0', '3', 'x', '1.5']) expect((await t.sdk('GET', `/guides/${guide.id}/versions/${version}`)).status).toBe(404);
    expect((await t.sdk('GET', `/guides/${guide.id}/versions/1`, { key: t.other.publicKey })).status).toBe(404);
    await t.admin('PATCH', `/guides/${guide.id}`, { status: 'archived' });
    expect((await t.sdk('GET', `/guides/${guide.id}/versions/1`)).status).toBe(404);
  });
});

describe('GET /sdk/v1/guides', () => {
  it('serves only published guides of the project, oldest first', async () => {
    const first = await publishedGuide(t, sampleGuide('First'));
    await new Promise((r) => setTimeout(r, 5));
    await t.admin('POST', '/guides', sampleGuide('Draft only'));
    const second = await publishedGuide(t, sampleGuide('Second'));
    const theirs = (await (await t.admin('POST', '/guides', sampleGuide('Theirs'), t.other.secretKey)).json()) as { id: string };
    await t.admin('POST', `/guides/${theirs.id}/publish`, undefined, t.other.secretKey);
    const guides = await liveGuides();
    expect(guides.map((g) => g.name)).toEqual(['First', 'Second']);
    expect(guides[0]).toMatchObject({ id: first.id, version: 1 });
    expect(guides[1]!.id).toBe(second.id);
    expect((await liveGuides(t.other.publicKey)).map((g) => g.name)).toEqual(['Theirs']);
  });

  it('keeps serving the published version while the draft changes, until the next publish', async () => {
    const guide = await publishedGuide(t);
    await t.admin('PATCH', `/guides/${guide.id}`, { name: 'Renamed', steps: [sampleGuide().steps![0]] });
    let live = await liveGuides();
    expect(live[0]).toMatchObject({ version: 1, name: 'Onboarding' });
    expect(live[0]!.steps).toHaveLength(2);

    await t.admin('POST', `/guides/${guide.id}/publish`);
    live = await liveGuides();
    expect(live[0]).toMatchObject({ version: 2, name: 'Renamed' });
    expect(live[0]!.steps).toHaveLength(1);
  });

  it('stops serving archived, unpublished and deleted guides', async () => {
    const archived = await publishedGuide(t, sampleGuide('Archived'));
    const unpublished = await publishedGuide(t, sampleGuide('Back to draft'));
    const deleted = await publishedGuide(t, sampleGuide('Deleted'));
    await publishedGuide(t, sampleGuide('Kept'));
    await t.admin('PATCH', `/guides/${archived.id}`, { status: 'archived' });
    await t.admin('PATCH', `/guides/${unpublished.id}`, { status: 'draft' });
    await t.admin('DELETE', `/guides/${deleted.id}`);
    expect((await liveGuides()).map((g) => g.name)).toEqual(['Kept']);
  });

  it('sends a strong ETag and answers 304 when it matches', async () => {
    await publishedGuide(t);
    const res = await t.sdk('GET', '/guides');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(res.headers.get('cache-control')).toBe('no-cache');

    const again = await t.sdk('GET', '/guides', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);

    const stale = await t.sdk('GET', '/guides', { headers: { 'if-none-match': '"other", "tags"' } });
    expect(stale.status).toBe(200);

    await publishedGuide(t, sampleGuide('Another'));
    const changed = await t.sdk('GET', '/guides', { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });
});

describe('SDK CORS', () => {
  it('answers a preflight with 204 and the allowed methods and headers', async () => {
    const res = await t.app.request('/sdk/v1/events', {
      method: 'OPTIONS',
      headers: { origin: 'https://customer.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS');
    // If-None-Match: a returning page revalidates its cached guides with their ETag.
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toBe('content-type,x-shirube-key,if-none-match');
  });

  it('allows any origin (no SDK origins listed) and exposes the ETag and Retry-After, on success and on errors', async () => {
    const ok = await t.sdk('GET', '/guides', { headers: { origin: 'https://customer.example' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    expect(ok.headers.get('access-control-expose-headers')).toBe('ETag,Retry-After');
    const denied = await t.app.request('/sdk/v1/guides', { headers: { origin: 'https://customer.example' } });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe('*');
  });
});
