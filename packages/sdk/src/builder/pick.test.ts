import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPicking } from './pick.js';

function page() {
  const app = document.createElement('main');
  const link = document.createElement('a');
  link.href = '/reports/new';
  const label = document.createElement('span');
  label.textContent = 'New report';
  link.append(label);
  const builder = document.createElement('shirube-builder');
  const shadow = builder.attachShadow({ mode: 'open' });
  const toolbarButton = document.createElement('button');
  toolbarButton.textContent = 'Save';
  shadow.append(toolbarButton);
  const widget = document.createElement('x-widget');
  const widgetShadow = widget.attachShadow({ mode: 'open' });
  const inner = document.createElement('button');
  inner.textContent = 'Inside';
  widgetShadow.append(inner);
  app.append(link, widget);
  document.body.append(app, builder);
  return { app, link, label, builder, toolbarButton, widget, inner };
}

function pick(isOwn: (node: Node) => boolean) {
  const events = { hover: [] as Array<Element | null>, pick: vi.fn(), cancel: vi.fn() };
  const stop = startPicking({ win: window, isOwn, onHover: (el) => events.hover.push(el), onPick: events.pick, onCancel: events.cancel });
  return { ...events, stop };
}

const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
const move = (el: Element) => el.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));

afterEach(() => document.body.replaceChildren());

describe('pick mode', () => {
  it('outlines and picks the control under the pointer, and the app never sees the click', () => {
    const { link, label } = page();
    const appClick = vi.fn();
    link.addEventListener('click', appClick);
    document.addEventListener('click', appClick);
    const p = pick(() => false);
    // The caption inside the link stands for the link, as the author means it.
    move(label);
    expect(p.hover).toEqual([link]);
    const notCancelled = click(label);
    expect(notCancelled).toBe(false);
    expect(appClick).not.toHaveBeenCalled();
    expect(p.pick).toHaveBeenCalledWith(link);
    // Picking ends pick mode: the next click is the app's again.
    click(link);
    expect(appClick).toHaveBeenCalledTimes(2);
    expect(p.pick).toHaveBeenCalledTimes(1);
  });

  it('ignores the builder UI: its clicks go through and it is never outlined', () => {
    const { builder, toolbarButton, label } = page();
    const toolbarClick = vi.fn();
    toolbarButton.addEventListener('click', toolbarClick);
    const p = pick((node) => node === builder);
    move(label);
    move(toolbarButton);
    expect(p.hover).toEqual([label.parentElement, null]);
    click(toolbarButton);
    expect(toolbarClick).toHaveBeenCalledTimes(1);
    expect(p.pick).not.toHaveBeenCalled();
    p.stop();
  });

  it('picks a plain element that is no control as it is', () => {
    const { app } = page();
    const heading = document.createElement('h1');
    heading.textContent = 'Good morning';
    app.append(heading);
    const p = pick(() => false);
    click(heading);
    expect(p.pick).toHaveBeenCalledWith(heading);
  });

  it('picks inside open shadow roots of the app', () => {
    const { inner } = page();
    const p = pick(() => false);
    click(inner);
    expect(p.pick).toHaveBeenCalledWith(inner);
  });

  it('stops the press that precedes the click, so menus and drag handles stay still', () => {
    const { label } = page();
    const appDown = vi.fn();
    document.addEventListener('mousedown', appDown);
    document.addEventListener('pointerdown', appDown);
    const p = pick(() => false);
    label.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, cancelable: true }));
    label.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true, cancelable: true }));
    expect(appDown).not.toHaveBeenCalled();
    p.stop();
    document.removeEventListener('mousedown', appDown);
    document.removeEventListener('pointerdown', appDown);
  });

  it('leaves on Escape without picking, and the app does not see that Escape', () => {
    const { link } = page();
    const appKey = vi.fn();
    document.addEventListener('keydown', appKey);
    const p = pick(() => false);
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    expect(p.cancel).toHaveBeenCalledTimes(1);
    expect(appKey).not.toHaveBeenCalled();
    click(link);
    expect(p.pick).not.toHaveBeenCalled();
    document.removeEventListener('keydown', appKey);
  });

  it('picks the focused element with Enter, for keyboard users', () => {
    const { link } = page();
    const p = pick(() => false);
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(p.hover).toEqual([link]);
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    expect(p.pick).toHaveBeenCalledWith(link);
  });

  it('removes every listener when stopped', () => {
    const { link } = page();
    const p = pick(() => false);
    p.stop();
    expect(click(link)).toBe(true);
    expect(p.pick).not.toHaveBeenCalled();
    expect(p.hover).toEqual([]);
  });
});
