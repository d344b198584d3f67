import { describe, expect, it } from 'vitest';
import { DEFAULT_DELIVERY_POLICY, classifyResponse, enforceQueueCap, mergeQueues, parseRetryAfter, retryDelay } from './delivery-policy.js';

describe('delivery policy', () => {
  it('retries network errors, timeouts, rate limits and server errors; drops other client errors', () => {
    expect(classifyResponse(202)).toBe('delivered');
    for (const status of [0, 408, 429, 500, 502, 503]) expect(classifyResponse(status)).toBe('retry');
    for (const status of [400, 401, 403, 404, 413]) expect(classifyResponse(status)).toBe('drop');
  });

  it('backs off exponentially with jitter up to a cap', () => {
    const p = DEFAULT_DELIVERY_POLICY;
    expect(retryDelay(p, 0, 0)).toBe(500);
    expect(retryDelay(p, 0, 0.999)).toBeLessThanOrEqual(1_000);
    expect(retryDelay(p, 3, 1)).toBe(8_000);
    expect(retryDelay(p, 30, 1)).toBe(p.maxDelayMs);
  });

  it('never retries sooner than Retry-After asks', () => {
    expect(retryDelay(DEFAULT_DELIVERY_POLICY, 0, 0, 30_000)).toBe(30_000);
    expect(parseRetryAfter('12', 0)).toBe(12_000);
    expect(parseRetryAfter(new Date(60_000).toUTCString(), 0)).toBe(60_000);
    expect(parseRetryAfter('soon', 0)).toBe(0);
    expect(parseRetryAfter(null, 0)).toBe(0);
  });

  it('drops the oldest events beyond the cap and says how many', () => {
    expect(enforceQueueCap([1, 2, 3, 4, 5], 3)).toEqual({ kept: [3, 4, 5], dropped: 2 });
    expect(enforceQueueCap([1], 3)).toEqual({ kept: [1], dropped: 0 });
  });

  it('merges an adopted queue into this tab’s: adopted first, each id once with this tab’s copy, capped', () => {
    const own = [{ id: 'b', v: 'own' }, { id: 'd', v: 'own' }];
    const adopted = [{ id: 'a', v: 'old' }, { id: 'b', v: 'old' }, { id: 'c', v: 'old' }];
    expect(mergeQueues(own, adopted, 10)).toEqual({
      kept: [{ id: 'a', v: 'old' }, { id: 'b', v: 'own' }, { id: 'c', v: 'old' }, { id: 'd', v: 'own' }],
      dropped: 0,
    });
    expect(mergeQueues(own, adopted, 2)).toEqual({ kept: [{ id: 'c', v: 'old' }, { id: 'd', v: 'own' }], dropped: 2 });
  });
});
