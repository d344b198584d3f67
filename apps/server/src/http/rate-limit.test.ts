import { describe, expect, it } from 'vitest';
import { createTokenBuckets } from './rate-limit.js';

describe('token buckets', () => {
  it('grants a full burst, then asks to wait until a token refills', () => {
    let now = 1_000_000;
    const buckets = createTokenBuckets({ perSecond: 2, burst: 3 }, () => now);
    expect([buckets.take('pk_a'), buckets.take('pk_a'), buckets.take('pk_a')]).toEqual([0, 0, 0]);
    expect(buckets.take('pk_a')).toBe(500);
    now += 250;
    expect(buckets.take('pk_a')).toBe(250);
    now += 250;
    expect(buckets.take('pk_a')).toBe(0);
    expect(buckets.take('pk_a')).toBe(500);
  });

  it('keeps one bucket per key', () => {
    const buckets = createTokenBuckets({ perSecond: 1, burst: 1 }, () => 0);
    expect(buckets.take('pk_a')).toBe(0);
    expect(buckets.take('pk_a')).toBe(1_000);
    expect(buckets.take('pk_b')).toBe(0);
  });

  it('never holds more than the burst after a long quiet spell', () => {
    let now = 0;
    const buckets = createTokenBuckets({ perSecond: 10, burst: 2 }, () => now);
    now += 3_600_000;
    expect([buckets.take('k'), buckets.take('k'), buckets.take('k')]).toEqual([0, 0, 100]);
  });
});
