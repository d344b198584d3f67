import { describe, expect, it } from 'vitest';
import { bucketMiddle, bucketOf, quantileOf, SITTING_MS, splitBySitting, type BucketCount } from './duration-buckets.js';

/** Counts durations into buckets, as ingest does one user at a time. */
function histogramOf(durationsMs: number[]): BucketCount[] {
  const counts = new Map<number, number>();
  for (const ms of durationsMs) counts.set(bucketOf(ms), (counts.get(bucketOf(ms)) ?? 0) + 1);
  return [...counts].map(([bucket, users]) => ({ bucket, users }));
}

describe('duration buckets', () => {
  it('keeps every duration within 4.5% of its bucket middle, from milliseconds to days', () => {
    for (const ms of [1, 7, 950, 1_000, 12_345, 61_000, 3_600_000, 86_400_000 * 3]) {
      const middle = bucketMiddle(bucketOf(ms));
      expect(Math.abs(middle - ms) / ms).toBeLessThan(0.045 + 1 / ms);
    }
  });

  it('orders buckets as durations are ordered', () => {
    expect(bucketOf(1_000)).toBeLessThan(bucketOf(1_100));
    expect(bucketOf(0)).toBe(bucketOf(1));
    expect(bucketOf(-5)).toBe(0);
  });

  it('reads nearest-rank quantiles from a histogram', () => {
    const durations = [1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 9_000, 60_000];
    const histogram = histogramOf(durations);
    const p50 = quantileOf(histogram, 0.5)!;
    const p90 = quantileOf(histogram, 0.9)!;
    expect(Math.abs(p50 - 5_000) / 5_000).toBeLessThan(0.045);
    expect(Math.abs(p90 - 9_000) / 9_000).toBeLessThan(0.045);
    expect(Math.abs(quantileOf(histogram, 1)! - 60_000) / 60_000).toBeLessThan(0.045);
  });

  it('answers null for an empty histogram and ignores empty buckets', () => {
    expect(quantileOf([], 0.5)).toBeNull();
    expect(quantileOf([{ bucket: 80, users: 0 }], 0.5)).toBeNull();
    expect(quantileOf([{ bucket: 90, users: 0 }, { bucket: 80, users: 3 }], 0.9)).toBe(bucketMiddle(80));
  });

  it('sets completions on a later visit apart from those within one sitting', () => {
    const { sitting, later } = splitBySitting(histogramOf([5_000, 50_000, SITTING_MS * 0.9, SITTING_MS * 1.1, 3 * 86_400_000]));
    expect(sitting.reduce((n, b) => n + b.users, 0)).toBe(3);
    expect(later).toBe(2);
  });
});
