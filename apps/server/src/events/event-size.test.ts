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

  describe('from the body the batch was parsed from', () => {
    const check = (body: string, maxBytes: number) => () => assertEventSizes(JSON.parse(body), body, maxBytes);

    it('passes a body too small to hold an event over the limit', () => {
      const body = JSON.stringify({ events: [{ name: 'a' }, { name: 'b' }] });
      expect(check(body, body.length)).not.toThrow();
    });

    it('still measures events whose numbers grow when serialised', () => {
      // The whole body is 23 bytes, its event 27 once serialised: `1e20` is written out in full.
      const body = '{"events":[{"n":1e20}]}';
      expect(check(body, 25)).toThrow(/^events\[0\]: each event must be at most 25 bytes as JSON \(this one is 27 bytes\)/);
    });

    it('still refuses an event nested too deep to serialise', () => {
      const depth = 200_000;
      const body = `{"events":[${'['.repeat(depth)}${']'.repeat(depth)}]}`;
      expect(check(body, body.length)).toThrow(/too deeply nested/);
    });

    it('counts UTF-8 bytes of the body, not characters', () => {
      const body = JSON.stringify({ events: [{ name: 'あ'.repeat(20) }] });
      expect(check(body, body.length)).toThrow(/^events\[0\]/);
    });
  });
});
