import { plainText, type GuideInput } from '@shirube/schema';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Funnel } from './analytics-types.js';
import { errorOf, event, postEvents, publishedGuide, setupTest, type TestContext } from '../test-support.js';

const target = { v: 1 as const, tag: 'a' };
const threeSteps: GuideInput = {
  name: 'Tour',
  steps: [
    { id: 'intro', kind: 'modal', title: 'Intro', content: plainText('Hi'), advance: 'next' },
    { id: 'create', kind: 'tooltip', title: 'Create', content: plainText('Here'), advance: 'next', target },
    { id: 'find', kind: 'tooltip', title: 'Find', content: plainText('There'), advance: 'next', target },
  ],
};
const stepIds = ['intro', 'create', 'find'];

let t: TestContext;
let guide: { id: string; version: number };
beforeEach(async () => {
  t = await setupTest();
  guide = await publishedGuide(t, threeSteps);
});

/** Events of one user on the guide, in order. */
function journey(user: { anonymousId: string; userId?: string }, actions: Array<[string, number?, string?]>, version = 1) {
  let clock = Date.now() - 60_000;
  return actions.map(([type, stepIndex, reason]) => {
    const step = stepIndex === undefined ? {} : { stepIndex, stepId: stepIds[stepIndex] };
    return event({ type, guideId: guide.id, guideVersion: version, ...user, ...step, ...(reason ? { reason } : {}) }, (clock += 1_000));
  });
}

async function funnel(query = ''): Promise<Funnel> {
  const res = await t.admin('GET', `/guides/${guide.id}/funnel${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Funnel;
}

describe('guide funnel', () => {
  it('reports distinct users, drop-off, dismissals, missing targets and completion rate', async () => {
    const alice = journey({ anonymousId: 'a', userId: 'alice' }, [
      ['guide_started'], ['step_viewed', 0], ['step_viewed', 0], ['step_completed', 0],
      ['step_viewed', 1], ['step_completed', 1], ['step_viewed', 2], ['step_completed', 2], ['guide_completed'],
    ]);
    const bob = journey({ anonymousId: 'b', userId: 'bob' }, [
      ['guide_started'], ['step_viewed', 0], ['step_completed', 0], ['step_viewed', 1], ['target_missing', 1, 'not_found'], ['guide_dismissed', 1],
    ]);
    const carol = journey({ anonymousId: 'carol-device' }, [['guide_started'], ['step_viewed', 0], ['guide_dismissed', 0]]);
    // Split over batches, with one batch delivered twice, as a flaky network would.
    expect((await postEvents(t, [...alice.slice(0, 5), ...carol])).status).toBe(202);
    await postEvents(t, [...alice.slice(5), ...bob]);
    await postEvents(t, bob);

    const result = await funnel();
    expect(result).toMatchObject({ guideId: guide.id, version: 1, startedUsers: 3, completedUsers: 1, dismissedUsers: 2 });
    expect(result.completionRate).toBeCloseTo(1 / 3);
    const none = { not_found: 0, not_visible: 0, ambiguous: 0 };
    expect(result.steps.map(({ timing: _timing, ...step }) => step)).toEqual([
      { stepId: 'intro', stepIndex: 0, title: 'Intro', viewedUsers: 3, completedUsers: 2, dismissedUsers: 1, targetMissingUsers: 0, missingReasons: none, dropOffUsers: 1, dropOffRate: 1 / 3 },
      { stepId: 'create', stepIndex: 1, title: 'Create', viewedUsers: 2, completedUsers: 1, dismissedUsers: 1, targetMissingUsers: 1, missingReasons: { ...none, not_found: 1 }, dropOffUsers: 1, dropOffRate: 0.5 },
      { stepId: 'find', stepIndex: 2, title: 'Find', viewedUsers: 1, completedUsers: 1, dismissedUsers: 0, targetMissingUsers: 0, missingReasons: none, dropOffUsers: 0, dropOffRate: 0 },
    ]);
    // Each journey spends one second between a step's view and its completion.
    expect(result.steps.map((s) => s.timing.users)).toEqual([2, 1, 1]);
    expect(result.steps[0]!.timing.p50Ms).toBeGreaterThan(950);
    expect(result.steps[0]!.timing.p50Ms).toBeLessThan(1_050);
  });

  it('counts a user who views a step many times (even across devices) once', async () => {
    const first = journey({ anonymousId: 'phone', userId: 'dana' }, [['guide_started'], ['step_viewed', 0], ['step_viewed', 0]]);
    const second = journey({ anonymousId: 'laptop', userId: 'dana' }, [['guide_started'], ['step_viewed', 0]]);
    await postEvents(t, first);
    await postEvents(t, second);
    const result = await funnel();
    expect(result.startedUsers).toBe(1);
    expect(result.steps[0]!.viewedUsers).toBe(1);
    expect(result.steps[0]!.dropOffUsers).toBe(1);
  });

  it('keeps the earliest first-time timestamp when events arrive out of order', async () => {
    const [later, earlier] = [
      event({ type: 'step_viewed', guideId: guide.id, guideVersion: 1, stepId: 'intro', stepIndex: 0 }, Date.now() - 1_000),
      event({ type: 'step_viewed', guideId: guide.id, guideVersion: 1, stepId: 'intro', stepIndex: 0 }, Date.now() - 50_000),
    ];
    await postEvents(t, [later!]);
    await postEvents(t, [earlier!]);
    const row = await t.db.selectFrom('guide_user_steps').selectAll().executeTakeFirstOrThrow();
    const stored = await t.db.selectFrom('events').select(['id', 'server_ts']).execute();
    expect(row.viewed_at).toBe(Math.min(...stored.map((e) => e.server_ts)));
    expect((await funnel()).steps[0]!.viewedUsers).toBe(1);
  });

  it('lists every step with zeros before anyone saw the guide', async () => {
    const result = await funnel();
    expect(result).toMatchObject({ startedUsers: 0, completedUsers: 0, completionRate: 0 });
    expect(result.steps.map((s) => [s.stepId, s.viewedUsers, s.dropOffRate])).toEqual([['intro', 0, 0], ['create', 0, 0], ['find', 0, 0]]);
  });

  it('keeps versions apart and reads a given version', async () => {
    await postEvents(t, journey({ anonymousId: 'x' }, [['guide_started'], ['step_viewed', 0]]));
    await t.admin('PATCH', `/guides/${guide.id}`, { steps: threeSteps.steps!.slice(0, 2) });
    await t.admin('POST', `/guides/${guide.id}/publish`);
    await postEvents(t, journey({ anonymousId: 'y' }, [['guide_started']], 2));

    const latest = await funnel();
    expect(latest).toMatchObject({ version: 2, startedUsers: 1 });
    expect(latest.steps).toHaveLength(2);
    const first = await funnel('?version=1');
    expect(first).toMatchObject({ version: 1, startedUsers: 1 });
    expect(first.steps).toHaveLength(3);
    expect(first.steps[0]!.viewedUsers).toBe(1);
  });

  it('refuses a malformed version and 404s an unknown or unpublished one', async () => {
    const bad = await t.admin('GET', `/guides/${guide.id}/funnel?version=abc`);
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('version');
    expect((await t.admin('GET', `/guides/${guide.id}/funnel?version=9`)).status).toBe(404);
    const draft = (await (await t.admin('POST', '/guides', { name: 'Draft' })).json()) as { id: string };
    expect((await t.admin('GET', `/guides/${draft.id}/funnel`)).status).toBe(404);
  });

  it('counts a hotspots guide: started at the first beacon, steps opened and acknowledged in any order, completed with the last', async () => {
    const tips = await publishedGuide(t, { ...threeSteps, name: 'Tips', kind: 'hotspots', steps: threeSteps.steps!.slice(1) });
    const spot = (user: string, actions: Array<[string, number?]>) =>
      actions.map(([type, stepIndex], i) =>
        event({ type, guideId: tips.id, guideVersion: 1, anonymousId: user, ...(stepIndex === undefined ? {} : { stepIndex, stepId: ['create', 'find'][stepIndex] }) }, Date.now() - 10_000 + i * 1_000),
      );
    // Eri opens only the second hotspot; Fumi acknowledges the second, then the first.
    await postEvents(t, spot('eri', [['guide_started'], ['step_viewed', 1]]));
    await postEvents(t, spot('fumi', [['guide_started'], ['step_viewed', 1], ['step_completed', 1], ['step_viewed', 0], ['step_completed', 0], ['guide_completed']]));
    const result = (await (await t.admin('GET', `/guides/${tips.id}/funnel`)).json()) as Funnel;
    expect(result).toMatchObject({ startedUsers: 2, completedUsers: 1, completionRate: 0.5 });
    expect(result.steps.map((s) => [s.stepId, s.viewedUsers, s.completedUsers])).toEqual([['create', 1, 1], ['find', 2, 1]]);
  });
});
