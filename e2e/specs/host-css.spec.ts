import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInAsEndUser } from '../support/demo-user.js';
import { expectPinned } from '../support/hotspot-checks.js';
import { CHECKLIST_TITLE, hostShot, useHostGuidesStack, waitForHostGuides } from '../support/host-guides.js';
import { addPageCss, expectAnchoredTo } from '../support/tooltip-checks.js';

/** Properties that make up how our UI looks; compared element by element inside the shadow root. */
const LOOK = ['display', 'visibility', 'opacity', 'font-family', 'font-size', 'font-weight', 'line-height', 'color', 'background-color', 'border-radius', 'padding', 'margin', 'box-shadow', 'transform', 'filter', 'text-align', 'letter-spacing', 'text-transform'];

/** Every element of our UI with its look and size (not its place: that follows the target). */
function uiLook(page: Page): Promise<string[]> {
  return page.evaluate((props) => {
    const host = document.querySelector('shirube-ui')!;
    const describe = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      // The ring's size is its target's (checked by expectAnchoredTo); everything else keeps its own.
      const size = el.classList.contains('ring') ? 'target-sized' : `${Math.round(box.width)}x${Math.round(box.height)}`;
      return `${el.nodeName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${size} ${props.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';')}`;
    };
    const hostStyle = getComputedStyle(host);
    const hostLook = ['position', 'z-index', 'display', 'opacity', 'transform', 'filter', 'visibility', 'top', 'left', 'clip-path'].map((p) => `${p}:${hostStyle.getPropertyValue(p)}`).join(';');
    return [`host ${hostLook}`, ...Array.from(host.shadowRoot!.querySelectorAll('*')).map(describe)];
  }, LOOK);
}

/** Whether the topmost element at the centre of `selector` (in our shadow root) is our own. */
function onTop(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const host = document.querySelector('shirube-ui')!;
    const el = host.shadowRoot!.querySelector(sel)!;
    const r = el.getBoundingClientRect();
    return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === host;
  }, selector);
}

describe('hostile host-page CSS', () => {
  const env = useHostGuidesStack();

  it('resets aimed at everything, and at our element, change nothing in how the tooltip, hotspot and checklist look or point', async () => {
    const { context, page } = await signInAsEndUser(env.browser, env.stack.demoUrl, 'rin@acme.example');
    const { tooltip, beacon } = await waitForHostGuides(page);
    await expectAnchoredTo(page, tooltip, page.getByTestId('new-report'));
    await page.waitForTimeout(500);
    const before = await uiLook(page);
    await hostShot(page, 'hostile-css-before');

    await addPageCss(
      page,
      `*, *::before, *::after { all: unset !important; }
       shirube-ui { display: none !important; position: static !important; opacity: .2 !important; transform: scale(.5) !important;
         filter: blur(3px) !important; z-index: -1 !important; font-size: 40px !important; color: red !important; clip-path: inset(50%) !important; }
       button, div, p, h2 { font: 30px serif !important; background: red !important; }
       [data-testid="new-report"], [data-testid="nav-reports"] { display: inline-block !important; padding: 8px !important; }`,
    );
    await page.waitForTimeout(800);
    expect(await uiLook(page)).toEqual(before);
    // What the page does to <body> as a whole stays the page's: our UI is not inside it.
    await addPageCss(page, 'body { opacity: .2 !important; filter: blur(2px) !important; }');
    expect(await page.evaluate(() => document.querySelector('shirube-ui')!.closest('body'))).toBeNull();
    expect(await onTop(page, '[role=dialog]')).toBe(true);
    await expectAnchoredTo(page, tooltip, page.getByTestId('new-report'));
    await expectPinned(beacon, page.getByTestId('nav-reports'));
    await hostShot(page, 'hostile-css-resets');
    await context.close();
  });

  it('display:none on every div and section leaves the checklist as it was', async () => {
    const { context, page } = await signInAsEndUser(env.browser, env.stack.demoUrl, 'sora@acme.example');
    const { checklist } = await waitForHostGuides(page);
    await checklist.click();
    await page.getByRole('heading', { name: CHECKLIST_TITLE }).waitFor();
    await page.waitForTimeout(500);
    const panel = () => page.evaluate(() => {
      const el = document.querySelector('shirube-ui')!.shadowRoot!.querySelector('.cl-panel')!;
      const r = el.getBoundingClientRect();
      return { box: [r.x, r.y, r.width, r.height].map(Math.round), html: el.outerHTML.length, background: getComputedStyle(el).backgroundColor };
    });
    const before = await panel();
    await addPageCss(page, 'div, section, aside, main { display: none !important; }');
    await page.waitForTimeout(500);
    expect(await panel()).toEqual(before);
    expect(await page.getByRole('heading', { name: CHECKLIST_TITLE }).isVisible()).toBe(true);
    await hostShot(page, 'hostile-css-hidden-divs');
    await context.close();
  });

  it('transforms on ancestors, scroll containers, a fixed header with a huge z-index: the tooltip still points at its target, on top', async () => {
    const { context, page } = await signInAsEndUser(env.browser, env.stack.demoUrl, 'emi@acme.example');
    const { tooltip, beacon } = await waitForHostGuides(page);
    await addPageCss(
      page,
      `body { transform: translateY(0) !important; filter: saturate(1) !important; margin-top: 37px !important; }
       aside { transform: translate(24px, 36px) rotate(0.001deg); z-index: 2147483647 !important; position: relative; }
       main, aside { overflow: auto !important; max-height: 80vh; }
       .hostile-header { position: fixed; top: 0; left: 0; right: 0; height: 120px; z-index: 2147483647; background: rgba(200, 0, 0, .35); }
       .hostile-spacer { height: 600px; }`,
    );
    // A fixed header above everything, and the sidebar scrolled inside its own scroll container.
    await page.evaluate(() => {
      const header = document.createElement('div');
      header.className = 'hostile-header';
      document.body.appendChild(header);
      const aside = document.querySelector('aside')!;
      const spacer = document.createElement('div');
      spacer.className = 'hostile-spacer';
      aside.prepend(spacer);
      aside.scrollTop = 300;
    });
    await page.waitForTimeout(800);
    await expectAnchoredTo(page, tooltip, page.getByTestId('new-report'));
    await expectPinned(beacon, page.getByTestId('nav-reports'));
    expect(await onTop(page, '[role=dialog]')).toBe(true);
    expect(await onTop(page, '.beacon')).toBe(true);
    await hostShot(page, 'hostile-css-layout');
    await context.close();
  });
});
