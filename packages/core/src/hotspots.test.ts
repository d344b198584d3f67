import { describe, expect, it } from 'vitest';
import { guideFormat, hotspotDone, hotspotShown, hotspotViewed, validHotspotMemory, visibleHotspots, type HotspotMemory } from './hotspots.js';
import { guideWithSteps, page } from './test-fixtures.js';

const tips = guideWithSteps(3, { id: 'tips', kind: 'hotspots', displayRules: { urlPatterns: ['/reports/**'] } });
const everyone = () => true;
const keys = (memory: HotspotMemory, guides = [tips], at = '/reports/1') => visibleHotspots(guides, memory, page(at), everyone).map((h) => h.key);

describe('hotspots', () => {
  it('shows every tooltip step of a hotspots guide at once, on the pages its rules allow', () => {
    expect(keys({})).toEqual(['tips:s1', 'tips:s2', 'tips:s3']);
    expect(keys({}, [tips], '/settings')).toEqual([]);
  });

  it('leaves walkthroughs to the guide runner and respects the audience and step pages', () => {
    const walkthrough = guideWithSteps(2, { id: 'tour' });
    expect(keys({}, [walkthrough, tips])).toHaveLength(3);
    expect(visibleHotspots([tips], {}, page('/reports/1'), () => false)).toEqual([]);
    const paged = { ...tips, steps: tips.steps.map((s, i) => (i === 1 ? { ...s, page: '/reports/new' } : s)) };
    expect(keys({}, [paged], '/reports/1')).toEqual(['tips:s1', 'tips:s3']);
    expect(keys({}, [paged], '/reports/new')).toEqual(['tips:s1', 'tips:s2', 'tips:s3']);
  });

  it('hides a dismissed hotspot for good unless the guide shows them always', () => {
    const memory = { tips: { done: ['s2'] } };
    expect(keys(memory)).toEqual(['tips:s1', 'tips:s3']);
    expect(keys(memory, [{ ...tips, hotspotVisibility: 'always' }])).toEqual(['tips:s1', 'tips:s2', 'tips:s3']);
  });

  it('starts the guide when its first beacon shows, once per version', () => {
    const first = hotspotShown({}, tips);
    expect(first.events).toEqual([{ type: 'guide_started', guideId: 'tips', guideVersion: 1 }]);
    expect(hotspotShown(first.memory, tips).events).toEqual([]);
    expect(hotspotShown(first.memory, { ...tips, version: 2 }).events).toEqual([{ type: 'guide_started', guideId: 'tips', guideVersion: 2 }]);
  });

  it('completes a step on Got it, and the guide with its last hotspot', () => {
    const [a, b, c] = visibleHotspots([tips], {}, page('/reports/1'), everyone);
    expect(hotspotViewed(b!)).toEqual({ type: 'step_viewed', guideId: 'tips', guideVersion: 1, stepId: 's2', stepIndex: 1 });
    let memory: HotspotMemory = hotspotShown({}, tips).memory;
    const types: string[][] = [];
    for (const hotspot of [b!, a!, b!, c!]) {
      const next = hotspotDone(memory, hotspot);
      memory = next.memory;
      types.push(next.events.map((e) => e.type));
    }
    expect(types).toEqual([['step_completed'], ['step_completed'], [], ['step_completed', 'guide_completed']]);
    expect(memory.tips).toEqual({ started: 1, done: ['s2', 's1', 's3'] });
  });

  it('reads back only well-formed stored memory', () => {
    expect(validHotspotMemory({ tips: { started: 2, done: ['s1', 3] }, bad: { done: 'x' }, none: null })).toEqual({ tips: { started: 2, done: ['s1'] } });
    expect(validHotspotMemory('junk')).toEqual({});
  });
});

describe('guide format', () => {
  const step = (kind: 'tooltip' | 'modal' | 'banner') => ({ kind });
  it('names one-step modal and banner walkthroughs after what they are', () => {
    expect(guideFormat('walkthrough', [step('modal')])).toBe('announcement');
    expect(guideFormat(undefined, [step('banner')])).toBe('banner');
    expect(guideFormat('walkthrough', [step('modal'), step('tooltip')])).toBe('walkthrough');
    expect(guideFormat('walkthrough', [])).toBe('walkthrough');
    expect(guideFormat('hotspots', [step('tooltip')])).toBe('hotspots');
  });
});
