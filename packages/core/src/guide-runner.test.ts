import { describe, expect, it } from 'vitest';
import { advanceGuide, currentStep, startGuide, type GuideProgress, type RunnerInput } from './guide-runner.js';
import { guideWithSteps } from './test-fixtures.js';

function run(inputs: RunnerInput[], guide = guideWithSteps(3)) {
  let { progress, events } = startGuide(guide, 0);
  const all = [...events];
  for (const [i, input] of inputs.entries()) {
    const t = advanceGuide(guide, progress, input, i + 1);
    progress = t.progress;
    all.push(...t.events);
  }
  return { progress, types: all.map((e) => e.type), events: all };
}

describe('guide runner', () => {
  it('starts at the first step and records guide_started', () => {
    const guide = guideWithSteps(3);
    const t = startGuide(guide, 42);
    expect(t.progress).toEqual({ guideId: 'g1', version: 1, stepIndex: 0, status: 'active', updatedAt: 42 });
    expect(t.events).toEqual([{ type: 'guide_started', guideId: 'g1', guideVersion: 1 }]);
    expect(currentStep(guide, t.progress)?.id).toBe('s1');
  });

  it('walks every step to completion with the events a funnel needs', () => {
    const r = run([{ type: 'step_shown' }, { type: 'next' }, { type: 'step_shown' }, { type: 'next' }, { type: 'step_shown' }, { type: 'next' }]);
    expect(r.types).toEqual([
      'guide_started',
      'step_viewed', 'step_completed',
      'step_viewed', 'step_completed',
      'step_viewed', 'step_completed', 'guide_completed',
    ]);
    expect(r.progress.status).toBe('completed');
    expect(r.events.filter((e) => e.type === 'step_completed').map((e) => 'stepIndex' in e && e.stepIndex)).toEqual([0, 1, 2]);
  });

  it('records the step a guide was dismissed on, then ignores further input', () => {
    const r = run([{ type: 'step_shown' }, { type: 'next' }, { type: 'dismiss' }, { type: 'next' }, { type: 'step_shown' }]);
    expect(r.types).toEqual(['guide_started', 'step_viewed', 'step_completed', 'guide_dismissed']);
    expect(r.events.at(-1)).toMatchObject({ type: 'guide_dismissed', stepId: 's2', stepIndex: 1 });
    expect(r.progress).toMatchObject({ status: 'dismissed', stepIndex: 1 });
  });

  it('advances a click step only on a target click, and an input step only on input', () => {
    const guide = guideWithSteps(2);
    guide.steps[0] = { ...guide.steps[0]!, advance: 'target_click' } as typeof guide.steps[0];
    guide.steps[1] = { ...guide.steps[1]!, advance: 'target_input' } as typeof guide.steps[1];
    const start = startGuide(guide, 0).progress;
    expect(advanceGuide(guide, start, { type: 'target_input' }, 1).changed).toBe(false);
    const afterClick = advanceGuide(guide, start, { type: 'target_clicked' }, 1);
    expect(afterClick.progress.stepIndex).toBe(1);
    expect(advanceGuide(guide, afterClick.progress, { type: 'target_clicked' }, 2).changed).toBe(false);
    const afterInput = advanceGuide(guide, afterClick.progress, { type: 'target_input' }, 2);
    expect(afterInput.progress.status).toBe('completed');
    expect(afterInput.events.map((e) => e.type)).toEqual(['step_completed', 'guide_completed']);
  });

  it('lets the Next button advance any step so keyboard users are never stuck', () => {
    const guide = guideWithSteps(2);
    guide.steps[0] = { ...guide.steps[0]!, advance: 'target_click' } as typeof guide.steps[0];
    const t = advanceGuide(guide, startGuide(guide, 0).progress, { type: 'next' }, 1);
    expect(t.progress.stepIndex).toBe(1);
  });

  it('goes back without recording anything, never before the first step', () => {
    const guide = guideWithSteps(3);
    const start = startGuide(guide, 0).progress;
    expect(advanceGuide(guide, start, { type: 'back' }, 1).changed).toBe(false);
    const second = advanceGuide(guide, start, { type: 'next' }, 1).progress;
    const back = advanceGuide(guide, second, { type: 'back' }, 2);
    expect(back.progress.stepIndex).toBe(0);
    expect(back.events).toEqual([]);
  });

  it('reports a missing target with its reason and keeps the guide where it was', () => {
    const guide = guideWithSteps(2);
    const start = startGuide(guide, 0).progress;
    const t = advanceGuide(guide, start, { type: 'target_missing', reason: 'ambiguous' }, 1);
    expect(t.events).toEqual([{ type: 'target_missing', guideId: 'g1', guideVersion: 1, stepId: 's1', stepIndex: 0, reason: 'ambiguous' }]);
    expect(t.progress).toBe(start);
  });

  it('ignores progress that belongs to another guide', () => {
    const guide = guideWithSteps(2);
    const foreign: GuideProgress = { guideId: 'other', version: 1, stepIndex: 0, status: 'active', updatedAt: 0 };
    expect(advanceGuide(guide, foreign, { type: 'next' }, 1).changed).toBe(false);
  });

  it('completes a guide without steps at once', () => {
    const t = startGuide(guideWithSteps(0), 0);
    expect(t.progress.status).toBe('completed');
    expect(t.events.map((e) => e.type)).toEqual(['guide_started', 'guide_completed']);
  });
});
