import { describe, expect, it } from 'vitest';
import { parseWith } from './errors.js';
import { AudienceSchema, FrequencySchema, ScheduleSchema, SegmentInputSchema, SplitSchema, TargetingSchema, targetingPublishProblem } from './targeting.js';

const message = (result: { ok: boolean; message?: string }) => (result.ok ? 'ok' : result.message);

describe('targeting rules', () => {
  it('accepts each kind of condition with the value its operator needs', () => {
    const audience = {
      match: 'all',
      conditions: [
        { source: 'user', trait: 'plan', op: 'equals', value: 'business' },
        { source: 'account', trait: 'employees', op: 'greater_than', value: 50 },
        { source: 'user', trait: 'role', op: 'in', value: ['admin', 'approver'] },
        { source: 'user', trait: 'signedUpAt', op: 'within_days', value: 14 },
        { source: 'account', trait: 'trialEndsAt', op: 'exists' },
      ],
    };
    expect(message(parseWith(AudienceSchema, audience))).toBe('ok');
  });

  it('names the field that is wrong', () => {
    const bad = (condition: object) => message(parseWith(AudienceSchema, { match: 'any', conditions: [condition] }));
    expect(bad({ source: 'user', trait: 'seats', op: 'greater_than', value: '10' })).toContain('conditions[0].value');
    expect(bad({ source: 'user', trait: 'role', op: 'in', value: [] })).toContain('conditions[0].value');
    expect(bad({ source: 'user', trait: 'a b', op: 'exists' })).toContain('conditions[0].trait');
    expect(bad({ source: 'device', trait: 'a', op: 'exists' })).toContain('conditions[0].source');
    expect(bad({ source: 'user', trait: 'a', op: 'like', value: 'x' })).toContain('conditions[0].op');
    expect(message(parseWith(FrequencySchema, { kind: 'every_days', days: 0 }))).toContain('days');
    expect(message(parseWith(ScheduleSchema, { startsAt: 'tomorrow' }))).toContain('startsAt');
    expect(message(parseWith(ScheduleSchema, { startsAt: '2026-12-02T00:00:00Z', endsAt: '2026-12-01T00:00:00Z' }))).toContain('endsAt must be after startsAt');
    expect(message(parseWith(SplitSchema, { holdoutPercent: 95, goalEvent: 'x' }))).toContain('holdoutPercent');
  });

  it('takes an optional A/B holdout, naming the field of a bad one', () => {
    const audience = { match: 'all', conditions: [] };
    expect(message(parseWith(TargetingSchema, { audience, split: { holdoutPercent: 20, goalEvent: 'report_submitted' } }))).toBe('ok');
    expect(message(parseWith(TargetingSchema, { audience, split: { holdoutPercent: 0, goalEvent: 'x' } }))).toContain('split.holdoutPercent: must be at least 1');
    expect(message(parseWith(TargetingSchema, { audience, split: { holdoutPercent: 12.5, goalEvent: 'x' } }))).toContain('split.holdoutPercent: must be a whole number');
    expect(message(parseWith(TargetingSchema, { audience, split: { holdoutPercent: 20, goalEvent: '  ' } }))).toContain('split.goalEvent: must name a track event');
  });

  it('takes segment references beside trait tests, but not inside a segment', () => {
    const ref = { source: 'segment', op: 'in_segment', segmentId: 'seg_1' };
    expect(message(parseWith(AudienceSchema, { match: 'any', conditions: [ref] }))).toBe('ok');
    expect(message(parseWith(AudienceSchema, { match: 'any', conditions: [{ ...ref, segmentId: '' }] }))).toContain('conditions[0].segmentId');
    expect(message(parseWith(SegmentInputSchema, { name: 'Admins', audience: { match: 'all', conditions: [ref] } }))).toContain('audience.conditions[0]');
  });

  it('checks frequency, trigger and priority and leaves older targeting valid', () => {
    const parse = (extra: object) => message(parseWith(TargetingSchema, { audience: { match: 'all', conditions: [] }, ...extra }));
    expect(parse({})).toBe('ok');
    expect(parse({ frequency: { kind: 'every_session' }, trigger: { kind: 'custom_event', name: 'report_saved' }, priority: 80 })).toBe('ok');
    expect(parse({ trigger: { kind: 'element_clicked' } })).toBe('ok');
    expect(parse({ trigger: { kind: 'custom_event', name: ' ' } })).toContain('trigger.name');
    expect(parse({ trigger: { kind: 'on_scroll' } })).toContain('trigger.kind');
    expect(parse({ priority: 101 })).toContain('priority');
    expect(parse({ priority: 2.5 })).toContain('priority');
  });

  it('asks for the element of an element trigger before publishing', () => {
    const target = { v: 1 as const, tag: 'button', text: 'New report' };
    const audience = { match: 'all' as const, conditions: [] };
    expect(targetingPublishProblem({ audience, trigger: { kind: 'element_appears' } })).toBe('targeting.trigger.target: pick the element in your app');
    expect(targetingPublishProblem({ audience, trigger: { kind: 'element_appears', target } })).toBeNull();
    expect(targetingPublishProblem({ audience, trigger: { kind: 'manual' } })).toBeNull();
    expect(targetingPublishProblem(undefined)).toBeNull();
  });
});
