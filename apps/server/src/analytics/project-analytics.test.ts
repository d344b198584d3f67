import { beforeEach, describe, expect, it } from 'vitest';
import { setupConsole, type ConsoleTestContext } from '../console/console-test-support.js';
import { errorOf } from '../test-support.js';
import { DAY, publishSteps, walk, type Person } from './analytics-fixture.js';
import type { AccountsPage, FilterOptions, GuideAnalytics, StuckPoints } from './analytics-types.js';

let t: ConsoleTestContext;
let base: string;
const NOON = Date.UTC(2026, 10, 20, 3, 0); // 12:00 in Tokyo

beforeEach(async () => {
  t = await setupConsole();
  base = `/projects/${t.project.project.id}`;
});

async function get<T>(path: string): Promise<T> {
  const res = await t.call(t.viewer, 'GET', `${base}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

const member = (userId: string, accountId: string, name = accountId): Person => ({ userId, accountId, accountTraits: { name, plan: 'business' }, traits: { role: 'member' } });

describe('guide analytics', () => {
  it('gives a daily trend in the viewer’s zone whose days add up to the funnel', async () => {
    const guide = await publishSteps(t, 'Tour', 2);
    await walk(t, guide, member('a', 'acme'), { reach: 1, end: 'complete' }, NOON);
    await walk(t, guide, member('b', 'acme'), { reach: 0, end: 'leave' }, NOON + 11 * 3_600_000); // 23:00 Tokyo, same day
    await walk(t, guide, member('c', 'acme'), { reach: 1, end: 'complete' }, NOON + 2 * DAY);
    const tokyo = await get<GuideAnalytics>(`/guides/${guide.id}/analytics?tz=Asia/Tokyo`);
    expect(tokyo.trend).toEqual([
      { date: '2026-11-20', startedUsers: 2, completedUsers: 1, dismissedUsers: 0 },
      { date: '2026-11-21', startedUsers: 0, completedUsers: 0, dismissedUsers: 0 },
      { date: '2026-11-22', startedUsers: 1, completedUsers: 1, dismissedUsers: 0 },
    ]);
    expect(tokyo.trend.reduce((n, d) => n + d.startedUsers, 0)).toBe(tokyo.funnel.startedUsers);
    // In UTC, b's 23:00 Tokyo start is 14:00 UTC: still the 20th; in Los Angeles the first day is the 19th.
    const la = await get<GuideAnalytics>(`/guides/${guide.id}/analytics?tz=America/Los_Angeles`);
    expect(la.trend[0]).toEqual({ date: '2026-11-19', startedUsers: 1, completedUsers: 1, dismissedUsers: 0 });
    // A filtered read gives the cohort's trend over the asked range.
    const ranged = await get<GuideAnalytics>(`/guides/${guide.id}/analytics?tz=Asia/Tokyo&from=2026-11-20&to=2026-11-21`);
    expect(ranged.trend).toEqual(tokyo.trend.slice(0, 2));
    expect(ranged.filter).toEqual({ tz: 'Asia/Tokyo', from: '2026-11-20', to: '2026-11-21' });
  });

  it('compares two versions side by side and lists every version', async () => {
    const guide = await publishSteps(t, 'Tour', 2);
    await walk(t, guide, member('a', 'acme'), { reach: 0, end: 'leave' });
    await t.call(t.editor, 'POST', `${base}/guides/${guide.id}/publish`);
    const v2 = { id: guide.id, version: 2 };
    await walk(t, v2, member('b', 'acme'), { reach: 1, end: 'complete' });
    await walk(t, v2, member('c', 'acme'), { reach: 1, end: 'complete' });
    const data = await get<GuideAnalytics>(`/guides/${guide.id}/analytics?compare=1`);
    expect(data.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(data.funnel).toMatchObject({ version: 2, startedUsers: 2, completedUsers: 2, completionRate: 1 });
    expect(data.comparison?.funnel).toMatchObject({ version: 1, startedUsers: 1, completedUsers: 0, completionRate: 0 });
    expect(data.comparison?.funnel.steps[0]).toMatchObject({ viewedUsers: 1, dropOffUsers: 1, dropOffRate: 1 });
    const missing = await t.call(t.viewer, 'GET', `${base}/guides/${guide.id}/analytics?compare=7`);
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).message).toContain('version');
  });
});

describe('stuck points', () => {
  it('ranks broken steps first, then steps by users lost × drop rate, leaving out drafts and small samples', async () => {
    const big = await publishSteps(t, 'Expense report', 3);
    const broken = await publishSteps(t, 'Approvals', 2);
    const quiet = await publishSteps(t, 'Quiet', 2);
    // Expense report: 10 view step 1, 9 reach step 2, 3 reach step 3, 3 complete: step 2 loses 6 of 9.
    for (let i = 0; i < 10; i++) {
      const reach = i === 0 ? 0 : i < 4 ? 2 : 1;
      await walk(t, big, member(`e${i}`, 'acme'), { reach, end: reach === 2 ? 'complete' : 'leave' });
    }
    // Approvals: 5 viewers, 2 meet a missing element on step 1.
    for (let i = 0; i < 5; i++) {
      await walk(t, broken, member(`a${i}`, 'acme'), { reach: 1, end: 'complete', ...(i < 2 && { missing: { step: 0, reason: i === 0 ? 'not_found' : 'ambiguous' } }) });
    }
    await walk(t, broken, member('a9', 'acme'), { reach: 1, end: 'complete', missing: { step: 0, reason: 'not_found' } });
    // Quiet: only 2 viewers, both leave: under minViewers.
    for (let i = 0; i < 2; i++) await walk(t, quiet, member(`q${i}`, 'acme'), { reach: 0, end: 'leave' });
    await t.call(t.editor, 'POST', `${base}/guides`, { name: 'Draft', steps: [] });

    const stuck = await get<StuckPoints>('/analytics/stuck-points?minViewers=3&brokenThreshold=0.2');
    expect(stuck.points.map((p) => [p.guideName, p.stepIndex, p.broken])).toEqual([
      ['Approvals', 0, true],
      ['Expense report', 1, false],
      ['Expense report', 0, false],
    ]);
    const [approvals, leak] = stuck.points;
    expect(approvals).toMatchObject({ viewedUsers: 6, targetMissingUsers: 3, missingShare: 0.5, topMissingReason: 'not_found', stepTitle: 'Step 1', stepCount: 2, lostUsers: 0 });
    expect(leak).toMatchObject({ viewedUsers: 9, lostUsers: 6, dropOffRate: 6 / 9, score: 6 * (6 / 9), version: 1 });
    // A stricter threshold makes Approvals an ordinary step again (it loses nobody, so it leaves the list).
    const strict = await get<StuckPoints>('/analytics/stuck-points?minViewers=3&brokenThreshold=0.6');
    expect(strict.points.map((p) => p.guideName)).toEqual(['Expense report', 'Expense report']);
    const bad = await t.call(t.viewer, 'GET', `${base}/analytics/stuck-points?brokenThreshold=2`);
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toMatch(/^brokenThreshold:/);
  });
});

describe('accounts', () => {
  let onboarding: { id: string; version: number };
  let setup: { id: string; version: number };
  const now = Date.now();

  beforeEach(async () => {
    onboarding = await publishSteps(t, 'Welcome', 2, true);
    setup = await publishSteps(t, 'Set up approvals', 2, true);
    const feature = await publishSteps(t, 'Reports', 2);
    // Acme: 3 users. a1 finished both onboarding guides; a2 finished one of the two it started; a3 only used a feature guide.
    await walk(t, onboarding, member('a1', 'acme', 'Acme KK'), { reach: 1, end: 'complete' });
    await walk(t, setup, member('a1', 'acme', 'Acme KK'), { reach: 1, end: 'complete' });
    await walk(t, onboarding, member('a2', 'acme', 'Acme KK'), { reach: 1, end: 'complete' }, now - 20 * DAY);
    await walk(t, setup, member('a2', 'acme', 'Acme KK'), { reach: 0, end: 'leave' }, now - 10 * DAY);
    await walk(t, feature, member('a3', 'acme', 'Acme KK'), { reach: 1, end: 'complete' });
    // Beta: one user, stuck in onboarding for 9 days.
    await walk(t, onboarding, member('b1', 'beta', 'Beta Inc'), { reach: 0, end: 'leave' }, now - 9 * DAY);
    // Gamma: one user, recently started, not stalled yet.
    await walk(t, onboarding, member('g1', 'gamma', 'Gamma GK'), { reach: 0, end: 'leave' }, now - DAY);
  });

  const accounts = (query = '') => get<AccountsPage>(`/analytics/accounts${query}`);
  const rows = (page: AccountsPage) => page.accounts.map((a) => [a.name, a.users, a.startedUsers, a.completedUsers, a.stalledUsers]);

  it('counts users who started and completed onboarding per account, with stalled users', async () => {
    const page = await accounts('?sort=name');
    expect(page).toMatchObject({ total: 3, sort: 'name', order: 'asc', stallDays: 7, onboardingGuides: 2 });
    expect(rows(page)).toEqual([
      ['Acme KK', 3, 2, 1, 1],
      ['Beta Inc', 1, 1, 0, 1],
      ['Gamma GK', 1, 1, 0, 0],
    ]);
    expect(page.accounts[0]).toMatchObject({ accountId: 'acme', completionRate: 0.5, traits: { name: 'Acme KK', plan: 'business' } });
    expect(Date.parse(page.accounts[0]!.lastSeenAt)).toBeGreaterThan(now - 2 * DAY);
  });

  it('sorts by any column, filters stalled accounts and searches names', async () => {
    // Worst onboarding first by default; an account that never began onboarding is no signal, so it goes last.
    await walk(t, await publishSteps(t, 'Exports', 1), member('d1', 'delta', 'Delta'), { reach: 0, end: 'complete' });
    expect((await accounts()).accounts.map((a) => a.accountId)).toEqual(['beta', 'gamma', 'acme', 'delta']);
    expect((await accounts('?order=desc')).accounts.map((a) => a.accountId)).toEqual(['acme', 'beta', 'gamma', 'delta']);
    expect((await accounts('?sort=users&order=desc')).accounts[0]!.accountId).toBe('acme');
    expect((await accounts('?sort=stalledUsers&order=desc&stallDays=8')).accounts.map((a) => [a.accountId, a.stalledUsers])).toEqual([
      ['acme', 1],
      ['beta', 1],
      ['delta', 0],
      ['gamma', 0],
    ]);
    await t.call(t.editor, 'DELETE', `${base}/guides/${(await publishSteps(t, 'Unused', 1)).id}`);
    const stalled = await accounts('?stalled=1&stallDays=8');
    expect(stalled.total).toBe(2);
    expect((await accounts('?stalled=1&stallDays=15')).accounts.map((a) => a.accountId)).toEqual([]);
    expect((await accounts('?q=beta')).accounts.map((a) => a.accountId)).toEqual(['beta']);
    expect((await accounts('?q=%25')).total).toBe(0);
    const paged = await accounts('?sort=name&limit=1&offset=1');
    expect([paged.total, paged.accounts.map((a) => a.accountId)]).toEqual([4, ['beta']]);
    for (const [query, field] of [['?sort=revenue', 'sort'], ['?order=up', 'order'], ['?limit=0', 'limit'], ['?stallDays=x', 'stallDays']]) {
      const res = await t.call(t.viewer, 'GET', `${base}/analytics/accounts${query}`);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toMatch(new RegExp(`^${field}:`));
    }
  });

  it('keeps the counters equal to a recount after marking, unmarking and deleting onboarding guides', async () => {
    const before = rows(await accounts('?sort=name'));
    const guidePath = `${base}/guides/${setup.id}`;
    expect((await t.call(t.editor, 'PATCH', guidePath, { onboarding: false })).status).toBe(200);
    // Without "Set up approvals", a2 has finished onboarding, and a1 still has.
    expect(rows(await accounts('?sort=name'))).toEqual([
      ['Acme KK', 3, 2, 2, 0],
      ['Beta Inc', 1, 1, 0, 1],
      ['Gamma GK', 1, 1, 0, 0],
    ]);
    await t.call(t.editor, 'PATCH', guidePath, { onboarding: true });
    expect(rows(await accounts('?sort=name'))).toEqual(before);
    await t.call(t.editor, 'DELETE', `${base}/guides/${onboarding.id}`);
    expect((await accounts()).onboardingGuides).toBe(1);
    expect(rows(await accounts('?sort=name'))).toEqual([
      ['Acme KK', 3, 2, 1, 1],
      ['Beta Inc', 1, 0, 0, 0],
      ['Gamma GK', 1, 0, 0, 0],
    ]);
  });

  it('moves a user’s onboarding to their new account when they change company', async () => {
    await walk(t, onboarding, member('b1', 'gamma', 'Gamma GK'), { reach: 1, end: 'complete' });
    expect(rows(await accounts('?sort=name'))).toEqual([
      ['Acme KK', 3, 2, 1, 1],
      ['Beta Inc', 0, 0, 0, 0],
      ['Gamma GK', 2, 2, 1, 0],
    ]);
  });

  it('offers the trait values seen as filters, leaving out identifying and high-cardinality traits', async () => {
    await walk(t, onboarding, { userId: 'x', locale: 'ja-JP', traits: { plan: 'free', email: 'x@example.com' } }, { reach: 0, end: 'leave' });
    for (let i = 0; i < 51; i++) await walk(t, onboarding, { userId: `n${i}`, traits: { seat: `seat-${i}` }, locale: i % 2 ? 'en-US' : 'en-GB' }, { reach: 0, end: 'leave' });
    const options = await get<FilterOptions>('/analytics/filters');
    expect(options.traits).toEqual({ plan: ['free'], role: ['member'] });
    expect(options.accountTraits).toEqual({ plan: ['business'] });
    expect(options.locales).toEqual(['en', 'en-GB', 'en-US', 'ja', 'ja-JP']);
  });
});
