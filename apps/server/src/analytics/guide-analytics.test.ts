import { beforeEach, describe, expect, it } from 'vitest';
import { errorOf, setupTest, type TestContext } from '../test-support.js';
import { DAY, publishSteps, walk, type Person } from './analytics-fixture.js';
import type { Funnel, GuideAnalytics } from './analytics-types.js';

let t: TestContext;
let guide: { id: string; version: number };

const TOKYO_MIDNIGHT = Date.UTC(2026, 10, 20, 15, 0); // 2026-11-21 00:00 in Tokyo
const person = (userId: string, extra: Partial<Person> = {}): Person => ({ userId, ...extra });

beforeEach(async () => {
  t = await setupTest();
  guide = await publishSteps(t, 'Tour', 3);
});

async function funnel(query = ''): Promise<Funnel> {
  const res = await t.admin('GET', `/guides/${guide.id}/funnel${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Funnel;
}

const viewed = (f: Funnel) => f.steps.map((s) => s.viewedUsers);

describe('guide funnel filters', () => {
  beforeEach(async () => {
    const business = { plan: 'business', role: 'admin' };
    await walk(t, guide, person('u1', { traits: business, accountId: 'acme', accountTraits: { tier: 'enterprise' }, locale: 'ja-JP' }), { reach: 2, end: 'complete' }, TOKYO_MIDNIGHT + 1 * 3_600_000);
    await walk(t, guide, person('u2', { traits: business, accountId: 'acme', accountTraits: { tier: 'enterprise' }, locale: 'en-US' }), { reach: 1, end: 'leave' }, TOKYO_MIDNIGHT + DAY);
    await walk(t, guide, person('u3', { traits: { plan: 'free', role: 'admin' }, accountId: 'tiny', accountTraits: { tier: 'self-serve' }, locale: 'ja' }), { reach: 0, end: 'dismiss' }, TOKYO_MIDNIGHT + 2 * DAY);
    await walk(t, guide, person('u4', { traits: { plan: 'free', seats: 3 }, locale: 'ja-JP' }), { reach: 2, end: 'complete' }, TOKYO_MIDNIGHT - 2 * 3_600_000);
  });

  it('narrows the cohort by user trait, account trait and locale, with exact distinct counts', async () => {
    expect(viewed(await funnel())).toEqual([4, 3, 2]);
    const business = await funnel('?trait=plan:business');
    expect(business).toMatchObject({ startedUsers: 2, completedUsers: 1, dismissedUsers: 0 });
    expect(viewed(business)).toEqual([2, 2, 1]);
    expect(viewed(await funnel('?trait=plan:free&trait=role:admin'))).toEqual([1, 0, 0]);
    expect(viewed(await funnel('?trait=seats:3'))).toEqual([1, 1, 1]);
    expect((await funnel('?accountTrait=tier:enterprise')).startedUsers).toBe(2);
    // A language matches its regional tags; a full tag matches itself (any case).
    expect((await funnel('?locale=ja')).startedUsers).toBe(3);
    expect((await funnel('?locale=ja-jp')).startedUsers).toBe(2);
    expect((await funnel('?locale=en&trait=plan:business')).startedUsers).toBe(1);
    expect((await funnel('?trait=plan:enterprise')).startedUsers).toBe(0);
  });

  it('takes a date range as the days users started, in the viewer’s time zone', async () => {
    // u4 started 22:00 on 11-20 in Tokyo, which is 11-20 in UTC too; u1 at 01:00 on 11-21 Tokyo = 16:00 on 11-20 UTC.
    expect((await funnel('?from=2026-11-21&to=2026-11-21&tz=Asia/Tokyo')).startedUsers).toBe(1);
    expect((await funnel('?from=2026-11-20&to=2026-11-20&tz=UTC')).startedUsers).toBe(2);
    expect((await funnel('?from=2026-11-21&tz=Asia/Tokyo')).startedUsers).toBe(3);
    expect((await funnel('?to=2026-11-21&tz=Asia/Tokyo')).startedUsers).toBe(2);
  });

  it('gives the same funnel from per-user rows as from the counters when the filter keeps everyone', async () => {
    const all = await funnel();
    const everyone = await funnel('?from=2026-01-01&to=2027-12-31');
    expect(everyone).toEqual(all);
  });

  it('answers 400 naming the parameter, for every malformed filter', async () => {
    for (const [query, field] of [
      ['?from=2026-02-30', 'from'],
      ['?to=yesterday', 'to'],
      ['?from=2026-11-02&to=2026-11-01', 'to'],
      ['?tz=Mars/Olympus', 'tz'],
      ['?trait=plan', 'trait'],
      ['?trait=pl%20an:x', 'trait'],
      ['?accountTrait=:x', 'accountTrait'],
      ['?locale=%E6%97%A5%E6%9C%AC', 'locale'],
      ['?version=0', 'version'],
    ] as const) {
      const res = await t.admin('GET', `/guides/${guide.id}/funnel${query}`);
      expect(res.status, query).toBe(400);
      expect((await errorOf(res)).message, query).toMatch(new RegExp(`^${field}:`));
    }
  });
});

describe('time on step', () => {
  it('reports time on step as median and 90th percentile of view-to-completion time', async () => {
    // Nine users complete step 1 within seconds; one comes back two days later.
    const durations = [2_000, 4_000, 6_000, 8_000, 10_000, 12_000, 14_000, 16_000, 18_000, 2 * DAY];
    for (const [i, ms] of durations.entries()) await walk(t, guide, person(`u${i}`), { reach: 0, end: 'leave', stepMs: ms }, TOKYO_MIDNIGHT + i * 60_000);
    // Leaving after the last view completes nothing: make them complete step 0 by reaching step 1.
    const f = await funnel();
    expect(f.steps[0]!.timing).toEqual({ users: 0, laterUsers: 0, p50Ms: null, p90Ms: null });
    const g2 = await publishSteps(t, 'Timed', 2);
    for (const [i, ms] of durations.entries()) await walk(t, g2, person(`v${i}`), { reach: 1, end: 'leave', stepMs: ms }, TOKYO_MIDNIGHT + i * 60_000);
    const timed = (await (await t.admin('GET', `/guides/${g2.id}/funnel`)).json()) as Funnel;
    const { timing } = timed.steps[0]!;
    expect([timing.users, timing.laterUsers]).toEqual([9, 1]);
    expect(Math.abs(timing.p50Ms! - 10_000) / 10_000).toBeLessThan(0.05);
    expect(Math.abs(timing.p90Ms! - 18_000) / 18_000).toBeLessThan(0.05);
    // The filtered path reads the same histogram from per-user rows.
    const filtered = (await (await t.admin('GET', `/guides/${g2.id}/funnel?from=2026-01-01`)).json()) as Funnel;
    expect(filtered.steps[0]!.timing).toEqual(timing);
  });
});
