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
type Axis = 'x' | 'y';

const OPPOSITE: Record<string, string> = { top: 'bottom', bottom: 'top', left: 'right', right: 'left', start: 'end', end: 'start' };
const LENGTH = { x: 'width', y: 'height' } as const;
const oppositeSide = (placement: string) => placement.replace(/^\w+/, (side) => OPPOSITE[side]!);
const oppositeAlignment = (placement: string) => placement.replace(/start|end/, (word) => OPPOSITE[word]!);
const clamp = (low: number, value: number, high: number) => Math.max(low, Math.min(value, high));

/** A placement's side and alignment, and the axis along the target's edge (x above and below it). */
function parts(placement: string) {
  const [side, alignment] = placement.split('-') as [Side, string | undefined];
  const along: Axis = side === 'top' || side === 'bottom' ? 'x' : 'y';
  return { side, alignment, along, across: (along === 'x' ? 'y' : 'x') as Axis };
}

/**
 * Candidate placements in the order they are tried: the preferred one, then its mirror images.
 * 'auto' prefers below, then above, then the sides (reading direction first).
 */
function candidates(placement: Placement, rtl: boolean): string[] {
  if (placement === 'auto') return rtl ? ['bottom', 'top', 'left', 'right'] : ['bottom', 'top', 'right', 'left'];
  const flipped = oppositeSide(placement);
  return placement.includes('-') ? [placement, oppositeAlignment(placement), flipped, oppositeAlignment(flipped)] : [placement, flipped];
}

/**
 * Computes where a tooltip goes next to its target, the way floating-ui's `offset`, `flip`,
 * `shift` and `arrow` middleware do (in that order, with the same fallbacks and tie-breaks), so
 * placements look as they did when the SDK used that library. Pure: the platform measures.
 */
export function placeTooltip(layout: TooltipLayout): TooltipPosition {
  const { reference: ref, floating, viewport, rtl, edge, arrow } = layout;

  /** Top-left corner for a placement, `gap` away from the target. */
  const coords = (placement: string): Record<Axis, number> => {
    const { side, alignment, along, across } = parts(placement);
    const [length, depth] = [LENGTH[along], LENGTH[across]];
    const centred = ref[along] + ref[length] / 2 - floating[length] / 2;
    const aligned = alignment ? (ref[length] / 2 - floating[length] / 2) * (alignment === 'end' ? 1 : -1) * (rtl && along === 'x' ? -1 : 1) : 0;
    const before = side === 'top' || side === 'left';
    return {
      [along]: centred + aligned,
      [across]: before ? ref[across] - floating[depth] - layout.gap : ref[across] + ref[depth] + layout.gap,
    } as Record<Axis, number>;
  };

  /** How far past the viewport (less `edge`) each side of the tooltip reaches; negative is room left. */
  const overflow = ({ x, y }: Record<Axis, number>): Record<Side, number> => ({
    top: viewport.y - y + edge,
    bottom: y + floating.height - viewport.y - viewport.height + edge,
    left: viewport.x - x + edge,
    right: x + floating.width - viewport.x - viewport.width + edge,
  });

  // flip: the first candidate that fits; else the one that fits along its side with the least
  // overflow at the edge; else the least overflow overall ('auto' keeps to above and below then).
  // Overflows are [at its side, then the two sides along its edge, the one it aligns to first].
  const tried: Array<[string, number[]]> = [];
  let placement = '';
  for (const candidate of candidates(layout.placement, rtl)) {
    const o = overflow(coords(candidate));
    const { side, alignment, along } = parts(candidate);
    let first: Side = along === 'x' ? (alignment === (rtl ? 'end' : 'start') ? 'right' : 'left') : alignment === 'start' ? 'bottom' : 'top';
    if (ref[LENGTH[along]] > floating[LENGTH[along]]) first = OPPOSITE[first] as Side;
    const overflows = [o[side], o[first], o[OPPOSITE[first] as Side]];
    tried.push([candidate, overflows]);
    if (overflows.every((n) => n <= 0)) {
      placement = candidate;
      break;
    }
  }
  const least = (list: Array<[string, number[]]>, score: (overflows: number[]) => number) =>
    list.reduce((best, item) => (score(item[1]) < score(best[1]) ? item : best), list[0]!)[0];
  if (!placement) {
    const fitting = tried.filter((t) => t[1][0]! <= 0);
    placement = fitting.length
      ? least(fitting, (o) => o[1]!)
      : least(
          tried.filter((t) => layout.placement !== 'auto' || parts(t[0]).along === 'x'),
          (o) => o.reduce((sum, n) => sum + Math.max(n, 0), 0),
        );
  }

  const { alignment, along } = parts(placement);
  const length = LENGTH[along];
  const position = coords(placement);
  // shift: slide along the target's edge to stay inside the viewport.
  const slide = () => {
    const o = overflow(position);
    const x = along === 'x';
    position[along] = clamp(position[along] + o[x ? 'left' : 'top'], position[along], position[along] - o[x ? 'right' : 'bottom']);
  };
  slide();
  if (!arrow) return { ...position, placement };

  // arrow: point at the target's middle, kept `arrowPadding` from the corners; when a tiny target
  // leaves an aligned tooltip's arrow pointing past it, the tooltip moves instead (once).
  const size = floating[length];
  const padding = Math.min(layout.arrowPadding, size / 2 - arrow / 2 - 1);
  const end = size - arrow - padding;
  const centre = () => size / 2 - arrow / 2 + (ref[length] + ref[along] - position[along] - size) / 2 - (position[along] - ref[along]) / 2;
  let c = centre();
  if (alignment && c !== clamp(padding, c, end) && ref[length] / 2 - padding - arrow / 2 < 0) {
    position[along] += c < padding ? c - padding : c - end;
    slide();
    c = centre();
  }
  return { ...position, placement, arrow: clamp(padding, c, end) };
}
