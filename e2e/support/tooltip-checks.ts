import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ShirubeEvent, Target } from '@shirube/schema';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The element locator alone, as `window.ShirubeLocator` (built by the SDK's `build` script). */
export const locatorBundle = join(repoRoot, 'packages/sdk/dist/locator.js');

type Box = { x: number; y: number; width: number; height: number };
type LocatorGlobal = {
  captureTarget(element: Element): Target;
  locateTarget(target: Target): { element: Element | null; reason?: string };
};
type PageWindow = Window & { ShirubeLocator: LocatorGlobal; __shirubeEvents: ShirubeEvent[] };

/**
 * Puts the locator bundle into the page, as the in-app builder will. Evaluated by the test driver:
 * the demo app's CSP refuses script tags without its nonce.
 */
export async function injectLocator(page: Page): Promise<void> {
  if (await page.evaluate(() => 'ShirubeLocator' in window)) return;
  await page.evaluate(`${readFileSync(locatorBundle, 'utf8')};\nwindow.ShirubeLocator = ShirubeLocator;`);
}

/** Adds page CSS the way the demo app's CSP allows (a constructed stylesheet; `addStyleTag` is inline). */
export async function addPageCss(page: Page, css: string): Promise<void> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/** What an author's click records: the locator's description of the element, plus its classes. */
export async function captureTarget(page: Page, element: Locator): Promise<{ target: Target; classes: string[] }> {
  await injectLocator(page);
  return element.evaluate((el) => ({
    target: (window as unknown as PageWindow).ShirubeLocator.captureTarget(el),
    classes: Array.from(el.classList),
  }));
}

/** Whether the locator, given `target`, picks exactly the element `expected` points at; else why not. */
export async function locatesAs(page: Page, target: Target, expected: Locator): Promise<string> {
  await injectLocator(page);
  return expected.evaluate((el, t) => {
    const result = (window as unknown as PageWindow).ShirubeLocator.locateTarget(t);
    if (!result.element) return `nothing (${result.reason})`;
    return result.element === el ? 'the same element' : `another element: ${result.element.outerHTML.slice(0, 160)}`;
  }, target);
}

/** Every class name on the page outside Shirube's shadow root. */
export function pageClassNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...new Set(Array.from(document.querySelectorAll('[class]')).flatMap((el) => Array.from(el.classList)))]);
}

/** Collects the SDK's guide events from every page load of the context into `window.__shirubeEvents`. */
export async function recordGuideEvents(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const win = window as unknown as PageWindow & { Shirube?: { on(type: string, fn: (event: ShirubeEvent) => void): void } };
    win.__shirubeEvents = [];
    window.addEventListener('shirube:ready', () => {
      for (const type of ['guide_started', 'step_viewed', 'step_completed', 'guide_completed', 'target_missing']) {
        win.Shirube?.on(type, (event) => win.__shirubeEvents.push(event));
      }
    });
  });
}

/** The guide events recorded on the current page load. */
export function guideEvents(page: Page): Promise<ShirubeEvent[]> {
  return page.evaluate(() => (window as unknown as PageWindow).__shirubeEvents);
}

/** Waits for the step's dialog; fails with the SDK's own reason if the step reported its target missing. */
export async function waitForStep(page: Page, title: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: title });
  const missing = page.waitForFunction(() => (window as unknown as PageWindow).__shirubeEvents.find((e) => e.type === 'target_missing'), null, { timeout: 20_000 });
  const winner = await Promise.race([dialog.waitFor({ timeout: 20_000 }).then(() => null), missing.then((handle) => handle.jsonValue())]);
  if (winner) throw new Error(`step "${title}" did not attach: target_missing ${JSON.stringify(winner)}`);
  return dialog;
}

/** The highlight ring Shirube draws 4 px around the element it anchored the tooltip to. */
function ringBox(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const ring = document.querySelector('shirube-ui')!.shadowRoot!.querySelector<HTMLElement>('.ring')!;
    const r = ring.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/** How far apart two boxes are along each axis (0 when they overlap on it). */
function gaps(a: Box, b: Box): { x: number; y: number } {
  return {
    x: Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), 0),
    y: Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height), 0),
  };
}

/**
 * Asserts the tooltip is anchored to `element`: the ring hugs that element's box, and the
 * tooltip sits right next to it on one side (12 px away, overlapping it along the other axis).
 */
export async function expectAnchoredTo(page: Page, dialog: Locator, element: Locator): Promise<void> {
  await expect.poll(async () => (await ringBox(page)).width, { timeout: 5_000 }).toBeGreaterThan(0);
  const box = (await element.boundingBox())!;
  const tip = (await dialog.boundingBox())!;
  const ring = await ringBox(page);
  expect(box).toBeTruthy();
  for (const [got, want] of [
    [ring.x, box.x - 4],
    [ring.y, box.y - 4],
    [ring.width, box.width + 8],
    [ring.height, box.height + 8],
  ] as const) {
    expect(Math.abs(got - want)).toBeLessThanOrEqual(1.5);
  }
  const gap = gaps(box, tip);
  const nextTo = (gap.x === 0 && gap.y >= 4 && gap.y <= 30) || (gap.y === 0 && gap.x >= 4 && gap.x <= 30);
  expect(nextTo, `tooltip ${JSON.stringify(tip)} should sit next to ${JSON.stringify(box)}`).toBe(true);
}
