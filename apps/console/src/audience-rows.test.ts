import type { Condition } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { conditionOf, isoOfLocalInput, localInputOf, rowOf, withSource } from './audience-rows.js';

describe('audience rows', () => {
  it('turns what the author typed into conditions of the right value type', () => {
    expect(conditionOf({ source: 'user', trait: ' plan ', op: 'equals', value: ' business ' })).toEqual({ condition: { source: 'user', trait: 'plan', op: 'equals', value: 'business' } });
    expect(conditionOf({ source: 'account', trait: 'tier', op: 'in', value: 'gold, silver,,' })).toEqual({ condition: { source: 'account', trait: 'tier', op: 'in', value: ['gold', 'silver'] } });
    expect(conditionOf({ source: 'user', trait: 'seats', op: 'greater_than', value: '10' })).toEqual({ condition: { source: 'user', trait: 'seats', op: 'greater_than', value: 10 } });
    expect(conditionOf({ source: 'user', trait: 'signedUpAt', op: 'within_days', value: '14' })).toEqual({ condition: { source: 'user', trait: 'signedUpAt', op: 'within_days', value: 14 } });
    expect(conditionOf({ source: 'user', trait: 'beta', op: 'exists', value: 'ignored' })).toEqual({ condition: { source: 'user', trait: 'beta', op: 'exists' } });
  });

  it('says what to fix instead of saving a condition that cannot be evaluated', () => {
    expect(conditionOf({ source: 'user', trait: '', op: 'equals', value: 'x' })).toEqual({ error: 'trait' });
    expect(conditionOf({ source: 'user', trait: 'seats', op: 'less_than', value: 'ten' })).toEqual({ error: 'number' });
    expect(conditionOf({ source: 'user', trait: 'seats', op: 'less_than', value: '' })).toEqual({ error: 'number' });
    expect(conditionOf({ source: 'user', trait: 'at', op: 'within_days', value: '0.5' })).toEqual({ error: 'days' });
    expect(conditionOf({ source: 'user', trait: 'role', op: 'in', value: ' , ' })).toEqual({ error: 'list' });
    expect(conditionOf({ source: 'segment', trait: '', op: 'in_segment', value: '' })).toEqual({ error: 'segment' });
  });

  it('gives back the same condition from its row', () => {
    const conditions: Condition[] = [
      { source: 'user', trait: 'role', op: 'in', value: ['admin', 'approver'] },
      { source: 'account', trait: 'employees', op: 'less_than', value: 50 },
      { source: 'user', trait: 'plan', op: 'missing' },
      { source: 'segment', op: 'not_in_segment', segmentId: 'seg-1' },
    ];
    for (const condition of conditions) expect(conditionOf(rowOf(condition))).toEqual({ condition });
  });

  it('starts a fresh test when the author switches between traits and segments, and keeps it otherwise', () => {
    const row = { source: 'user' as const, trait: 'plan', op: 'contains' as const, value: 'bus' };
    expect(withSource(row, 'account')).toEqual({ ...row, source: 'account' });
    expect(withSource(row, 'segment')).toEqual({ source: 'segment', trait: '', op: 'in_segment', value: '' });
    expect(withSource(withSource(row, 'segment'), 'user')).toEqual({ source: 'user', trait: '', op: 'equals', value: '' });
  });

  it('reads and writes schedule times through the viewer’s local clock', () => {
    const iso = isoOfLocalInput('2026-12-01T09:30')!;
    expect(new Date(iso).getHours()).toBe(9);
    expect(localInputOf(iso)).toBe('2026-12-01T09:30');
    expect(isoOfLocalInput('')).toBeUndefined();
    expect(localInputOf(undefined)).toBe('');
  });
});
