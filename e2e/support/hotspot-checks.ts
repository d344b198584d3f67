import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The end-user UI's shadow root, as a page function sees it. */
const SHADOW = `document.querySelector('shirube-ui')?.shadowRoot`;

/** How far a hotspot's beacon centre is from its element's top-right corner, in px (x and y). */
export async function beaconOffset(beacon: Locator, element: Locator): Promise<{ dx: number; dy: number }> {
  const [b, e] = await Promise.all([beacon.boundingBox(), element.boundingBox()]);
  if (!b || !e) throw new Error(`no box: beacon ${JSON.stringify(b)}, element ${JSON.stringify(e)}`);
  return { dx: b.x + b.width / 2 - (e.x + e.width), dy: b.y + b.height / 2 - e.y };
}

/** Waits (through the beacon's repositioning) until it sits on its element's top-right corner, within 3 px. */
export async function expectPinned(beacon: Locator, element: Locator): Promise<void> {
  await expect
    .poll(async () => {
      const { dx, dy } = await beaconOffset(beacon, element);
      return Math.abs(dx) <= 3 && Math.abs(dy) <= 3 ? 'pinned' : `off by ${Math.round(dx)}, ${Math.round(dy)}`;
    }, { timeout: 5_000, interval: 100 })
    .toBe('pinned');
}

/** The accessible name of what has keyboard focus inside the guide UI (null: focus is elsewhere). */
export function focusedInGuideUi(page: Page): Promise<string | null> {
  return page.evaluate(`(() => { const el = ${SHADOW}?.activeElement; return el ? (el.getAttribute('aria-label') || el.textContent) : null; })()`) as Promise<string | null>;
}

/** Presses Tab until the guide UI's control named `name` has focus, as a keyboard user would reach it. */
export async function tabTo(page: Page, name: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedInGuideUi(page)) === name) return;
  }
  throw new Error(`Tab never reached "${name}" in ${maxPresses} presses`);
}
