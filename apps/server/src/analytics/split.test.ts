import { splitGroup } from '@shirube/core';
import { EVERYONE, EventBatchSchema, parseWith, type EventBatch } from '@shirube/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ingestBatch } from '../events/ingest.js';
import { errorOf, event, postEvents, publishedGuide, sampleGuide, setupTest, type TestContext } from '../test-support.js';
import type { SplitResults } from './split-results.repo.js';

const SPLIT = { holdoutPercent: 50, goalEvent: 'report_submitted' };
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 20, 9);

let t: TestContext;
let guide: { id: string; version: number };

beforeEach(async () => {
  t = await setupTest();
  guide = await publishedGuide(t, { ...sampleGuide('Expense tour'), targeting: { audience: EVERYONE, split: SPLIT } });
});
afterEach(() => vi.restoreAllMocks());

/** User ids core puts on the given side of the test guide. */
function usersOn(side: 'shown' | 'holdout', count: number, prefix = 'u'): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) if (splitGroup(SPLIT, guide.id, `${prefix}${i}`) === side) out.push(`${prefix}${i}`);
  return out;
}

const assigned = (userId: string, at: number, group = splitGroup(SPLIT, guide.id, userId), extra: Record<string, unknown> = {}) =>
  event({ type: 'split_assigned', guideId: guide.id, guideVersion: guide.version, group, userId, ...extra }, at);
const goal = (userId: string, at: number, name = SPLIT.goalEvent) => event({ type: 'track', name, userId }, at);

/** Ingests a batch with the client clock equal to the server's, so event times are exact. */
async function ingest(events: Array<Record<string, unknown>>, receivedAt = T0 + 48 * HOUR) {
  const parsed = parseWith(EventBatchSchema, { sentAt: receivedAt, events });
  if (!parsed.ok) throw new Error(parsed.message);
  return ingestBatch(t.db, t.project.project.id, parsed.value as EventBatch, receivedAt);
}

async function results(query = ''): Promise<SplitResults> {
  const res = await t.admin('GET', `/guides/${guide.id}/split${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as SplitResults;
}

const members = () => t.db.selectFrom('split_members').select(['user_key', 'side', 'assigned_at', 'converted_at']).orderBy('user_key').execute();

describe('A/B holdout members', () => {
  it('converts a member by a goal event at or after their assignment, never by an earlier one', async () => {
    const [early, late, never] = usersOn('shown', 3);
    await ingest([goal(early!, T0 - HOUR), assigned(early!, T0), assigned(late!, T0), goal(late!, T0), assigned(never!, T0), goal(never!, T0 + HOUR, 'other_event')]);
    await ingest([goal(early!, T0 + 2 * HOUR), goal(late!, T0 + 3 * HOUR)]);
    expect(await members()).toEqual([
      { user_key: early, side: 'shown', assigned_at: T0, converted_at: T0 + 2 * HOUR },
      { user_key: late, side: 'shown', assigned_at: T0, converted_at: T0 },
      { user_key: never, side: 'shown', assigned_at: T0, converted_at: null },
    ]);
  });

  it('counts a goal event that arrived in an earlier batch than the assignment it follows', async () => {
    const [user, before] = usersOn('holdout', 2);
    // Two devices: the goal events are delivered first, the assignments a day later.
    await ingest([goal(user!, T0 + HOUR), goal(before!, T0 - HOUR)], T0 + 2 * HOUR);
    await ingest([assigned(user!, T0), assigned(before!, T0)], T0 + 24 * HOUR);
    expect(await members()).toEqual([
      { user_key: before, side: 'holdout', assigned_at: T0, converted_at: null },
      { user_key: user, side: 'holdout', assigned_at: T0, converted_at: T0 + HOUR },
    ].sort((a, b) => a.user_key!.localeCompare(b.user_key!)));
  });

  it('keeps the earliest assignment, however late it arrives, and changes nothing on a retried batch', async () => {
    const [user] = usersOn('shown', 1);
    const later = [assigned(user!, T0 + 5 * HOUR), goal(user!, T0 + 2 * HOUR)];
    await ingest(later);
    expect(await members()).toEqual([{ user_key: user, side: 'shown', assigned_at: T0 + 5 * HOUR, converted_at: null }]);
    await ingest([assigned(user!, T0 + HOUR)]);
    // The earlier assignment makes the goal at +2h count.
    expect(await members()).toEqual([{ user_key: user, side: 'shown', assigned_at: T0 + HOUR, converted_at: T0 + 2 * HOUR }]);
    expect((await ingest(later)).accepted).toBe(0);
    expect(await members()).toEqual([{ user_key: user, side: 'shown', assigned_at: T0 + HOUR, converted_at: T0 + 2 * HOUR }]);
  });

  it('ignores an assignment whose side disagrees with the server, counting and logging it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const [held] = usersOn('holdout', 1);
    // The device id draws the same side, so neither key the SDK could have used gives 'shown'.
    await ingest([assigned(held!, T0, 'shown', { anonymousId: held })]);
    expect(await members()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ignored 1 split_assigned'));
    expect((await results()).rejectedAssignments).toBe(1);
  });

  it('accepts the side drawn from the device id for an assignment made just before sign-in', async () => {
    const device = Array.from({ length: 40 }, (_, i) => `device-${i}`).find((d) => splitGroup(SPLIT, guide.id, d) !== splitGroup(SPLIT, guide.id, 'ann'))!;
    await ingest([assigned('ann', T0, splitGroup(SPLIT, guide.id, device), { anonymousId: device })]);
    expect(await members()).toEqual([{ user_key: 'ann', side: splitGroup(SPLIT, guide.id, device), assigned_at: T0, converted_at: null }]);
  });

  it('ignores assignments to guides without a split or unknown to the project', async () => {
    const plain = await publishedGuide(t, sampleGuide('Plain'));
    await ingest([
      event({ type: 'split_assigned', guideId: plain.id, guideVersion: 1, group: 'shown', userId: 'u1' }, T0),
      event({ type: 'split_assigned', guideId: 'nope', guideVersion: 1, group: 'shown', userId: 'u1' }, T0),
    ]);
    expect(await members()).toEqual([]);
  });
});

describe('A/B holdout results', () => {
  it('gives users, conversions, rates, lift and the test for each side, through the SDK route', async () => {
    const shown = usersOn('shown', 10);
    const held = usersOn('holdout', 8);
    const events = [...shown, ...held].map((u) => assigned(u, T0));
    events.push(...shown.slice(0, 6).map((u) => goal(u, T0 + HOUR)), ...held.slice(0, 2).map((u) => goal(u, T0 + HOUR)));
    expect((await postEvents(t, events, T0 + 2 * HOUR)).status).toBe(202);
    const read = await results();
    expect(read).toMatchObject({
      guideName: 'Expense tour',
      split: { ...SPLIT, version: 1 },
      shown: { users: 10, converted: 6, rate: 0.6 },
      holdout: { users: 8, converted: 2, rate: 0.25 },
      comparison: { shownRate: 0.6, holdoutRate: 0.25, relativeLift: 1.4, verdict: 'not_enough_data', pValue: null },
      rejectedAssignments: 0,
    });
    expect(read.comparison.absoluteLift).toBeCloseTo(0.35, 10);
    // Sent two hours after it happened on the client's clock: two hours before it arrived.
    expect(Math.abs(Date.parse(read.firstAssignedAt!) - (Date.now() - 2 * HOUR))).toBeLessThan(10_000);
  });

  it('reaches a verdict with enough users and reads the same through the console', async () => {
    const shown = usersOn('shown', 300);
    const held = usersOn('holdout', 300);
    const events = [...shown, ...held].map((u) => assigned(u, T0));
    events.push(...shown.slice(0, 60).map((u) => goal(u, T0 + HOUR)), ...held.slice(0, 30).map((u) => goal(u, T0 + HOUR)));
    for (let i = 0; i < events.length; i += 100) await ingest(events.slice(i, i + 100));
    const read = await results();
    expect(read.comparison.verdict).toBe('raised');
    expect(read.comparison.pValue).toBeGreaterThan(0.0005);
    expect(read.comparison.pValue).toBeLessThan(0.002);
  });

  it('answers split null for a guide that never had one, 400 for a bad version and 404 for a guide elsewhere', async () => {
    const plain = await publishedGuide(t, sampleGuide('Plain'));
    expect(((await (await t.admin('GET', `/guides/${plain.id}/split`)).json()) as SplitResults).split).toBeNull();
    const bad = await t.admin('GET', `/guides/${guide.id}/split?version=first`);
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('version');
    expect((await t.admin('GET', `/guides/${guide.id}/split?version=9`)).status).toBe(404);
    expect((await t.admin('GET', `/guides/${guide.id}/split`, undefined, t.other.secretKey)).status).toBe(404);
  });

  it('keeps showing a finished test after a version without a split goes live', async () => {
    const [user] = usersOn('shown', 1);
    await ingest([assigned(user!, T0)]);
    await t.admin('PATCH', `/guides/${guide.id}`, { targeting: { audience: EVERYONE } });
    await t.admin('POST', `/guides/${guide.id}/publish`);
    expect(await results()).toMatchObject({ split: { version: 1 }, shown: { users: 1 } });
    expect((await results('?version=2')).split).toBeNull();
  });
});

describe('A/B settings', () => {
  it('refuses a bad split naming the field, and changes nothing', async () => {
    const res = await t.admin('PATCH', `/guides/${guide.id}`, { targeting: { audience: EVERYONE, split: { holdoutPercent: 95, goalEvent: 'x' } } });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('targeting.split.holdoutPercent');
    const stored = (await (await t.admin('GET', `/guides/${guide.id}`)).json()) as { targeting: { split: unknown } };
    expect(stored.targeting.split).toEqual(SPLIT);
  });

  it('offers the track event names the project has sent, most recent first', async () => {
    await ingest([goal('u1', T0, 'expense_added'), goal('u1', T0 + HOUR, 'report_submitted'), goal('u2', T0 - HOUR, 'expense_added')]);
    await ingest([goal('u3', T0 + 2 * HOUR, 'receipt_uploaded')]);
    const res = await t.admin('GET', '/analytics/track-events');
    expect(await res.json()).toEqual({ names: ['receipt_uploaded', 'report_submitted', 'expense_added'] });
    expect((await t.admin('GET', '/analytics/track-events?limit=0')).status).toBe(400);
    expect(await (await t.admin('GET', '/analytics/track-events', undefined, t.other.secretKey)).json()).toEqual({ names: [] });
  });
});
