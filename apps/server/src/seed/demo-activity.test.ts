import { uuidv7, type ShirubeEvent } from '@shirube/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountsPage, Funnel, StuckPoints } from '../analytics/analytics-types.js';
import { correctedTime } from '../events/event-row.js';
import { setupTest, type TestContext } from '../test-support.js';
import { deliveries, seedDemoActivity, type SampleActivity } from './demo-activity.js';
import { DEMO_GUIDE_NAME } from './demo-guide.js';
import { SEND_REPORT_GUIDE } from './demo-guides.js';
import type { SplitResults } from '../analytics/split-results.repo.js';
import { SUBMIT_REMINDER_GUIDE } from './split-journeys.js';
import { latestHealthCheck } from '../health/health-checks.repo.js';
import { SAMPLE_CHECK_BASE_URL } from './sample-health-check.js';
import { DAY } from './sample-accounts.js';
import { createRandom } from './seeded-random.js';

// The analytics reads judge staleness against the real clock, so the activity ends today too.
const NOW = Date.now();

let t: TestContext;
let projectId: string;
let seeded: SampleActivity | null;

/** The guide's id by name, and its step counters in step order. */
async function stepStats(name: string) {
  const guide = await t.db.selectFrom('guides').select('id').where('project_id', '=', projectId).where('name', '=', name).executeTakeFirstOrThrow();
  const totals = await t.db.selectFrom('guide_stats').selectAll().where('guide_id', '=', guide.id).executeTakeFirstOrThrow();
  const steps = await t.db.selectFrom('guide_step_stats').selectAll().where('guide_id', '=', guide.id).orderBy('step_index').execute();
  return { guideId: guide.id, totals, steps };
}

const eventsOfType = (type: string) => t.db.selectFrom('events').selectAll().where('project_id', '=', projectId).where('type', '=', type).execute();

describe('demo activity', () => {
  beforeAll(async () => {
    t = await setupTest();
    projectId = t.project.project.id;
    seeded = await seedDemoActivity(t.db, projectId, { now: NOW });
  }, 180_000);

  it('fills an empty project once; running it again changes nothing', async () => {
    expect(seeded).not.toBeNull();
    const count = async (table: 'events' | 'guides' | 'guide_versions') => Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = { events: await count('events'), guides: await count('guides'), versions: await count('guide_versions') };
    expect(before.events).toBe(seeded!.events);
    expect(before.events).toBeGreaterThan(3_000);
    expect(before.events).toBeLessThan(12_000);
    expect(await seedDemoActivity(t.db, projectId, { now: NOW })).toBeNull();
    expect({ events: await count('events'), guides: await count('guides'), versions: await count('guide_versions') }).toEqual(before);
  });

  it('publishes the welcome tour, eight more guides (one with an A/B holdout, one for the sample segment, two help articles; three of them onboarding) and the getting-started checklist', async () => {
    const guides = await t.db.selectFrom('guides').select(['name', 'version', 'onboarding']).where('project_id', '=', projectId).orderBy('created_at').execute();
    expect(guides).toHaveLength(10);
    expect(guides.map((g) => g.name)).toEqual(expect.arrayContaining(['Approvals at a glance', 'Attach a receipt', 'Track a reimbursement', 'Get started with Keihi']));
    expect(guides.every((g) => g.version === 1)).toBe(true);
    expect(guides.filter((g) => g.onboarding === 1).map((g) => g.name)).toEqual([DEMO_GUIDE_NAME, 'Create your first report', SEND_REPORT_GUIDE.name]);
  });

  it('gives the Help searches page searches that found a guide and searches that found nothing', async () => {
    const res = await t.admin('GET', '/help-searches');
    const body = (await res.json()) as { totals: { searches: number; emptySearches: number }; noResults: Array<{ query: string }>; top: Array<{ query: string; picked: number }> };
    expect(body.totals.searches).toBeGreaterThan(50);
    expect(body.totals.emptySearches).toBeGreaterThan(10);
    expect(body.noResults.map((r) => r.query)).toEqual(expect.arrayContaining(['mileage', '交通費']));
    expect(body.noResults.map((r) => r.query)).not.toContain('receipt');
    expect(body.top.find((r) => r.query === 'receipt')!.picked).toBeGreaterThan(0);
    // Full-width ＣＳＶ and "export csv" are different searches, but ＣＳＶ is grouped under its normalised form.
    expect(body.noResults.find((r) => r.query === 'ＣＳＶ')).toMatchObject({ normalized: 'csv' });
  });

  it('about thirty companies of 3 to 25 people, each identifying first with their account', async () => {
    const identifies = await eventsOfType('identify');
    const perAccount = new Map<string, number>();
    for (const row of identifies) perAccount.set(row.account_id!, (perAccount.get(row.account_id!) ?? 0) + 1);
    expect(perAccount.size).toBe(30);
    expect(Math.min(...perAccount.values())).toBeGreaterThanOrEqual(3);
    expect(Math.max(...perAccount.values())).toBeLessThanOrEqual(25);
    const data = JSON.parse(identifies[0]!.data!) as { traits: Record<string, string>; accountTraits: Record<string, string> };
    expect(Object.keys(data.accountTraits).sort()).toEqual(['industry', 'name', 'plan']);
    expect(['admin', 'member', 'approver']).toContain(data.traits.role);

    const firsts = await t.db
      .selectFrom('events')
      .select(['user_key', 'type', 'server_ts'])
      .where('project_id', '=', projectId)
      .orderBy('server_ts')
      .orderBy('id')
      .execute();
    const firstType = new Map<string, string>();
    for (const row of firsts) if (!firstType.has(row.user_key)) firstType.set(row.user_key, row.type);
    expect(new Set(firstType.values())).toEqual(new Set(['identify']));
  });

  it('most people start the welcome tour, and its funnel loses the most at step 2, about 40%', async () => {
    const { guideId, totals } = await stepStats(DEMO_GUIDE_NAME);
    const people = (await eventsOfType('identify')).length;
    expect(totals.started_users / people).toBeGreaterThan(0.9);
    const funnel = (await (await t.admin('GET', `/guides/${guideId}/funnel`)).json()) as Funnel;
    const dropRates = funnel.steps.map((step) => step.dropOffRate);
    expect(dropRates.indexOf(Math.max(...dropRates))).toBe(1);
    expect(dropRates[1]).toBeGreaterThan(0.3);
    expect(dropRates[1]).toBeLessThan(0.5);
    expect(funnel.dismissedUsers).toBeGreaterThan(0);
    expect(funnel.steps[1]!.timing.p50Ms).toBeGreaterThan(1_000);
  });

  it('an A/B test where showing the reminder visibly raises submitted reports', async () => {
    const guide = await t.db.selectFrom('guides').select('id').where('project_id', '=', projectId).where('name', '=', SUBMIT_REMINDER_GUIDE.name).executeTakeFirstOrThrow();
    const read = (await (await t.admin('GET', `/guides/${guide.id}/split`)).json()) as SplitResults;
    expect(read.split).toMatchObject({ holdoutPercent: 30, goalEvent: 'report_submitted' });
    expect(read.holdout.users / (read.holdout.users + read.shown.users)).toBeGreaterThan(0.2);
    expect(read.holdout.users / (read.holdout.users + read.shown.users)).toBeLessThan(0.4);
    expect(read.comparison.verdict).toBe('raised');
    expect(read.rejectedAssignments).toBe(0);
    // Some submitted before the reminder could show: members, but not converted by it.
    const early = await t.db
      .selectFrom('split_members')
      .innerJoin('events', (join) => join.onRef('events.user_key', '=', 'split_members.user_key').on('events.type', '=', 'track'))
      .select('split_members.user_key')
      .where('events.server_ts', '<', (eb) => eb.ref('split_members.assigned_at'))
      .where('split_members.converted_at', 'is', null)
      .execute();
    expect(early.length).toBeGreaterThan(0);
  });

  it('the Submit step of "Send a report for approval" often misses its element, as not_found or ambiguous', async () => {
    const { guideId } = await stepStats(SEND_REPORT_GUIDE.name);
    const missing = await eventsOfType('target_missing');
    expect(new Set(missing.map((e) => `${e.guide_id}:${e.step_index}`))).toEqual(new Set([`${guideId}:1`]));
    const reasons = new Set(missing.map((e) => (JSON.parse(e.data!) as { reason: string }).reason));
    expect(reasons).toEqual(new Set(['not_found', 'ambiguous']));
  });

  it("stuck points: the broken Submit step first, then the welcome tour's second step", async () => {
    const { points } = (await (await t.admin('GET', '/analytics/stuck-points')).json()) as StuckPoints;
    expect(points[0]).toMatchObject({ guideName: SEND_REPORT_GUIDE.name, stepId: 'submit', broken: true, topMissingReason: 'not_found' });
    expect(points[0]!.missingShare).toBeGreaterThan(0.25);
    expect(points.find((p) => !p.broken)).toMatchObject({ guideName: DEMO_GUIDE_NAME, stepIndex: 1 });
  });

  it('accounts: thirty companies, from stalled ones to ones that finished onboarding', async () => {
    const page = (await (await t.admin('GET', '/analytics/accounts')).json()) as AccountsPage;
    expect(page.total).toBe(30);
    expect(page.onboardingGuides).toBe(3);
    const allStalled = page.accounts.filter((a) => a.startedUsers > 0 && a.stalledUsers === a.users);
    expect(allStalled.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...page.accounts.map((a) => a.completionRate))).toBeGreaterThanOrEqual(0.5);
    expect(new Set(page.accounts.map((a) => a.traits.plan))).toEqual(new Set(['free', 'business', 'enterprise']));
  });

  it('a target check from an hour ago that found the expense form missing its title field', async () => {
    const check = await latestHealthCheck(t.db, projectId);
    expect(check).toMatchObject({ status: 'done', baseUrl: SAMPLE_CHECK_BASE_URL });
    expect(Date.parse(check!.startedAt)).toBe(NOW - 60 * 60_000);
    const broken = check!.report!.steps.filter((s) => s.status === 'missing');
    expect(broken.map((s) => [s.guideName, s.stepId, s.url])).toEqual([['Create your first report', 'title', 'https://staging.keihi.example/reports/new']]);
    expect(check!.report!.counts.ok).toBeGreaterThan(5);
    // "Send a report for approval" shows on every report page (`/reports/r-*`): not checked without an example.
    expect(check!.report!.steps.filter((s) => s.guideName === SEND_REPORT_GUIDE.name).every((s) => s.status === 'skipped')).toBe(true);
  });

  it('people take seconds to minutes between seeing a step and doing it', async () => {
    const rows = await t.db
      .selectFrom('events')
      .select(['type', 'user_key', 'guide_id', 'step_index', 'server_ts'])
      .where('project_id', '=', projectId)
      .where('type', 'in', ['step_viewed', 'step_completed'])
      .orderBy('server_ts')
      .execute();
    const viewedAt = new Map<string, number>();
    const waits: number[] = [];
    for (const row of rows) {
      const key = `${row.user_key}:${row.guide_id}:${row.step_index}`;
      if (row.type === 'step_viewed' && !viewedAt.has(key)) viewedAt.set(key, row.server_ts);
      if (row.type === 'step_completed' && viewedAt.has(key)) waits.push(row.server_ts - viewedAt.get(key)!);
    }
    waits.sort((a, b) => a - b);
    const median = waits[Math.floor(waits.length / 2)]!;
    expect(waits[0]).toBeLessThan(2_000);
    expect(median).toBeGreaterThan(3_000);
    expect(median).toBeLessThan(60_000);
    expect(waits.filter((ms) => ms > 120_000).length).toBeGreaterThan(10);
  });

  it('lands every event on its intended day in the last 30 days, whatever the client clocks said', async () => {
    const range = await t.db
      .selectFrom('events')
      .select((eb) => [eb.fn.min('server_ts').as('first'), eb.fn.max('server_ts').as('last')])
      .where('project_id', '=', projectId)
      .executeTakeFirstOrThrow();
    expect(Number(range.first)).toBeGreaterThan(NOW - 30 * DAY);
    expect(Number(range.last)).toBeLessThan(NOW);
    // Some people's clocks were minutes off: the server corrected their events, not dropped them.
    const skewed = await t.db
      .selectFrom('events')
      .select('id')
      .where('project_id', '=', projectId)
      .where((eb) => eb(eb('client_ts', '-', eb.ref('server_ts')), '>', 60_000))
      .execute();
    expect(skewed.length).toBeGreaterThan(0);
  });
});

describe('demo activity delivery', () => {
  const at = (timestamp: number): ShirubeEvent => ({ id: uuidv7(timestamp), type: 'track', name: 'x', anonymousId: 'a', timestamp, path: '/' });

  it('sends what the SDK queued within a second, at most 100 a batch, and the server puts each event back at its true time', () => {
    const skew = -90_000;
    const trueTimes = [0, 300, 900, 1_500, 60_000, ...Array.from({ length: 150 }, (_, i) => 120_000 + i)];
    const events = trueTimes.map((time) => at(NOW + time + skew));
    const sent = deliveries(createRandom(1), events, skew);
    expect(sent.map((d) => d.batch.events.length)).toEqual([3, 1, 1, 100, 50]);
    for (const { batch, receivedAt } of sent) {
      expect(batch.sentAt).toBeGreaterThanOrEqual(batch.events.at(-1)!.timestamp);
      for (const event of batch.events) {
        const trueTime = event.timestamp - skew;
        const landed = correctedTime(event.timestamp, batch.sentAt, receivedAt);
        expect(landed - trueTime).toBeGreaterThanOrEqual(30);
        expect(landed - trueTime).toBeLessThanOrEqual(300);
      }
    }
  });
});
