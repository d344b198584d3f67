import { afterEach, describe, expect, it, vi } from 'vitest';
import { giveBox } from '../test-support.js';
import { mountUi } from './mount.js';
import { followTarget } from './positioner.js';

/** A tooltip card with an arrow in the guide UI's shadow root, sized as a browser would lay it out. */
function setup() {
  const ui = mountUi(document);
  ui.open({ brandColor: '#2563eb', radius: 10 });
  const card = document.createElement('div');
  const arrow = document.createElement('div');
  arrow.className = 'arrow';
  card.append(arrow);
  ui.container.append(card);
  // happy-dom lays nothing out and has no visual viewport: a 1000 × 800 window.
  for (const [el, width, height, prefix] of [[card, 200, 100, 'offset'], [arrow, 12, 12, 'offset'], [document.documentElement, 1000, 800, 'client']] as const) {
    Object.defineProperty(el, `${prefix}Width`, { configurable: true, value: width });
    Object.defineProperty(el, `${prefix}Height`, { configurable: true, value: height });
  }
  const scroller = document.createElement('div');
  const target = document.createElement('button');
  scroller.append(target);
  document.body.append(scroller);
  giveBox(target, { x: 400, y: 100, width: 100, height: 40 });
  return { ui, card, arrow, scroller, target };
}

const at = (el: HTMLElement) => [el.style.left, el.style.top];

afterEach(() => {
  document.body.replaceChildren();
});

describe('followTarget', () => {
  it('draws the ring around the target and places the tooltip and its arrow below it', () => {
    const { ui, card, arrow, target } = setup();
    followTarget(target, card, ui.ring, 'bottom', () => undefined);
    expect([...at(ui.ring), ui.ring.style.width, ui.ring.style.height, ui.ring.hidden]).toEqual(['396px', '96px', '108px', '48px', false]);
    expect(at(card)).toEqual(['350px', '152px']);
    expect(card.getAttribute('data-side')).toBe('bottom');
    expect(at(arrow)).toEqual(['94px', '']);
  });

  it('follows the target when a scroll container scrolls, and stops with the cleanup', () => {
    const { ui, card, scroller, target } = setup();
    const stop = followTarget(target, card, ui.ring, 'right', () => undefined);
    expect(at(card)).toEqual(['512px', '70px']);
    giveBox(target, { x: 400, y: 40, width: 100, height: 40 });
    scroller.dispatchEvent(new Event('scroll'));
    expect(at(card)).toEqual(['512px', '10px']);
    stop();
    expect(ui.ring.hidden).toBe(true);
    giveBox(target, { x: 400, y: 300, width: 100, height: 40 });
    scroller.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    expect(at(card)).toEqual(['512px', '10px']);
  });

  it('counts positions from where a transformed page ancestor puts the UI host', () => {
    const { ui, card, target } = setup();
    giveBox(ui.host, { x: 30, y: 50, width: 0, height: 0 });
    followTarget(target, card, ui.ring, 'bottom', () => undefined);
    expect(at(ui.ring)).toEqual(['366px', '46px']);
    expect(at(card)).toEqual(['320px', '102px']);
  });

  it('reports a target that left the document instead of placing the tooltip', () => {
    const { ui, card, target } = setup();
    const lost = vi.fn();
    followTarget(target, card, ui.ring, 'bottom', lost);
    target.remove();
    window.dispatchEvent(new Event('resize'));
    expect(lost).toHaveBeenCalledTimes(1);
  });
});
