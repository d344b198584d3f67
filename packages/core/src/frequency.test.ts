import { describe, expect, it } from 'vitest';
import { frequencyAllows, NEVER_SHOWN, noteShowing, splitGroup, withinSchedule } from './frequency.js';

const NOW = Date.UTC(2026, 10, 30, 12);
const DAY = 86_400_000;

describe('frequency', () => {
  const shown = { ...NEVER_SHOWN, lastShownAt: NOW - 2 * DAY, lastShownSession: 's1' };

  it('shows "once" content only to users who never saw it', () => {
    expect(frequencyAllows({ kind: 'once' }, NEVER_SHOWN, 's2', NOW)).toBe(true);
    expect(frequencyAllows({ kind: 'once' }, shown, 's2', NOW)).toBe(false);
  });

  it('brings "until completed" content back next session after a dismissal, never after completion', () => {
    expect(frequencyAllows({ kind: 'until_completed' }, shown, 's1', NOW)).toBe(true);
    expect(frequencyAllows({ kind: 'until_completed' }, { ...shown, dismissedSession: 's1' }, 's1', NOW)).toBe(false);
    expect(frequencyAllows({ kind: 'until_completed' }, { ...shown, dismissedSession: 's1' }, 's2', NOW)).toBe(true);
    expect(frequencyAllows({ kind: 'until_completed' }, { ...shown, completedAt: NOW - DAY }, 's2', NOW)).toBe(false);
  });

  it('shows "every session" content once per session', () => {
    expect(frequencyAllows({ kind: 'every_session' }, shown, 's1', NOW)).toBe(false);
    expect(frequencyAllows({ kind: 'every_session' }, shown, 's2', NOW)).toBe(true);
  });

  it('waits the given days between showings', () => {
    expect(frequencyAllows({ kind: 'every_days', days: 3 }, shown, 's9', NOW)).toBe(false);
    expect(frequencyAllows({ kind: 'every_days', days: 2 }, shown, 's9', NOW)).toBe(true);
    expect(frequencyAllows({ kind: 'every_days', days: 30 }, NEVER_SHOWN, 's9', NOW)).toBe(true);
  });
});

describe('schedule', () => {
  it('is live from its start (inclusive) until its end (exclusive), and always without one', () => {
    const schedule = { startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-25T00:00:00Z' };
    expect(withinSchedule(schedule, Date.UTC(2026, 10, 30, 23, 59))).toBe(false);
    expect(withinSchedule(schedule, Date.UTC(2026, 11, 1))).toBe(true);
    expect(withinSchedule(schedule, Date.UTC(2026, 11, 25))).toBe(false);
    expect(withinSchedule({ endsAt: '2026-12-25T00:00:00Z' }, NOW)).toBe(true);
    expect(withinSchedule(undefined, NOW)).toBe(true);
  });
});

describe('A/B holdout', () => {
  it('puts about the asked share of users in the holdout, the same way every time', () => {
    const split = { holdoutPercent: 20, goalEvent: 'report_submitted' };
    const groups = Array.from({ length: 10_000 }, (_, i) => splitGroup(split, 'guide-1', `user-${i}`));
    const held = groups.filter((g) => g === 'holdout').length;
    expect(held).toBeGreaterThan(1_800);
    expect(held).toBeLessThan(2_200);
    expect(Array.from({ length: 10_000 }, (_, i) => splitGroup(split, 'guide-1', `user-${i}`))).toEqual(groups);
    expect(splitGroup(undefined, 'guide-1', 'user-1')).toBe('shown');
  });

  it('draws each piece of content independently', () => {
    const split = { holdoutPercent: 50, goalEvent: 'x' };
    const a = Array.from({ length: 1_000 }, (_, i) => splitGroup(split, 'guide-a', `u${i}`));
    const b = Array.from({ length: 1_000 }, (_, i) => splitGroup(split, 'guide-b', `u${i}`));
    const same = a.filter((g, i) => g === b[i]).length;
    expect(same).toBeGreaterThan(400);
    expect(same).toBeLessThan(600);
  });
});

describe('show history', () => {
  it('records the showing, the completion and the dismissal that frequency rules read', () => {
    const shown = noteShowing(NEVER_SHOWN, 'guide_started', 's1', NOW);
    expect(shown).toEqual({ ...NEVER_SHOWN, lastShownAt: NOW, lastShownSession: 's1' });
    expect(noteShowing(shown, 'guide_dismissed', 's1', NOW + 1)).toEqual({ ...shown, dismissedSession: 's1' });
    expect(noteShowing(shown, 'guide_completed', 's1', NOW + 1)).toEqual({ ...shown, completedAt: NOW + 1 });
    expect(noteShowing(shown, 'step_viewed', 's1', NOW + 1)).toBe(shown);
  });
});
