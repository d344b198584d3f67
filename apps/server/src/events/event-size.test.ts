import { EVENT_LIMITS } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { assertEventSizes, jsonBytes } from './event-size.js';

describe('event size', () => {
  it('counts UTF-8 bytes of the JSON, not characters', () => {
    expect(jsonBytes('あ')).toBe(5);
    expect(jsonBytes({ a: 1 })).toBe(7);
  });

  it('treats a value nested too deep to serialise as over any limit', () => {
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(jsonBytes(deep)).toBe(Number.POSITIVE_INFINITY);
  });

  it('names the first event over the limit', () => {
    const big = { name: 'x'.repeat(EVENT_LIMITS.maxEventBytes) };
    expect(() => assertEventSizes({ events: [{}, big] })).toThrow(/^events\[1\]: each event must be at most 65536 bytes/);
    expect(() => assertEventSizes({ events: [{}, { name: 'x' }] })).not.toThrow();
    expect(() => assertEventSizes('not a batch')).not.toThrow();
  });
});
