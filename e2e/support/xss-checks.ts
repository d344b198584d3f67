import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Markup that runs code wherever something parses it as HTML: each piece sets `window.__pwned` or
 * opens a dialog. Put into every author-controlled text field, it must come out as plain text.
 */
export const PAYLOAD =
  `<img src=x onerror=__pwned='img'><svg onload=__pwned='svg'><iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe><script>alert('script')</script>`;
/** The same idea for fields limited to 40 characters. */
export const SHORT_PAYLOAD = `<img src=x onerror=alert('short')>`;

/** What a page shows when nothing ran: no flag, no event-handler attribute, no frame, only safe links. */
export interface Inertness {
  pwned: unknown;
  handlerAttributes: string[];
  frames: string[];
  inlineScripts: number;
  unsafeLinks: string[];
  /** How many times the payload's text was found as text, in the page and our shadow root. */
  payloadShownAsText: number;
}

/** Looks through the document and every open shadow root of `page`. */
export function inertness(page: Page, payloadStart: string): Promise<Inertness> {
  return page.evaluate((needle) => {
    const roots: Array<Document | ShadowRoot> = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    const all = roots.flatMap((root) => Array.from(root.querySelectorAll('*')));
    const text = roots.map((root) => (root instanceof Document ? root.body.innerText : Array.from(root.children).map((c) => (c as HTMLElement).innerText ?? '').join('\n')));
    const inputs = all.filter((el): el is HTMLInputElement | HTMLTextAreaElement => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement).map((el) => el.value);
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      handlerAttributes: all.flatMap((el) => el.getAttributeNames().filter((name) => /^on/i.test(name) || name === 'srcdoc').map((name) => `${el.nodeName} ${name}`)),
      frames: all.filter((el) => /^(IFRAME|FRAME|OBJECT|EMBED)$/.test(el.nodeName)).map((el) => el.nodeName),
      inlineScripts: all.filter((el) => el.nodeName === 'SCRIPT' && !(el as HTMLScriptElement).src).length,
      unsafeLinks: all
        .filter((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement && el.hasAttribute('href'))
        .map((el) => el.href)
        .filter((href) => !/^(https?|mailto):/i.test(href)),
      payloadShownAsText: [...text, ...inputs].reduce((n, t) => n + t.split(needle).length - 1, 0),
    };
  }, payloadStart);
}

/** Asserts nothing ran and nothing dangerous is in the DOM, and that the payload is on screen as text (at least `shown` times). */
export async function expectInert(page: Page, dialogs: string[], shown = 1): Promise<void> {
  const found = await inertness(page, '<img src=x onerror=');
  expect(found.pwned).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(found.handlerAttributes).toEqual([]);
  expect(found.frames).toEqual([]);
  expect(found.inlineScripts).toBe(0);
  expect(found.unsafeLinks).toEqual([]);
  expect(found.payloadShownAsText).toBeGreaterThanOrEqual(shown);
}
