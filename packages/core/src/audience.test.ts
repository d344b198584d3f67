import type { Condition } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { matchesAudience, matchesCondition, type AudienceSubject } from './audience.js';

const NOW = Date.UTC(2026, 10, 30, 12);
const subject: AudienceSubject = {
  user: { plan: 'Business', role: 'admin', seats: '12', beta: true, signedUpAt: '2026-11-25T08:00:00Z', lastOrderAt: NOW - 40 * 86_400_000, empty: '' },
  account: { tier: 'enterprise', employees: 250 },
};
const holds = (condition: Condition) => matchesCondition(condition, subject, NOW);

describe('audience conditions', () => {
  it('compares text ignoring case, and a missing trait never equals or contains', () => {
    expect(holds({ source: 'user', trait: 'plan', op: 'equals', value: 'business' })).toBe(true);
    expect(holds({ source: 'user', trait: 'plan', op: 'equals', value: 'free' })).toBe(false);
    expect(holds({ source: 'user', trait: 'plan', op: 'contains', value: 'SIN' })).toBe(true);
    expect(holds({ source: 'user', trait: 'nope', op: 'equals', value: '' })).toBe(false);
    expect(holds({ source: 'user', trait: 'nope', op: 'contains', value: '' })).toBe(false);
    expect(holds({ source: 'user', trait: 'nope', op: 'not_equals', value: 'x' })).toBe(true);
    expect(holds({ source: 'user', trait: 'plan', op: 'not_equals', value: 'BUSINESS' })).toBe(false);
    expect(holds({ source: 'user', trait: 'beta', op: 'equals', value: 'true' })).toBe(true);
  });

  it('tests membership in a list', () => {
    expect(holds({ source: 'user', trait: 'role', op: 'in', value: ['approver', 'Admin'] })).toBe(true);
    expect(holds({ source: 'user', trait: 'role', op: 'in', value: ['member'] })).toBe(false);
  });

  it('compares numbers, numeric text included, and never booleans or text', () => {
    expect(holds({ source: 'user', trait: 'seats', op: 'greater_than', value: 10 })).toBe(true);
    expect(holds({ source: 'user', trait: 'seats', op: 'less_than', value: 12 })).toBe(false);
    expect(holds({ source: 'account', trait: 'employees', op: 'less_than', value: 500 })).toBe(true);
    expect(holds({ source: 'user', trait: 'beta', op: 'greater_than', value: 0 })).toBe(false);
    expect(holds({ source: 'user', trait: 'plan', op: 'greater_than', value: 0 })).toBe(false);
    expect(holds({ source: 'user', trait: 'empty', op: 'less_than', value: 1 })).toBe(false);
  });

  it('finds dates within the last N days, as ISO text or epoch ms, never in the future', () => {
    expect(holds({ source: 'user', trait: 'signedUpAt', op: 'within_days', value: 7 })).toBe(true);
    expect(holds({ source: 'user', trait: 'signedUpAt', op: 'within_days', value: 3 })).toBe(false);
    expect(holds({ source: 'user', trait: 'lastOrderAt', op: 'within_days', value: 30 })).toBe(false);
    expect(holds({ source: 'user', trait: 'lastOrderAt', op: 'within_days', value: 45 })).toBe(true);
    expect(matchesCondition({ source: 'user', trait: 'at', op: 'within_days', value: 7 }, { user: { at: NOW + 86_400_000 }, account: {} }, NOW)).toBe(false);
    expect(holds({ source: 'user', trait: 'plan', op: 'within_days', value: 7 })).toBe(false);
  });

  it('tells present traits from missing or empty ones', () => {
    expect(holds({ source: 'account', trait: 'tier', op: 'exists' })).toBe(true);
    expect(holds({ source: 'user', trait: 'empty', op: 'exists' })).toBe(false);
    expect(holds({ source: 'user', trait: 'empty', op: 'missing' })).toBe(true);
    expect(holds({ source: 'account', trait: 'plan', op: 'missing' })).toBe(true);
  });
});

describe('audiences', () => {
  const admin: Condition = { source: 'user', trait: 'role', op: 'equals', value: 'admin' };
  const free: Condition = { source: 'user', trait: 'plan', op: 'equals', value: 'free' };
  it('needs every condition for all, one for any, and admits everyone without conditions', () => {
    expect(matchesAudience({ match: 'all', conditions: [admin, free] }, subject, NOW)).toBe(false);
    expect(matchesAudience({ match: 'any', conditions: [admin, free] }, subject, NOW)).toBe(true);
    expect(matchesAudience({ match: 'any', conditions: [free] }, subject, NOW)).toBe(false);
    expect(matchesAudience({ match: 'all', conditions: [] }, { user: {}, account: {} }, NOW)).toBe(true);
  });

  it('evaluates a saved segment by reference, and an unknown segment admits no one', () => {
    const admins = { match: 'all' as const, conditions: [{ source: 'user' as const, trait: 'role', op: 'equals' as const, value: 'admin' }] };
    const withSegments: AudienceSubject = { ...subject, segments: { admins } };
    const test = (condition: Condition, who = withSegments) => matchesCondition(condition, who, NOW);
    expect(test({ source: 'segment', op: 'in_segment', segmentId: 'admins' })).toBe(true);
    expect(test({ source: 'segment', op: 'not_in_segment', segmentId: 'admins' })).toBe(false);
    expect(test({ source: 'segment', op: 'in_segment', segmentId: 'admins' }, { ...withSegments, user: { role: 'member' } })).toBe(false);
    expect(test({ source: 'segment', op: 'in_segment', segmentId: 'gone' })).toBe(false);
    expect(test({ source: 'segment', op: 'not_in_segment', segmentId: 'gone' })).toBe(false);
    expect(test({ source: 'segment', op: 'in_segment', segmentId: 'admins' }, subject)).toBe(false);
  });
});
