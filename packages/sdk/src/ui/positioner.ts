import { placeTooltip, type Box } from '@shirube/core';
import type { Placement } from '@shirube/schema';
import { listen } from '../listen.js';

/** Gap between target and tooltip, in px. */
const GAP = 12;
/** Space kept between the tooltip and the viewport edge. */
const EDGE = 8;
/** How far the highlight ring stands off the target. */
const RING_PAD = 4;

/** Whether a rect lies (partly) outside the viewport, so the target should be scrolled to. */
export function isOffscreen(rect: { top: number; bottom: number; left: number; right: number }, width: number, height: number): boolean {
  return rect.top < 0 || rect.left < 0 || rect.bottom > height || rect.right > width;
}

const px = (n: number) => `${Math.round(n)}px`;

/**
 * The part of the viewport the user sees: the visual viewport (pinch zoom) where the browser has
 * one, else the layout viewport without scrollbars.
 */
export function visibleViewport(win: Window): Box {
  const vv = win.visualViewport;
  const html = win.document.documentElement;
  return vv ? { x: vv.offsetLeft, y: vv.offsetTop, width: vv.width, height: vv.height } : { x: 0, y: 0, width: html.clientWidth, height: html.clientHeight };
}

/**
 * Calls `onMove` when `element` moves without a scroll or resize (content inserted above it, a
 * sidebar collapsing): an IntersectionObserver whose root margin is cut down to the element's own
 * box sees any move as a change of ratio (the technique floating-ui's autoUpdate uses). Returns the cleanup.
 */
function observeMove(element: Element, onMove: () => void): () => void {
  const doc = element.ownerDocument;
  const win = doc.defaultView!;
  let observer: IntersectionObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    observer?.disconnect();
  };
  const move = (threshold?: number) => {
    onMove();
    watch(threshold);
  };
  const watch = (threshold = 1) => {
    stop();
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height || typeof win.IntersectionObserver !== 'function') return;
    const html = doc.documentElement;
    const rootMargin = [box.top, html.clientWidth - box.right, html.clientHeight - box.bottom, box.left].map((n) => `${-Math.floor(n)}px`).join(' ');
    let first = true;
    const seen = ([entry]: IntersectionObserverEntry[]) => {
      const ratio = entry!.intersectionRatio;
      const now = element.getBoundingClientRect();
      // The entry may be stale by the time it arrives (a move over several frames): look again.
      if (now.left !== box.left || now.top !== box.top || now.width !== box.width || now.height !== box.height || (ratio !== threshold && !first)) move();
      // A target clipped where it stands has ratio 0: check again later rather than in a loop.
      else if (ratio !== threshold) ratio ? move(ratio) : (timer = setTimeout(move, 1_000, 1e-7));
      first = false;
    };
    const options = { rootMargin, threshold: Math.max(0, Math.min(1, threshold)) || 1 };
    try {
      // The document as root keeps the margin meaningful inside an iframe; older browsers refuse it.
      observer = new win.IntersectionObserver(seen, { ...options, root: doc });
    } catch {
      observer = new win.IntersectionObserver(seen, options);
    }
    observer.observe(element);
  };
  // A new window size changes the root: observe again, without a move.
  const unlistenResize = listen(win, 'resize', () => watch());
  watch();
  return () => {
    stop();
    unlistenResize();
  };
}

/**
 * Runs `update` whenever `reference` or `floating` may have moved: a scroll of the window or of any
 * scroll container (shadow roots too), a resize or zoom, a size change of either element, or the
 * reference moving on its own. Returns the cleanup.
 */
function whileOnScreen(reference: Element, floating: HTMLElement, update: () => void): () => void {
  const doc = reference.ownerDocument;
  const win = doc.defaultView!;
  const listeners: Array<[EventTarget | null, string]> = [
    [doc, 'scroll'],
    [win, 'resize'],
    [win.visualViewport, 'scroll'],
    [win.visualViewport, 'resize'],
  ];
  // Scroll events do not leave a shadow root: listen in each one the target sits in, too.
  for (let root = reference.getRootNode() as ShadowRoot; root.host; root = root.host.getRootNode() as ShadowRoot) listeners.push([root, 'scroll']);
  // Capture on the document sees the scrolling of every scroll container, not only the window's.
  for (const [target, type] of listeners) target?.addEventListener(type, update, { capture: true, passive: true });
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
  resize?.observe(reference);
  resize?.observe(floating);
  const stopMove = observeMove(reference, update);
  update();
  return () => {
    for (const [target, type] of listeners) target?.removeEventListener(type, update, { capture: true });
    resize?.disconnect();
    stopMove();
  };
}

/** Writes fixed positions relative to our host's containing block, which a transformed or filtered page ancestor moves away from the viewport's corner. */
function placerFor(floating: HTMLElement): (el: HTMLElement, x: number, y: number) => void {
  const host = (floating.getRootNode() as ShadowRoot).host;
  return (el, x, y) => {
    const origin = host?.getBoundingClientRect() ?? { left: 0, top: 0 };
    el.style.left = px(x - origin.left);
    el.style.top = px(y - origin.top);
  };
}

/** The viewport cut down by every scroll container around `element`: the part of the page it can be seen in. */
function visibleArea(element: Element): { top: number; right: number; bottom: number; left: number } {
  const win = element.ownerDocument.defaultView!;
  const view = visibleViewport(win);
  const area = { top: view.y, right: view.x + view.width, bottom: view.y + view.height, left: view.x };
  for (let node = element.parentElement; node && node !== element.ownerDocument.documentElement; node = node.parentElement) {
    const style = win.getComputedStyle(node);
    if (!/(auto|scroll|hidden|clip)/.test(style.overflow + style.overflowX + style.overflowY)) continue;
    const box = node.getBoundingClientRect();
    area.top = Math.max(area.top, box.top + node.clientTop);
    area.left = Math.max(area.left, box.left + node.clientLeft);
    area.bottom = Math.min(area.bottom, box.top + node.clientTop + node.clientHeight);
    area.right = Math.min(area.right, box.left + node.clientLeft + node.clientWidth);
  }
  return area;
}

/** Half a hotspot beacon's size: its centre sits on the element's corner. */
const BEACON_HALF = 9;

/**
 * Keeps a hotspot's beacon centred on its element's top-right corner through scrolling (scroll
 * containers too), resizing and layout shifts, and hides it while that corner is clipped out of
 * view (under a scroll container's edge, outside the viewport) so it never floats over other content.
 * Returns the cleanup.
 */
export function pinBeacon(reference: Element, beacon: HTMLElement): () => void {
  const place = placerFor(beacon);
  return whileOnScreen(reference, beacon, () => {
    if (!reference.isConnected) return;
    const rect = reference.getBoundingClientRect();
    const area = visibleArea(reference);
    place(beacon, rect.right - BEACON_HALF, rect.top - BEACON_HALF);
    // Hidden as soon as the corner it sits on is clipped, not only once the whole element is.
    const clipped = rect.top < area.top || rect.right > area.right || rect.top > area.bottom || rect.right < area.left;
    beacon.style.visibility = clipped ? 'hidden' : '';
  });
}

/**
 * Keeps a tooltip (and the highlight ring, when there is one) next to its target while the page
 * scrolls (the window or any scroll container), resizes, zooms, moves the target or changes either
 * element's size. Positions are written through CSSOM properties, which a strict CSP allows.
 * `onLost` runs when the target leaves the document. Returns the cleanup.
 */
export function followTarget(reference: Element, floating: HTMLElement, ring: HTMLElement | null, placement: Placement, onLost: () => void): () => void {
  const win = reference.ownerDocument.defaultView!;
  const arrow = floating.querySelector<HTMLElement>('.arrow');
  const place = placerFor(floating);
  let stopped = false;

  const update = () => {
    if (stopped) return;
    if (!reference.isConnected) return onLost();
    const rect = reference.getBoundingClientRect();
    if (ring) {
      place(ring, rect.left - RING_PAD, rect.top - RING_PAD);
      ring.style.width = px(rect.width + RING_PAD * 2);
      ring.style.height = px(rect.height + RING_PAD * 2);
      ring.hidden = false;
    }
    // WebKit reports fixed-position client rects against the visual viewport (kept from floating-ui).
    const vv = win.visualViewport;
    const webkit = vv && win.CSS?.supports?.('-webkit-backdrop-filter', 'none');
    const result = placeTooltip({
      reference: { x: rect.left + (webkit ? vv.offsetLeft : 0), y: rect.top + (webkit ? vv.offsetTop : 0), width: rect.width, height: rect.height },
      floating: { width: floating.offsetWidth, height: floating.offsetHeight },
      viewport: visibleViewport(win),
      placement,
      rtl: win.getComputedStyle(floating).direction === 'rtl',
      gap: GAP,
      edge: EDGE,
      arrow: arrow?.offsetWidth ?? 0,
      arrowPadding: 12,
    });
    place(floating, result.x, result.y);
    floating.setAttribute('data-side', result.placement.split('-')[0]!);
    if (arrow) {
      const along = result.arrow == null ? '' : px(result.arrow);
      const vertical = /^(top|bottom)/.test(result.placement);
      arrow.style.left = vertical ? along : '';
      arrow.style.top = vertical ? '' : along;
    }
  };

  const stopWatching = whileOnScreen(reference, floating, update);
  return () => {
    stopped = true;
    stopWatching();
    if (ring) ring.hidden = true;
  };
}
