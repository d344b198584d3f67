import type { Theme } from '@shirube/schema';

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export function textOn(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.45 ? '#111827' : '#ffffff';
}

/** Sets the CSS custom properties of a guide's theme on `element` (the shadow host, or a box inside it). */
export function applyTheme(element: HTMLElement, theme: Theme): void {
  const { style } = element;
  style.setProperty('--sh-brand', theme.brandColor);
  style.setProperty('--sh-on-brand', textOn(theme.brandColor));
  style.setProperty('--sh-radius', `${theme.radius}px`);
}
