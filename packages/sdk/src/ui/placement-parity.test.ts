import { placeTooltip, type Box } from '@shirube/core';
import { PLACEMENTS, type Placement } from '@shirube/schema';
import { arrow, computePosition, flip, offset, shift, type Platform } from '@floating-ui/dom';
import { describe, expect, it } from 'vitest';

/**
 * The SDK positioned tooltips with @floating-ui/dom until it computed placements itself (decision
 * 0008). floating-ui stays a dev dependency so this test can hold the two to the same answers.
 */
async function floatingUi(reference: Box, floating: { width: number; height: number }, viewport: Box, placement: Placement, rtl: boolean, withArrow: boolean) {
  const arrowElement = {};
  // Only what core's computePosition asks for; the DOM platform's other methods are for real elements.
  const platform = {
    getElementRects: () => ({ reference, floating: { x: 0, y: 0, ...floating } }),
    getClippingRect: () => viewport,
    getDimensions: (element) => (element === arrowElement ? { width: 12, height: 12 } : floating),
    isRTL: () => rtl,
  } as Partial<Platform> as Platform;
  // The SDK's chain: offset 12, flip (any side for 'auto'), shift, arrow, all 8 px from the edges.
  const middleware = [
    offset(12),
    flip(placement === 'auto' ? { padding: 8, fallbackAxisSideDirection: 'end' } : { padding: 8 }),
    shift({ padding: 8 }),
    ...(withArrow ? [arrow({ element: arrowElement as HTMLElement, padding: 12 })] : []),
  ];
  const result = await computePosition({} as Element, {} as HTMLElement, {
    strategy: 'fixed',
    placement: placement === 'auto' ? 'bottom' : placement,
    middleware,
    platform,
  });
  const tip = result.middlewareData.arrow;
  return { x: result.x, y: result.y, placement: result.placement, arrow: withArrow ? (tip?.x ?? tip?.y) : undefined };
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  return (low: number, high: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return low + Math.round((seed / 2 ** 31) * (high - low));
  };
}

describe('tooltip placement', () => {
  it('matches floating-ui for every placement, in both directions, near every edge', async () => {
    const between = random(42);
    for (let i = 0; i < 4_000; i++) {
      const viewport = { x: between(0, 1) * between(0, 300), y: between(0, 1) * between(0, 300), width: between(280, 1_400), height: between(240, 900) };
      const reference = { x: between(-100, viewport.width + 50), y: between(-100, viewport.height + 50), width: between(2, 500), height: between(2, 300) };
      const floating = { width: between(120, 420), height: between(60, 400) };
      const placement = PLACEMENTS[between(0, PLACEMENTS.length - 1)]!;
      const rtl = between(0, 3) === 0;
      const withArrow = between(0, 4) > 0;
      const expected = await floatingUi(reference, floating, viewport, placement, rtl, withArrow);
      const got = placeTooltip({ reference, floating, viewport, placement, rtl, gap: 12, edge: 8, arrow: withArrow ? 12 : 0, arrowPadding: 12 });
      const context = JSON.stringify({ i, reference, floating, viewport, placement, rtl, withArrow });
      expect(got.placement, context).toBe(expected.placement);
      expect(got.x, context).toBeCloseTo(expected.x, 6);
      expect(got.y, context).toBeCloseTo(expected.y, 6);
      if (withArrow) expect(got.arrow, context).toBeCloseTo(expected.arrow!, 6);
    }
  });
});
