import { describe, expect, it } from 'vitest';
import { countFailure } from './sign-in-throttle.js';

const WINDOW = 15 * 60_000;

describe('sign-in failure counting', () => {
  it('blocks for one window at the limit-th failure inside a window', () => {
    let count = countFailure(undefined, 0, 3, WINDOW);
    count = countFailure(count, 1_000, 3, WINDOW);
    expect(count).toEqual({ failures: 2, windowStartedAt: 0, blockedUntil: 0 });
    expect(countFailure(count, 2_000, 3, WINDOW)).toEqual({ failures: 3, windowStartedAt: 0, blockedUntil: 2_000 + WINDOW });
  });

  it('starts a new window after the old one ran out, or after a block ended', () => {
    expect(countFailure({ failures: 2, windowStartedAt: 0, blockedUntil: 0 }, WINDOW, 3, WINDOW)).toEqual({ failures: 1, windowStartedAt: WINDOW, blockedUntil: 0 });
    expect(countFailure({ failures: 3, windowStartedAt: 0, blockedUntil: 100 }, 100, 3, WINDOW)).toEqual({ failures: 1, windowStartedAt: 100, blockedUntil: 0 });
  });
});
