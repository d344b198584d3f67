import { describe, expect, it } from 'vitest';
import { setupConsole } from '../console/console-test-support.js';
import { errorOf, postEvents, event, sampleGuide, setupTest, type TestContext } from '../test-support.js';

const admins = { match: 'all', conditions: [{ source: 'user', trait: 'role', op: 'equals', value: 'admin' }] };
const inSegment = (segmentId: string) => ({ audience: { match: 'all', conditions: [{ source: 'segment', op: 'in_segment', segmentId }] } });

async function createSegment(t: TestContext, body: unknown = { name: 'Admins', audience: admins }) {
  return (await (await t.admin('POST', '/segments', body)).json()) as { id: string; name: string; usedBy: string[] };
}

async function guideUsing(t: TestContext, segmentId: string, name = 'Admin tour') {
  const guide = (await (await t.admin('POST', '/guides', { ...sampleGuide(name), targeting: inSegment(segmentId) })).json()) as { id: string };
  return guide.id;
}

describe('saved segments (admin API)', () => {
  it('creates, lists, reads, replaces and deletes a segment', async () => {
    const t = await setupTest();
    const created = await createSegment(t);
    expect(created).toMatchObject({ name: 'Admins', audience: admins, usedBy: [] });
    const listed = (await (await t.admin('GET', '/segments')).json()) as { segments: Array<{ id: string }> };
    expect(listed.segments.map((s) => s.id)).toEqual([created.id]);
    const replaced = await t.admin('PUT', `/segments/${created.id}`, { name: 'Approvers', audience: { match: 'any', conditions: [] } });
    expect(replaced.status).toBe(200);
    expect(await (await t.admin('GET', `/segments/${created.id}`)).json()).toMatchObject({ name: 'Approvers', audience: { match: 'any', conditions: [] } });
    expect((await t.admin('DELETE', `/segments/${created.id}`)).status).toBe(204);
    expect((await t.admin('GET', `/segments/${created.id}`)).status).toBe(404);
  });

  it('refuses a malformed segment with 400 naming the field, and stores nothing', async () => {
    const t = await setupTest();
    const res = await t.admin('POST', '/segments', { name: 'Bad', audience: { match: 'all', conditions: [{ source: 'user', trait: 'seats', op: 'greater_than', value: 'ten' }] } });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('audience.conditions[0].value');
    const nested = await t.admin('POST', '/segments', { name: 'Nested', audience: inSegment('x').audience });
    expect(nested.status).toBe(400);
    expect((await errorOf(await t.admin('POST', '/segments', { name: ' ', audience: admins }))).message).toContain('name');
    expect(((await (await t.admin('GET', '/segments')).json()) as { segments: unknown[] }).segments).toEqual([]);
  });

  it("does not show or change another project's segment", async () => {
    const t = await setupTest();
    const mine = await createSegment(t);
    expect((await t.admin('GET', `/segments/${mine.id}`, undefined, t.other.secretKey)).status).toBe(404);
    expect((await t.admin('PUT', `/segments/${mine.id}`, { name: 'X', audience: admins }, t.other.secretKey)).status).toBe(404);
    expect((await t.admin('DELETE', `/segments/${mine.id}`, undefined, t.other.secretKey)).status).toBe(404);
  });

  it('refuses to delete a segment in use with 409 naming the guides', async () => {
    const t = await setupTest();
    const segment = await createSegment(t);
    await guideUsing(t, segment.id, 'Approval tour');
    expect(((await (await t.admin('GET', `/segments/${segment.id}`)).json()) as { usedBy: string[] }).usedBy).toEqual(['Approval tour']);
    const res = await t.admin('DELETE', `/segments/${segment.id}`);
    expect(res.status).toBe(409);
    expect(await errorOf(res)).toMatchObject({ code: 'segment_in_use' });
    expect((await errorOf(await t.admin('DELETE', `/segments/${segment.id}`))).message).toContain('"Approval tour"');
    expect((await t.admin('GET', `/segments/${segment.id}`)).status).toBe(200);
  });
});

describe('segments reach the SDK without republishing', () => {
  it('sends the segments the live guides refer to, and the edited rules after an edit', async () => {
    const t = await setupTest();
    const segment = await createSegment(t);
    const unused = await createSegment(t, { name: 'Unused', audience: admins });
    const guideId = await guideUsing(t, segment.id);
    expect((await t.admin('POST', `/guides/${guideId}/publish`)).status).toBe(200);
    const first = await t.sdk('GET', '/guides');
    const body = (await first.json()) as { segments: Record<string, unknown> };
    expect(body.segments).toEqual({ [segment.id]: admins });
    expect(body.segments[unused.id]).toBeUndefined();
    const approvers = { match: 'all', conditions: [{ source: 'user', trait: 'role', op: 'equals', value: 'approver' }] };
    await t.admin('PUT', `/segments/${segment.id}`, { name: 'Admins', audience: approvers });
    const second = await t.sdk('GET', '/guides', { headers: { 'If-None-Match': first.headers.get('ETag')! } });
    expect(second.status).toBe(200);
    expect(((await second.json()) as { segments: unknown }).segments).toEqual({ [segment.id]: approvers });
  });
});

describe('publishing targeting rules', () => {
  it('refuses an element trigger without its element, naming the field', async () => {
    const t = await setupTest();
    const guide = (await (await t.admin('POST', '/guides', { ...sampleGuide(), targeting: { audience: { match: 'all', conditions: [] }, trigger: { kind: 'element_clicked' } } })).json()) as { id: string };
    const res = await t.admin('POST', `/guides/${guide.id}/publish`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe('targeting.trigger.target: pick the element in your app');
    expect(((await (await t.admin('GET', `/guides/${guide.id}`)).json()) as { version: number }).version).toBe(0);
    const target = { v: 1, tag: 'button', text: 'Submit' };
    await t.admin('PATCH', `/guides/${guide.id}`, { targeting: { audience: { match: 'all', conditions: [] }, trigger: { kind: 'element_clicked', target } } });
    expect((await t.admin('POST', `/guides/${guide.id}/publish`)).status).toBe(200);
  });

  it('refuses an audience that refers to an unknown segment', async () => {
    const t = await setupTest();
    const guideId = await guideUsing(t, 'no-such-segment');
    const res = await t.admin('POST', `/guides/${guideId}/publish`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('targeting.audience.conditions[0].segmentId');
  });
});

describe('audience preview (console)', () => {
  it('counts the known users an audience admits, segments and account traits included', async () => {
    const t = await setupConsole();
    const projectId = t.project.project.id;
    const people = [
      { userId: 'u1', role: 'admin', seats: '30' },
      { userId: 'u2', role: 'admin', seats: '5' },
      { userId: 'u3', role: 'member', seats: '40' },
    ];
    await postEvents(t, people.map(({ userId, role, seats }) => event({ type: 'identify', userId, accountId: `acct-${userId}`, traits: { role }, accountTraits: { seats } })));
    const segment = (await (await t.call(t.editor, 'POST', `/projects/${projectId}/segments`, { name: 'Admins', audience: admins })).json()) as { id: string };
    const preview = async (audience: unknown) => (await t.call(t.viewer, 'POST', `/projects/${projectId}/audience-preview`, { audience })).json();
    expect(await preview({ match: 'all', conditions: [] })).toEqual({ matching: 3, total: 3 });
    expect(await preview(inSegment(segment.id).audience)).toEqual({ matching: 2, total: 3 });
    expect(
      await preview({ match: 'all', conditions: [...inSegment(segment.id).audience.conditions, { source: 'account', trait: 'seats', op: 'greater_than', value: 10 }] }),
    ).toEqual({ matching: 1, total: 3 });
    const bad = await t.call(t.viewer, 'POST', `/projects/${projectId}/audience-preview`, { audience: { match: 'most', conditions: [] } });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('audience.match');
  });
});
