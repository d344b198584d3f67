import { describe, expect, it } from 'vitest';
import { parseWith } from './errors.js';
import { EventBatchSchema, EventSchema } from './event.js';
import { uuidv7 } from './uuidv7.js';

const base = { anonymousId: 'anon-1', timestamp: 1_700_000_000_000, path: '/reports' };

describe('events', () => {
  it('accepts each guide event with its required fields', () => {
    const guide = { guideId: 'g1', guideVersion: 1 };
    const step = { ...guide, stepId: 's1', stepIndex: 0 };
    for (const event of [
      { type: 'guide_started', ...guide },
      { type: 'step_viewed', ...step },
      { type: 'step_completed', ...step },
      { type: 'guide_completed', ...guide },
      { type: 'guide_dismissed', ...step },
      { type: 'target_missing', ...step, reason: 'not_found' },
      { type: 'track', name: 'report_created', props: { amount: 1200, currency: 'JPY' } },
      { type: 'identify', traits: { plan: 'business' }, accountTraits: { name: 'Acme' } },
    ]) {
      const result = parseWith(EventSchema, { id: uuidv7(), ...base, ...event });
      expect(result.ok ? 'ok' : result.message).toBe('ok');
    }
  });

  it('names the field that is wrong', () => {
    const missingStep = parseWith(EventSchema, { id: uuidv7(), ...base, type: 'step_viewed', guideId: 'g', guideVersion: 1 });
    expect(missingStep.ok || missingStep.message).toContain('stepId');
    const badType = parseWith(EventBatchSchema, { sentAt: 1, events: [{ id: uuidv7(), ...base, type: 'hacked' }] });
    expect(badType.ok || badType.message).toContain('events[0].type');
    const badReason = parseWith(EventSchema, { id: uuidv7(), ...base, type: 'target_missing', guideId: 'g', guideVersion: 1, stepId: 's', stepIndex: 0, reason: 'gone' });
    expect(badReason.ok || badReason.message).toContain('reason');
  });

  it('refuses versions and step indexes no 64-bit database integer holds exactly', () => {
    const step = { id: uuidv7(), ...base, type: 'step_viewed', guideId: 'g', stepId: 's' };
    expect(parseWith(EventSchema, { ...step, guideVersion: Number.MAX_SAFE_INTEGER, stepIndex: 0 }).ok).toBe(true);
    const huge = parseWith(EventSchema, { ...step, guideVersion: 1e308, stepIndex: 0 });
    expect(huge.ok || huge.message).toContain('guideVersion');
    const unsafe = parseWith(EventSchema, { ...step, guideVersion: 1, stepIndex: Number.MAX_SAFE_INTEGER + 1 });
    expect(unsafe.ok || unsafe.message).toContain('stepIndex');
  });

  it('requires a UUIDv7 id', () => {
    const v4 = parseWith(EventSchema, { id: '3b241101-e2bb-4255-8caf-4136c566a962', ...base, type: 'track', name: 'x' });
    expect(v4.ok || v4.message).toContain('id');
  });

  it('limits batch size and props', () => {
    const event = { id: uuidv7(), ...base, type: 'track', name: 'x' };
    expect(parseWith(EventBatchSchema, { sentAt: 1, events: [] }).ok).toBe(false);
    expect(parseWith(EventBatchSchema, { sentAt: 1, events: Array(101).fill(event) }).ok).toBe(false);
    const props = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]));
    expect(parseWith(EventSchema, { ...event, props }).ok).toBe(false);
    expect(parseWith(EventSchema, { ...event, props: { nested: { a: 1 } } }).ok).toBe(false);
  });
});

describe('uuidv7', () => {
  it('is time-ordered and well-formed', () => {
    const a = uuidv7(1_000);
    const b = uuidv7(2_000);
    expect(a < b).toBe(true);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(b.replace(/-/g, '').slice(0, 12), 16)).toBe(2_000);
  });

  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 1_000 }, () => uuidv7(5)));
    expect(ids.size).toBe(1_000);
  });
});
