import { describe, expect, it } from 'vitest';
import { focusOn, textOn } from './theme.js';

/** WCAG contrast ratio of two `#rrggbb` colours, computed here independently of theme.ts. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) =>
    [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Every colour on a 17-step grid of each channel: 4,913 brands, pale to dark and every hue. */
const brands = Array.from({ length: 17 ** 3 }, (_, n) => {
  const hex = (v: number) => Math.min(255, v * 16).toString(16).padStart(2, '0');
  return `#${hex(n % 17)}${hex(Math.floor(n / 17) % 17)}${hex(Math.floor(n / 289))}`;
});

describe('theme colours', () => {
  it('puts words on any brand colour at 4.5:1 or better (WCAG AA)', () => {
    const worst = brands.map((brand) => ({ brand, ratio: contrast(brand, textOn(brand)) })).sort((a, b) => a.ratio - b.ratio)[0]!;
    expect(worst.ratio).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the focus ring at 3:1 or better against the white card for any brand', () => {
    const worst = brands.map((brand) => ({ brand, ratio: contrast(focusOn(brand), '#ffffff') })).sort((a, b) => a.ratio - b.ratio)[0]!;
    expect(worst.ratio).toBeGreaterThanOrEqual(3);
    // A brand that is dark enough keeps its own colour for the ring.
    expect(focusOn('#4f46e5')).toBe('#4f46e5');
    expect(focusOn('#fde047')).not.toBe('#fde047');
  });

  it('gives a green or amber brand dark words, an indigo one white words', () => {
    expect(textOn('#22c55e')).toBe('#000000');
    expect(textOn('#f59e0b')).toBe('#000000');
    expect(textOn('#4f46e5')).toBe('#ffffff');
  });
});
