import type { Funnel, FunnelStep } from '@shirube/server/types';
import { describe, expect, it } from 'vitest';
import { biggestDrop, brokenSteps, shapeFunnel } from './funnel-shape.js';

const step = (stepIndex: number, viewedUsers: number, completedUsers: number, dropOffUsers: number): FunnelStep => ({
  stepId: `s${stepIndex}`,
  stepIndex,
  title: `Step ${stepIndex + 1}`,
  viewedUsers,
  completedUsers,
  dismissedUsers: 0,
  targetMissingUsers: 0,
  missingReasons: { not_found: 0, not_visible: 0, ambiguous: 0 },
  dropOffUsers,
  dropOffRate: viewedUsers ? dropOffUsers / viewedUsers : 0,
  timing: { users: 0, laterUsers: 0, p50Ms: null, p90Ms: null },
});

const funnel = (steps: FunnelStep[]): Funnel => ({ guideId: 'g', version: 1, startedUsers: 100, completedUsers: 10, dismissedUsers: 0, completionRate: 0.1, steps });

describe('funnel chart data', () => {
  it('puts the steps in order with viewed and completed users per step', () => {
    const data = shapeFunnel(funnel([step(1, 80, 40, 40), step(0, 100, 80, 20)]));
    expect(data.labels).toEqual(['1. Step 1', '2. Step 2']);
    expect(data.viewed).toEqual([100, 80]);
    expect(data.completed).toEqual([80, 40]);
    expect(data.drops.map((d) => d.users)).toEqual([20, 40]);
  });
  it('highlights the step that loses the most users, not the steepest small one', () => {
    const data = shapeFunnel(funnel([step(0, 1000, 700, 300), step(1, 700, 690, 10), step(2, 20, 2, 18)]));
    expect(data.biggest).toEqual({ stepIndex: 0, users: 300, rate: 0.3 });
  });
  it('counts the last step’s users who never finished as a drop too', () => {
    expect(shapeFunnel(funnel([step(0, 100, 95, 5), step(1, 95, 40, 55)])).biggest?.stepIndex).toBe(1);
  });
  it('breaks a tie in users by the steeper drop, then by the earlier step', () => {
    expect(biggestDrop([{ stepIndex: 0, users: 10, rate: 0.1 }, { stepIndex: 1, users: 10, rate: 0.5 }])?.stepIndex).toBe(1);
    expect(biggestDrop([{ stepIndex: 0, users: 10, rate: 0.5 }, { stepIndex: 1, users: 10, rate: 0.5 }])?.stepIndex).toBe(0);
  });
  it('highlights nothing when nobody is lost', () => {
    expect(biggestDrop([{ stepIndex: 0, users: 0, rate: 0 }])).toBeNull();
    expect(shapeFunnel(funnel([])).biggest).toBeNull();
  });
});

describe('broken steps', () => {
  const missing = (s: FunnelStep, not_found: number, not_visible: number): FunnelStep => ({ ...s, targetMissingUsers: not_found + not_visible, missingReasons: { not_found, not_visible, ambiguous: 0 } });
  it('flags steps whose element is missing for more than a tenth of viewers, the worst first, with the commonest reason', () => {
    const broken = brokenSteps(funnel([missing(step(0, 100, 90, 10), 5, 5), missing(step(1, 90, 40, 50), 10, 1), missing(step(2, 40, 30, 10), 2, 30)]));
    expect(broken).toEqual([
      { stepIndex: 2, title: 'Step 3', share: 32 / 40, reason: 'not_visible' },
      { stepIndex: 1, title: 'Step 2', share: 11 / 90, reason: 'not_found' },
    ]);
  });
  it('does not flag a step nobody viewed', () => {
    expect(brokenSteps(funnel([missing(step(0, 0, 0, 0), 0, 0)]))).toEqual([]);
  });
});
