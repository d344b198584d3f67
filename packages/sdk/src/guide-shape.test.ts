import { describe, expect, it } from 'vitest';
import { parseGuides } from './guides-client.js';
import { isPublishedGuide } from './guide-shape.js';

const valid = {
  id: 'g1',
  version: 2,
  name: 'Onboarding',
  displayRules: { urlPatterns: ['/'] },
  theme: { brandColor: '#2563eb', radius: 8 },
  steps: [
    { id: 'a', kind: 'modal', title: 'Hi', content: [], advance: 'next' },
    { id: 'b', kind: 'tooltip', title: 'Here', content: [], advance: 'target_click', target: { v: 1, tag: 'button' } },
  ],
};

describe('published guide shape', () => {
  it('accepts a well-formed guide', () => {
    expect(isPublishedGuide(valid)).toBe(true);
    const tasks = [{ id: 't', title: 'T', completeWhen: { type: 'event_tracked', name: 'x' } }];
    expect(isPublishedGuide({ ...valid, kind: 'checklist', checklist: { title: 'Start', tasks, onComplete: { celebrate: true, hide: false } } })).toBe(true);
  });

  it.each([
    ['null', null],
    ['an array', [valid]],
    ['a missing version', { ...valid, version: undefined }],
    ['a fractional version', { ...valid, version: 1.5 }],
    ['url patterns that are not strings', { ...valid, displayRules: { urlPatterns: [{}] } }],
    ['no theme', { ...valid, theme: null }],
    ['a theme colour that is not a hex colour', { ...valid, theme: { brandColor: 'red;background:url(https://evil.example/x)', radius: 8 } }],
    ['a theme colour with a url()', { ...valid, theme: { brandColor: 'url(https://evil.example/x)', radius: 8 } }],
    ['a tooltip without a target', { ...valid, steps: [{ ...valid.steps[1], target: undefined }] }],
    ['an unknown step kind', { ...valid, steps: [{ ...valid.steps[0], kind: 'iframe' }] }],
    ['a banner without a position', { ...valid, steps: [{ ...valid.steps[0], kind: 'banner' }] }],
    ['a banner at the side', { ...valid, steps: [{ ...valid.steps[0], kind: 'banner', position: 'left' }] }],
    ['an unknown advance mode', { ...valid, steps: [{ ...valid.steps[0], advance: 'auto' }] }],
    ['content given as an HTML string', { ...valid, steps: [{ ...valid.steps[0], content: '<img src=x onerror=alert(1)>' }] }],
    ['a checklist without tasks', { ...valid, kind: 'checklist', checklist: { title: 'Start', onComplete: {} } }],
    ['a checklist task without a rule', { ...valid, kind: 'checklist', checklist: { title: 'Start', onComplete: {}, tasks: [{ id: 't', title: 'T' }] } }],
    ['an audience it cannot read', { ...valid, targeting: { audience: { match: 'most', conditions: [] } } }],
    ['a schedule it cannot read', { ...valid, targeting: { audience: { match: 'all', conditions: [] }, schedule: { startsAt: 5 } } }],
    ['an A/B holdout it cannot read', { ...valid, targeting: { audience: { match: 'all', conditions: [] }, split: { holdoutPercent: '50', goalEvent: 'x' } } }],
    ['a condition without a trait', { ...valid, targeting: { audience: { match: 'all', conditions: [{ source: 'user', op: 'exists' }] } } }],
    ['a segment reference without an id', { ...valid, targeting: { audience: { match: 'all', conditions: [{ source: 'segment', op: 'in_segment' }] } } }],
    ['an unknown frequency', { ...valid, targeting: { audience: { match: 'all', conditions: [] }, frequency: { kind: 'hourly' } } }],
    ['every N days without a number', { ...valid, targeting: { audience: { match: 'all', conditions: [] }, frequency: { kind: 'every_days', days: '7' } } }],
    ['an unknown trigger', { ...valid, targeting: { audience: { match: 'all', conditions: [] }, trigger: { kind: 'on_scroll' } } }],
    ['an element trigger without its element', { ...valid, targeting: { audience: { match: 'all', conditions: [] }, trigger: { kind: 'element_clicked' } } }],
    ['a custom-event trigger without a name', { ...valid, targeting: { audience: { match: 'all', conditions: [] }, trigger: { kind: 'custom_event' } } }],
    ['a fractional priority', { ...valid, targeting: { audience: { match: 'all', conditions: [] }, priority: 1.5 } }],
  ])('refuses %s', (_label, value) => {
    expect(isPublishedGuide(value)).toBe(false);
  });

  it('accepts banner steps at the top or bottom', () => {
    const banner = { ...valid.steps[0], kind: 'banner', button: false };
    expect(isPublishedGuide({ ...valid, steps: [{ ...banner, position: 'top' }, { ...banner, id: 'c', position: 'bottom' }] })).toBe(true);
  });

  it('accepts a guide with an audience, and one published before audiences existed', () => {
    const audience = { match: 'any', conditions: [{ source: 'account', trait: 'plan', op: 'in', value: ['pro'] }] };
    expect(isPublishedGuide({ ...valid, targeting: { audience } })).toBe(true);
    expect(isPublishedGuide({ ...valid, targeting: { audience, split: { holdoutPercent: 20, goalEvent: 'report_submitted' } } })).toBe(true);
    expect(isPublishedGuide({ ...valid, targeting: undefined })).toBe(true);
  });

  it('accepts frequency, triggers, priority and segment references', () => {
    const targeting = {
      audience: { match: 'all', conditions: [{ source: 'segment', op: 'not_in_segment', segmentId: 's1' }] },
      frequency: { kind: 'every_days', days: 7 },
      trigger: { kind: 'element_appears', target: { v: 1, tag: 'button' } },
      priority: 80,
    };
    expect(isPublishedGuide({ ...valid, targeting })).toBe(true);
    expect(isPublishedGuide({ ...valid, targeting: { ...targeting, trigger: { kind: 'custom_event', name: 'saved' } } })).toBe(true);
  });

  it('keeps the good guides of a response and drops only the bad one', () => {
    const body = { guides: [valid, { ...valid, id: 7 }, { ...valid, id: 'g2' }] };
    expect(parseGuides(body).guides.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(parseGuides({ guides: 'nope' }).guides).toEqual([]);
    expect(parseGuides(null)).toEqual({ guides: [], segments: {}, launcher: null });
  });

  it('takes the readable segments beside the guides and leaves out malformed ones', () => {
    const admins = { match: 'all', conditions: [{ source: 'user', trait: 'role', op: 'equals', value: 'admin' }] };
    expect(parseGuides({ guides: [valid], segments: { admins, bad: { match: 'some', conditions: [] } } }).segments).toEqual({ admins });
  });
});
