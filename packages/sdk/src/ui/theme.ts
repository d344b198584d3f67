import type { Theme } from '@shirube/schema';

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * Black or white, whichever has the higher contrast on `hex`. The two are equal (4.58:1) at a
 * luminance of 0.179, so every brand colour gets words at WCAG AA's 4.5:1 or better; a green or
 * amber brand gets black ones rather than white at 2:1.
 */
export function textOn(hex: string): string {
  return luminance(hex) > 0.179 ? '#000000' : '#ffffff';
}

/**
 * The focus ring's colour on the white cards: the brand where it contrasts 3:1 with white (WCAG's
 * non-text minimum, luminance at most 0.3), the ink otherwise, so a pale brand still shows focus.
 */
export function focusOn(hex: string): string {
  return luminance(hex) > 0.3 ? '#111827' : hex;
}

/** Sets the CSS custom properties of a guide's theme on `element` (the shadow host, or a box inside it). */
export function applyTheme(element: HTMLElement, theme: Theme): void {
  const { style } = element;
  style.setProperty('--sh-brand', theme.brandColor);
  style.setProperty('--sh-on-brand', textOn(theme.brandColor));
  style.setProperty('--sh-focus', focusOn(theme.brandColor));
  style.setProperty('--sh-radius', `${theme.radius}px`);
}
