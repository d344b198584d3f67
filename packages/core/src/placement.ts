import type { Placement } from '@shirube/schema';

/** A box in viewport pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What `placeTooltip` needs: measured by the platform, no DOM here. */
export interface TooltipLayout {
  /** The target's box. */
  reference: Box;
  /** The tooltip's size (without transforms). */
  floating: { width: number; height: number };
  /** The visible part of the viewport the tooltip must stay inside. */
  viewport: Box;
  placement: Placement;
  /** Right-to-left text: `-start` aligns to the right edge. */
  rtl: boolean;
  /** Gap between target and tooltip. */
  gap: number;
  /** Space kept free between the tooltip and the viewport's edges. */
  edge: number;
  /** The arrow's side length (0: no arrow) and how close it may come to the tooltip's corners. */
  arrow: number;
  arrowPadding: number;
}

/** Where the tooltip goes, the placement it ended up with, and the arrow's offset along its edge. */
export interface TooltipPosition {
  x: number;
  y: number;
  placement: string;
  arrow?: number;
}

type Side = 'top' | 'right' | 'bottom' | 'left';
type Overflow = Record<Side, number>;

const OPPOSITE: Record<string, string> = { top: 'bottom', bottom: 'top', left: 'right', right: 'left', start: 'end', end: 'start' };
const sideOf = (placement: string) => placement.split('-')[0] as Side;
const alignmentOf = (placement: string) => placement.split('-')[1];
const vertical = (placement: string) => /^(top|bottom)/.test(placement);
const oppositeSide = (placement: string) => OPPOSITE[sideOf(placement)] + placement.slice(sideOf(placement).length);
const oppositeAlignment = (placement: string) => placement.replace(/start|end/, (word) => OPPOSITE[word]!);
const clamp = (low: number, value: number, high: number) => Math.max(low, Math.min(value, high));

/**
 * Candidate placements in the order they are tried: the preferred one, then its mirror images.
 * 'auto' prefers below, then above, then the sides (reading direction first).
 */
function candidates(placement: Placement, rtl: boolean): string[] {
  if (placement === 'auto') return rtl ? ['bottom', 'top', 'left', 'right'] : ['bottom', 'top', 'right', 'left'];
  const flipped = oppositeSide(placement);
  return alignmentOf(placement) ? [placement, oppositeAlignment(placement), flipped, oppositeAlignment(flipped)] : [placement, flipped];
}

/**
 * Computes where a tooltip goes next to its target, the way floating-ui's `offset`, `flip`,
 * `shift` and `arrow` middleware do (in that order, with the same fallbacks and tie-breaks), so
 * placements look as they did when the SDK used that library. Pure: the platform measures.
 */
export function placeTooltip(layout: TooltipLayout): TooltipPosition {
  const { reference: ref, floating, viewport, rtl, edge } = layout;
  const size = (v: boolean) => (v ? 'width' : 'height') as 'width' | 'height';

  /** Top-left corner for a placement, `gap` away from the target. */
  const coords = (placement: string) => {
    const side = sideOf(placement);
    const v = vertical(placement);
    let x = ref.x + ref.width / 2 - floating.width / 2;
    let y = ref.y + ref.height / 2 - floating.height / 2;
    const gap = side === 'top' || side === 'left' ? -layout.gap : layout.gap;
    if (side === 'top') y = ref.y - floating.height + gap;
    if (side === 'bottom') y = ref.y + ref.height + gap;
    if (side === 'left') x = ref.x - floating.width + gap;
    if (side === 'right') x = ref.x + ref.width + gap;
    const alignment = alignmentOf(placement);
    if (alignment) {
      const shift = (ref[size(v)] / 2 - floating[size(v)] / 2) * (alignment === 'end' ? 1 : -1) * (rtl && v ? -1 : 1);
      if (v) x += shift;
      else y += shift;
    }
    return { x, y };
  };

  /** How far past the viewport (less `edge`) each side of the tooltip reaches; negative is room left. */
  const overflow = ({ x, y }: { x: number; y: number }): Overflow => ({
    top: viewport.y - y + edge,
    bottom: y + floating.height - viewport.y - viewport.height + edge,
    left: viewport.x - x + edge,
    right: x + floating.width - viewport.x - viewport.width + edge,
  });

  /** The two sides along the tooltip's edge, the one it aligns to first. */
  const alignmentSides = (placement: string): [Side, Side] => {
    const v = vertical(placement);
    const alignment = alignmentOf(placement);
    let main: Side = v ? (alignment === (rtl ? 'end' : 'start') ? 'right' : 'left') : alignment === 'start' ? 'bottom' : 'top';
    if (ref[size(v)] > floating[size(v)]) main = OPPOSITE[main] as Side;
    return [main, OPPOSITE[main] as Side];
  };

  // flip: the first candidate that fits; else the one that fits along its side with the least
  // overflow at the edge; else the least overflow overall ('auto' keeps to above and below then).
  const tried: Array<{ placement: string; overflows: number[] }> = [];
  let placement = '';
  for (const candidate of candidates(layout.placement, rtl)) {
    const o = overflow(coords(candidate));
    const [a, b] = alignmentSides(candidate);
    const overflows = [o[sideOf(candidate)], o[a], o[b]];
    tried.push({ placement: candidate, overflows });
    if (overflows.every((n) => n <= 0)) {
      placement = candidate;
      break;
    }
  }
  const first = <T>(list: T[], score: (item: T) => number) => list.reduce((best, item) => (score(item) < score(best) ? item : best), list[0]!);
  if (!placement) {
    const fitting = tried.filter((t) => t.overflows[0]! <= 0);
    placement = fitting.length
      ? first(fitting, (t) => t.overflows[1]!).placement
      : first(
          tried.filter((t) => layout.placement !== 'auto' || vertical(t.placement)),
          (t) => t.overflows.reduce((sum, n) => sum + Math.max(n, 0), 0),
        ).placement;
  }

  const v = vertical(placement);
  const axis = v ? 'x' : 'y';
  const length = size(v);
  const position = coords(placement);
  // shift: slide along the target's edge to stay inside the viewport.
  const slide = () => {
    const o = overflow(position);
    position[axis] = clamp(position[axis] + o[v ? 'left' : 'top'], position[axis], position[axis] - o[v ? 'right' : 'bottom']);
  };
  slide();
  if (!layout.arrow) return { ...position, placement };

  // arrow: point at the target's middle, kept `arrowPadding` from the corners; when a tiny target
  // leaves an aligned tooltip's arrow pointing past it, the tooltip moves instead (once).
  const point = () => {
    const client = floating[length];
    const centre = client / 2 - layout.arrow / 2 + (ref[length] + ref[axis] - position[axis] - client) / 2 - (position[axis] - ref[axis]) / 2;
    const padding = Math.min(layout.arrowPadding, client / 2 - layout.arrow / 2 - 1);
    const end = client - layout.arrow - padding;
    return { centre, offset: clamp(padding, centre, end), padding, end };
  };
  let tip = point();
  if (alignmentOf(placement) && tip.centre !== tip.offset && ref[length] / 2 - tip.padding - layout.arrow / 2 < 0) {
    position[axis] += tip.centre < tip.padding ? tip.centre - tip.padding : tip.centre - tip.end;
    slide();
    tip = point();
  }
  return { ...position, placement, arrow: tip.offset };
}
