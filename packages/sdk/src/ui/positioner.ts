import { arrow, autoUpdate, computePosition, detectOverflow, flip, offset, shift, type Middleware, type Placement as FloatingPlacement } from '@floating-ui/dom';
import type { Placement } from '@shirube/schema';

/** Gap between target and tooltip, in px. */
const GAP = 12;
/** Space kept between the tooltip and the viewport edge. */
const EDGE = 8;
/** How far the highlight ring stands off the target. */
const RING_PAD = 4;

/** A step's placement as floating-ui's: 'auto' prefers below and may flip to any side. */
export function toFloatingPlacement(placement: Placement): FloatingPlacement {
  return placement === 'auto' ? 'bottom' : placement;
}

/** The middleware chain for a placement: offset, flip, shift, then the arrow. */
export function middlewareFor(placement: Placement, arrowElement: HTMLElement | null): Middleware[] {
  const chain = [
    offset(GAP),
    flip(placement === 'auto' ? { padding: EDGE, fallbackAxisSideDirection: 'end' } : { padding: EDGE }),
    shift({ padding: EDGE }),
  ];
  if (arrowElement) chain.push(arrow({ element: arrowElement, padding: 12 }));
  return chain;
}

/** Whether a rect lies (partly) outside the viewport, so the target should be scrolled to. */
export function isOffscreen(rect: { top: number; bottom: number; left: number; right: number }, width: number, height: number): boolean {
  return rect.top < 0 || rect.left < 0 || rect.bottom > height || rect.right > width;
}

const px = (n: number) => `${Math.round(n)}px`;

/** Half a hotspot beacon's size (styles.ts), in px. */
const BEACON_HALF = 9;

/**
 * Keeps a hotspot's beacon centred on its element's top-right corner through scrolling (scroll
 * containers too), resizing and layout shifts, and hides it while that corner is clipped out of
 * view (under a sticky header, outside a scroll container) so it never floats over other content. Returns the cleanup from autoUpdate.
 */
export function pinBeacon(reference: Element, beacon: HTMLElement): () => void {
  // How far each side of the element is clipped (positive: clipped) by its scroll containers or the viewport.
  const clip: Middleware = { name: 'clip', fn: async (state) => ({ data: await detectOverflow(state, { elementContext: 'reference' }) }) };
  const middleware = [offset({ mainAxis: -BEACON_HALF, crossAxis: BEACON_HALF }), clip];
  return autoUpdate(reference, beacon, () => {
    computePosition(reference, beacon, { strategy: 'fixed', placement: 'top-end', middleware })
      .then(({ x, y, middlewareData }) => {
        const clipped = middlewareData.clip as { top: number; right: number } | undefined;
        beacon.style.left = px(x);
        beacon.style.top = px(y);
        // Hidden as soon as the corner it sits on is clipped, not only once the whole element is.
        beacon.style.visibility = clipped && (clipped.top > 0 || clipped.right > 0) ? 'hidden' : '';
      })
      .catch(() => undefined);
  });
}

/**
 * Keeps a tooltip (and the highlight ring, when there is one) next to its target while the page
 * scrolls, resizes or moves. Positions are written through CSSOM properties, which a strict CSP
 * allows. Returns the cleanup from autoUpdate. `onLost` runs when the target leaves the document.
 */
export function followTarget(
  reference: Element,
  floating: HTMLElement,
  ring: HTMLElement | null,
  placement: Placement,
  onLost: () => void,
): () => void {
  const arrowElement = floating.querySelector<HTMLElement>('.arrow');
  const middleware = middlewareFor(placement, arrowElement);
  let stopped = false;

  const update = () => {
    if (stopped) return;
    if (!reference.isConnected) {
      onLost();
      return;
    }
    if (ring) {
      const rect = reference.getBoundingClientRect();
      ring.style.left = px(rect.left - RING_PAD);
      ring.style.top = px(rect.top - RING_PAD);
      ring.style.width = px(rect.width + RING_PAD * 2);
      ring.style.height = px(rect.height + RING_PAD * 2);
      ring.hidden = false;
    }
    computePosition(reference, floating, { strategy: 'fixed', placement: toFloatingPlacement(placement), middleware })
      .then(({ x, y, placement: final, middlewareData }) => {
        if (stopped) return;
        floating.style.left = px(x);
        floating.style.top = px(y);
        floating.setAttribute('data-side', final.split('-')[0]!);
        const tip = middlewareData.arrow;
        if (arrowElement) {
          arrowElement.style.left = tip?.x != null ? px(tip.x) : '';
          arrowElement.style.top = tip?.y != null ? px(tip.y) : '';
        }
      })
      .catch(() => undefined);
  };

  const stopAutoUpdate = autoUpdate(reference, floating, update);
  return () => {
    stopped = true;
    stopAutoUpdate();
    if (ring) ring.hidden = true;
  };
}
