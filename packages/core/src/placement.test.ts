import type { Placement } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { placeTooltip, type Box } from './placement.js';

const viewport = { x: 0, y: 0, width: 1000, height: 800 };
const tooltip = { width: 200, height: 100 };

function place(reference: Box, placement: Placement, extra: { rtl?: boolean; arrow?: number; floating?: { width: number; height: number } } = {}) {
  return placeTooltip({ reference, floating: extra.floating ?? tooltip, viewport, placement, rtl: extra.rtl ?? false, gap: 12, edge: 8, arrow: extra.arrow ?? 0, arrowPadding: 12 });
}

describe('placeTooltip', () => {
  it('puts the tooltip below its target, centred, a gap away', () => {
    expect(place({ x: 400, y: 100, width: 100, height: 40 }, 'bottom')).toEqual({ x: 350, y: 152, placement: 'bottom' });
  });

  it('aligns -start and -end to the edges, mirrored for right-to-left pages', () => {
    const target = { x: 400, y: 100, width: 100, height: 40 };
    expect(place(target, 'bottom-start').x).toBe(400);
    expect(place(target, 'bottom-end').x).toBe(300);
    expect(place(target, 'bottom-start', { rtl: true }).x).toBe(300);
    expect(place(target, 'right-start')).toEqual({ x: 512, y: 100, placement: 'right-start' });
  });

  it('flips to the other side when the preferred one has no room', () => {
    expect(place({ x: 400, y: 700, width: 100, height: 40 }, 'bottom')).toMatchObject({ y: 588, placement: 'top' });
    expect(place({ x: 850, y: 300, width: 100, height: 40 }, 'right')).toMatchObject({ x: 638, placement: 'left' });
  });

  it("lets 'auto' go to the sides when neither above nor below has room", () => {
    const tall = { width: 200, height: 380 };
    expect(place({ x: 100, y: 380, width: 100, height: 40 }, 'auto', { floating: tall })).toMatchObject({ x: 212, placement: 'right' });
    expect(place({ x: 100, y: 380, width: 100, height: 40 }, 'bottom', { floating: tall }).placement).toMatch(/^(top|bottom)$/);
  });

  it('slides along the target to stay 8 px inside the viewport', () => {
    expect(place({ x: 0, y: 100, width: 40, height: 40 }, 'bottom')).toMatchObject({ x: 8, placement: 'bottom' });
    expect(place({ x: 980, y: 100, width: 20, height: 40 }, 'bottom')).toMatchObject({ x: 792 });
  });

  it('points the arrow at the middle of the target, kept off the corners', () => {
    expect(place({ x: 400, y: 100, width: 100, height: 40 }, 'bottom', { arrow: 12 }).arrow).toBe(94);
    // Target at the far left: the tooltip slid right, so the arrow moves left, but not past 12 px.
    expect(place({ x: 0, y: 100, width: 10, height: 40 }, 'bottom', { arrow: 12 })).toMatchObject({ x: 8, arrow: 12 });
  });

  it('moves an aligned tooltip when its target is too small for the arrow to reach', () => {
    const result = place({ x: 400, y: 100, width: 10, height: 10 }, 'bottom-start', { arrow: 12 });
    // Aligned at x 400, the arrow could not point at x 405 from 12 px inside the corner: the tooltip
    // moves 13 px left so that the arrow (12 px in, 12 px wide) is centred on the target.
    expect(result).toMatchObject({ x: 387, arrow: 12, placement: 'bottom-start' });
    expect(result.x + result.arrow! + 6).toBe(405);
  });
});
