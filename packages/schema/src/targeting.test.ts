import { describe, expect, it } from 'vitest';
import { parseWith } from './errors.js';
import { AudienceSchema, FrequencySchema, ScheduleSchema, SplitSchema, TargetingSchema } from './targeting.js';

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
});
