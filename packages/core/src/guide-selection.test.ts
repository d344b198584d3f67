import { describe, expect, it } from 'vitest';
import type { GuideProgress } from './guide-runner.js';
import { stepOnPage } from './display-rules.js';
import { guideAdmits, pinnedVersions, selectGuide, withPinnedVersions } from './guide-selection.js';
import { guideWithSteps, page } from './test-fixtures.js';

const onboarding = guideWithSteps(3, { id: 'onboarding', displayRules: { urlPatterns: ['/'] } });
const reports = guideWithSteps(2, { id: 'reports', displayRules: { urlPatterns: ['/reports/**'] } });
const anywhere = guideWithSteps(1, { id: 'anywhere' });

function progress(guideId: string, status: GuideProgress['status'], stepIndex = 0, version = 1): GuideProgress {
  return { guideId, version, stepIndex, status, updatedAt: 0 };
}

describe('guide selection', () => {
  it('starts the first eligible guide in priority order', () => {
    expect(selectGuide([onboarding, anywhere], {}, page('/'))).toEqual({ guide: onboarding, progress: null });
    expect(selectGuide([onboarding, reports, anywhere], {}, page('/reports/1'))?.guide.id).toBe('reports');
  });

  it('resumes a guide in progress before starting another', () => {
    const choice = selectGuide([anywhere, onboarding], { onboarding: progress('onboarding', 'active', 2) }, page('/'));
    expect(choice?.guide.id).toBe('onboarding');
    expect(choice?.progress?.stepIndex).toBe(2);
  });

  it('leaves hotspots and checklists to show beside walkthroughs', () => {
    const hotspots = { ...anywhere, id: 'hotspots', kind: 'hotspots' as const };
    const checklist = { ...anywhere, id: 'checklist', kind: 'checklist' as const };
    expect(selectGuide([hotspots, checklist], {}, page('/'))).toBeNull();
    expect(selectGuide([hotspots, checklist, { ...anywhere, kind: 'walkthrough' as const }], {}, page('/'))?.guide.id).toBe('anywhere');
  });

  it('leaves a manual help-launcher guide to the user, but resumes one they started; a listed guide may still start by itself', () => {
    const help = { ...onboarding, helpLauncher: true, targeting: { audience: { match: 'all' as const, conditions: [] }, trigger: { kind: 'manual' as const } } };
    expect(selectGuide([help, anywhere], {}, page('/'))?.guide.id).toBe('anywhere');
    expect(selectGuide([{ ...onboarding, helpLauncher: true }, anywhere], {}, page('/'))?.guide.id).toBe('onboarding');
    expect(selectGuide([help, anywhere], { onboarding: progress('onboarding', 'active', 1) }, page('/'))).toEqual({
      guide: help,
      progress: progress('onboarding', 'active', 1),
    });
  });

  it('does not start a guide again once completed or dismissed', () => {
    const seen = { onboarding: progress('onboarding', 'completed'), anywhere: progress('anywhere', 'dismissed') };
    expect(selectGuide([onboarding, anywhere], seen, page('/'))).toBeNull();
  });

  it('does not resume a guide on a page its rules exclude', () => {
    expect(selectGuide([onboarding], { onboarding: progress('onboarding', 'active', 1) }, page('/settings'))).toBeNull();
  });

  it('starts the live version over when progress was made on an older one', () => {
    const republished = { ...onboarding, version: 2 };
    expect(selectGuide([republished], { onboarding: progress('onboarding', 'active', 1, 1) }, page('/'))).toEqual({
      guide: republished,
      progress: null,
    });
  });

  it('skips guides without steps', () => {
    expect(selectGuide([guideWithSteps(0, { id: 'empty' })], {}, page('/'))).toBeNull();
  });
});

describe('guides across pages', () => {
  const base = guideWithSteps(3, { id: 'tour', displayRules: { urlPatterns: ['/'] } });
  const tour = { ...base, steps: base.steps.map((step, i) => (i === 2 ? { ...step, page: '/reports/*' } : step)) };

  it('keeps a running guide whose step is on another page, wherever the user is, so it can wait', () => {
    const onStep3 = progress('tour', 'active', 2);
    expect(selectGuide([tour], { tour: onStep3 }, page('/settings'))).toEqual({ guide: tour, progress: onStep3 });
    // A step without its own page follows the guide's display rules as before.
    expect(selectGuide([tour], { tour: progress('tour', 'active', 1) }, page('/settings'))).toBeNull();
  });

  it('starts a guide only where its first step is', () => {
    const later = { ...tour, id: 'later', steps: tour.steps.map((step, i) => (i === 0 ? { ...step, page: '/reports' } : step)), displayRules: { urlPatterns: [] } };
    expect(selectGuide([later], {}, page('/'))).toBeNull();
    expect(selectGuide([later], {}, page('/reports'))?.guide.id).toBe('later');
  });

  it('tells whether a step shows on a page', () => {
    expect(stepOnPage(tour.steps[2]!, page('/reports/7'))).toBe(true);
    expect(stepOnPage(tour.steps[2]!, page('/'))).toBe(false);
    expect(stepOnPage(tour.steps[0]!, page('/anywhere'))).toBe(true);
  });
});

describe('audiences', () => {
  const forFree = guideWithSteps(1, { id: 'free', targeting: { audience: { match: 'all', conditions: [{ source: 'user', trait: 'plan', op: 'equals', value: 'free' }] } } });
  const forAll = guideWithSteps(1, { id: 'all' });
  const NOW = Date.UTC(2026, 10, 30);
  const admitsFor = (plan: string | undefined) => (guide: typeof forFree) => guideAdmits(guide, { user: { plan }, account: {} }, NOW);

  it('starts a guide only for users its audience admits, and the next one for the rest', () => {
    expect(selectGuide([forFree, forAll], {}, page('/'), admitsFor('free'))?.guide.id).toBe('free');
    expect(selectGuide([forFree, forAll], {}, page('/'), admitsFor('business'))?.guide.id).toBe('all');
    // Not identified yet: no traits, so a targeted guide waits.
    expect(selectGuide([forFree], {}, page('/'), admitsFor(undefined))).toBeNull();
  });

  it('starts a scheduled guide only inside its window', () => {
    const december = guideWithSteps(1, { id: 'dec', targeting: { audience: { match: 'all', conditions: [] }, schedule: { startsAt: '2026-12-01T00:00:00Z', endsAt: '2027-01-01T00:00:00Z' } } });
    const subject = { user: {}, account: {} };
    expect(guideAdmits(december, subject, NOW)).toBe(false);
    expect(guideAdmits(december, subject, Date.UTC(2026, 11, 24))).toBe(true);
    expect(guideAdmits(december, subject, Date.UTC(2027, 0, 1))).toBe(false);
  });

  it('keeps a running guide when the user leaves its audience', () => {
    const running = progress('free', 'active', 0);
    expect(selectGuide([forFree], { free: running }, page('/'), admitsFor('business'))).toEqual({ guide: forFree, progress: running });
  });
});

describe('pinned versions', () => {
  const v2 = { ...onboarding, version: 2, name: 'Onboarding v2' };

  it('asks for the version a user is in the middle of when a newer one is live', () => {
    expect(pinnedVersions([v2, anywhere], { onboarding: progress('onboarding', 'active', 1, 1) })).toEqual([{ guideId: 'onboarding', version: 1 }]);
  });

  it('asks for nothing for users on the live version, or done with the guide', () => {
    expect(pinnedVersions([v2], { onboarding: progress('onboarding', 'active', 1, 2) })).toEqual([]);
    expect(pinnedVersions([v2], { onboarding: progress('onboarding', 'completed', 2, 1) })).toEqual([]);
    expect(pinnedVersions([v2], {})).toEqual([]);
  });

  it('resumes the user on their version once it is put in place of the live one', () => {
    const mine = progress('onboarding', 'active', 2, 1);
    const guides = withPinnedVersions([v2, anywhere], [onboarding]);
    expect(guides.map((g) => g.version)).toEqual([1, 1]);
    expect(selectGuide(guides, { onboarding: mine }, page('/'))).toEqual({ guide: onboarding, progress: mine });
  });
});

describe('frequency, triggers and priority', () => {
  const NOW = Date.UTC(2026, 10, 30, 12);
  const DAY = 86_400_000;
  const withTargeting = (id: string, targeting: Partial<NonNullable<typeof anywhere.targeting>>) =>
    guideWithSteps(2, { id, targeting: { audience: { match: 'all', conditions: [] }, ...targeting } });
  const shownIn = (session: string, at = NOW - DAY) => ({ lastShownAt: at, lastShownSession: session, completedAt: null, dismissedSession: null });

  it('starts an "every session" guide again, from the first step, in a new session only', () => {
    const tip = withTargeting('tip', { frequency: { kind: 'every_session' } });
    const done = { tip: progress('tip', 'completed', 1) };
    const history = { tip: shownIn('s1') };
    expect(selectGuide([tip], done, page('/'), undefined, { history, session: 's1', now: NOW })).toBeNull();
    expect(selectGuide([tip], done, page('/'), undefined, { history, session: 's2', now: NOW })).toEqual({ guide: tip, progress: null });
  });

  it('brings back a dismissed "until completed" guide next session, and never a completed one', () => {
    const tour = withTargeting('tour', { frequency: { kind: 'until_completed' } });
    const dismissed = { tour: progress('tour', 'dismissed', 1) };
    const history = { tour: { ...shownIn('s1'), dismissedSession: 's1' } };
    expect(selectGuide([tour], dismissed, page('/'), undefined, { history, session: 's1', now: NOW })).toBeNull();
    expect(selectGuide([tour], dismissed, page('/'), undefined, { history, session: 's2', now: NOW })?.guide.id).toBe('tour');
    const completed = { tour: { ...shownIn('s1'), completedAt: NOW - DAY } };
    expect(selectGuide([tour], { tour: progress('tour', 'completed', 1) }, page('/'), undefined, { history: completed, session: 's2', now: NOW })).toBeNull();
  });

  it('shows an "every N days" guide again once N days have passed', () => {
    const weekly = withTargeting('weekly', { frequency: { kind: 'every_days', days: 7 } });
    const seen = { weekly: progress('weekly', 'dismissed') };
    expect(selectGuide([weekly], seen, page('/'), undefined, { history: { weekly: shownIn('s1', NOW - 6 * DAY) }, session: 's9', now: NOW })).toBeNull();
    expect(selectGuide([weekly], seen, page('/'), undefined, { history: { weekly: shownIn('s1', NOW - 7 * DAY) }, session: 's9', now: NOW })?.guide.id).toBe('weekly');
  });

  it('keeps "once" guides finished before histories were kept away', () => {
    const tip = withTargeting('tip', { frequency: { kind: 'every_days', days: 1 } });
    const old = { tip: { ...progress('tip', 'completed'), updatedAt: NOW - 2 * DAY } };
    expect(selectGuide([onboarding], { onboarding: progress('onboarding', 'completed') }, page('/'), undefined, { session: 's2', now: NOW })).toBeNull();
    expect(selectGuide([tip], old, page('/'), undefined, { session: 's2', now: NOW })?.guide.id).toBe('tip');
    expect(selectGuide([tip], { tip: { ...old.tip, updatedAt: NOW - 1_000 } }, page('/'), undefined, { session: 's2', now: NOW })).toBeNull();
  });

  it('starts a triggered guide only when its trigger fires, a manual one never', () => {
    const target = { v: 1 as const, tag: 'button', text: 'Export' };
    const onEvent = withTargeting('event', { trigger: { kind: 'custom_event', name: 'report_saved' } });
    const onClick = withTargeting('click', { trigger: { kind: 'element_clicked', target } });
    const onAppear = withTargeting('appear', { trigger: { kind: 'element_appears', target } });
    const manual = withTargeting('manual', { trigger: { kind: 'manual' } });
    const all = [onEvent, onClick, onAppear, manual];
    expect(selectGuide(all, {}, page('/'))).toBeNull();
    expect(selectGuide(all, {}, page('/'), undefined, { fact: { type: 'track', name: 'report_saved' } })?.guide.id).toBe('event');
    expect(selectGuide(all, {}, page('/'), undefined, { fact: { type: 'click', hit: (t) => t === target } })?.guide.id).toBe('click');
    expect(selectGuide(all, {}, page('/'), undefined, { present: (t) => t === target })?.guide.id).toBe('appear');
  });

  it('starts the guide with the higher priority, oldest first among equals', () => {
    const low = withTargeting('low', { priority: 10 });
    const high = withTargeting('high', { priority: 90 });
    const plainA = withTargeting('a', {});
    const plainB = withTargeting('b', { priority: 50 });
    expect(selectGuide([low, high], {}, page('/'))?.guide.id).toBe('high');
    expect(selectGuide([low, plainA, plainB], {}, page('/'))?.guide.id).toBe('a');
    expect(selectGuide([low, plainB, plainA], {}, page('/'))?.guide.id).toBe('b');
  });

  it('never lets a higher-priority guide interrupt the one running', () => {
    const low = withTargeting('low', { priority: 10 });
    const urgent = withTargeting('urgent', { priority: 100, trigger: { kind: 'custom_event', name: 'go' } });
    const running = progress('low', 'active', 1);
    expect(selectGuide([urgent, low], { low: running }, page('/'), undefined, { fact: { type: 'track', name: 'go' } })).toEqual({ guide: low, progress: running });
  });
});
