import { describe, expect, it } from 'vitest';
import { afterAttempt, DEFAULT_RETRY_DELAYS_MS, JITTER, outcomeOf, retryDelay } from './retry-policy.js';

const HOUR = 3_600_000;

describe('webhook retry policy', () => {
  it('waits 30 s, 2 min, 10 min, 1 h, 3 h, 6 h, 12 h, then gives up after the 8th attempt', () => {
    const middle = () => 0.5;
    const waits = Array.from({ length: 9 }, (_, i) => retryDelay(i + 1, middle));
    expect(waits).toEqual([30_000, 120_000, 600_000, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, null, null]);
    const total = DEFAULT_RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(20 * HOUR);
    expect(total).toBeLessThan(26 * HOUR);
  });

  it('moves each wait by at most the jitter share, and by different amounts for different draws', () => {
    expect(retryDelay(1, () => 0)).toBe(30_000 * (1 - JITTER));
    expect(retryDelay(1, () => 0.999_999)).toBeCloseTo(30_000 * (1 + JITTER), -1);
    expect(retryDelay(4, () => 0.1)).not.toBe(retryDelay(4, () => 0.9));
  });

  it('follows a schedule it is given', () => {
    expect(retryDelay(1, () => 0.5, [5, 10])).toBe(5);
    expect(retryDelay(3, () => 0.5, [5, 10])).toBeNull();
  });

  it('treats 2xx as success, 410 as gone and anything else, or no answer, as a failure', () => {
    expect([200, 204, 299].map(outcomeOf)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    expect(outcomeOf(410)).toBe('gone');
    expect([null, 199, 301, 404, 429, 500, 503].map(outcomeOf)).toEqual(Array(7).fill('failed'));
  });

  it('schedules a retry after a failure, ends on success, and fails for good when attempts run out or the endpoint is gone', () => {
    const half = () => 0.5;
    expect(afterAttempt('failed', 1, 1_000, half)).toEqual({ status: 'retrying', dueAt: 31_000, disableEndpoint: false });
    expect(afterAttempt('succeeded', 3, 1_000, half)).toEqual({ status: 'succeeded', dueAt: null, disableEndpoint: false });
    expect(afterAttempt('failed', 8, 1_000, half)).toEqual({ status: 'failed', dueAt: null, disableEndpoint: false });
    expect(afterAttempt('gone', 1, 1_000, half)).toEqual({ status: 'failed', dueAt: null, disableEndpoint: true });
  });
});
