import { describe, expect, it } from 'vitest';
import { memoryTrend } from './memory-trend.js';

const MB = 1024 * 1024;

describe('memoryTrend', () => {
  it('reads flat memory with a garbage-collection dip as flat', () => {
    const samples = Array.from({ length: 60 }, (_, i) => ({ at: i * 10, rssBytes: (i === 40 ? 90 : 100) * MB }));
    const trend = memoryTrend(samples);
    expect(trend.startBytes).toBe(100 * MB);
    expect(trend.endBytes).toBe(100 * MB);
    expect(trend.maxBytes).toBe(100 * MB);
    expect(Math.abs(trend.lateSlopeBytesPerMinute)).toBeLessThan(0.5 * MB);
  });

  it('measures a steady leak as its rate per minute over the second half', () => {
    // Warm-up growth in the first half, then 2 MB a minute.
    const samples = Array.from({ length: 60 }, (_, i) => ({ at: i * 10, rssBytes: (i < 30 ? 50 + i * 2 : 110 + ((i - 30) * 10 * 2) / 60) * MB }));
    const trend = memoryTrend(samples);
    expect(trend.lateSlopeBytesPerMinute / MB).toBeCloseTo(2, 5);
    expect(trend.startBytes).toBe(52 * MB);
    expect(trend.maxBytes).toBe(samples.at(-1)!.rssBytes);
  });

  it('takes medians at both ends so one reading does not decide them', () => {
    const samples = [300, 100, 101, 102, 100, 99, 500].map((mb, i) => ({ at: i, rssBytes: mb * MB }));
    const trend = memoryTrend(samples);
    expect(trend.startBytes).toBe(101 * MB);
    expect(trend.endBytes).toBe(100 * MB);
    expect(trend.maxBytes).toBe(500 * MB);
  });

  it('refuses an empty run', () => {
    expect(() => memoryTrend([])).toThrow(/no memory samples/);
  });
});
