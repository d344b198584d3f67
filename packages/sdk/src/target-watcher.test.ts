import type { TargetMissingReason } from '@shirube/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LocateResult } from './locator/index.js';
import { isVisible } from './locator/index.js';
import { trackTarget } from './target-watcher.js';
import { giveBox } from './test-support.js';

/** A stand-in for the locator (being rewritten elsewhere): the one `[data-testid=target]`, or why not. */
const locate = vi.fn((): LocateResult => {
  const all = document.querySelectorAll('[data-testid=target]');
  if (all.length > 1) return { element: null, reason: 'ambiguous' };
  return all[0] ? { element: all[0] } : { element: null, reason: 'not_found' };
});

function track(timeoutMs = 1_000, graceMs = 500) {
  const onFound = vi.fn<(element: Element) => void>();
  const onLost = vi.fn<() => void>();
  const onMissing = vi.fn<(reason: TargetMissingReason) => void>();
  const tracker = trackTarget({ doc: document, locate, isVisible, timeoutMs, graceMs, onFound, onLost, onMissing });
  return { onFound, onLost, onMissing, tracker };
}

function target(box = true, x = 100): HTMLElement {
  const el = document.createElement('button');
  el.setAttribute('data-testid', 'target');
  if (box) giveBox(el, { x, y: 100, width: 80, height: 30 });
  document.body.append(el);
  return el;
}

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'Date'] });
  locate.mockClear();
});
afterEach(() => {
  vi.useRealTimers();
  setHidden(false);
  document.body.replaceChildren();
});

describe('target watcher: waiting for the target', () => {
  it('finds an element that is already there', () => {
    const el = target();
    const { onFound } = track();
    expect(onFound).toHaveBeenCalledWith(el);
  });

  it('finds an element the app renders later, and stays quiet afterwards', async () => {
    const { onFound, onMissing, tracker } = track();
    const el = target();
    await vi.advanceTimersByTimeAsync(100);
    expect(onFound).toHaveBeenCalledExactlyOnceWith(el);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(onMissing).not.toHaveBeenCalled();
    tracker.stop();
  });

  it('finds an element the app renders right after the step started without waiting a throttle period', async () => {
    const { onFound, tracker } = track();
    const el = target();
    await vi.advanceTimersByTimeAsync(1);
    expect(onFound).toHaveBeenCalledExactlyOnceWith(el);
    tracker.stop();
  });

  it('looks at most once per 100 ms however much the page changes', async () => {
    const { tracker } = track(10_000);
    locate.mockClear();
    for (let i = 0; i < 50; i++) {
      document.body.append(document.createElement('div'));
      await vi.advanceTimersByTimeAsync(10);
    }
    // 500 ms of constant churn: five or six looks, not fifty.
    expect(locate.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(locate.mock.calls.length).toBeLessThanOrEqual(6);
    tracker.stop();
  });

  it('reads no layout while the page changes elsewhere, and looks again when the shown element or an ancestor changes', async () => {
    const el = target();
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    const visible = vi.fn(isVisible);
    const onLost = vi.fn<() => void>();
    const tracker = trackTarget({ doc: document, locate, isVisible: visible, timeoutMs: 1_000, graceMs: 500, onFound: vi.fn(), onLost, onMissing: vi.fn() });
    visible.mockClear();
    for (let i = 0; i < 30; i++) {
      elsewhere.append(document.createElement('i'));
      elsewhere.className = `churn-${i}`;
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(200);
    expect(visible).not.toHaveBeenCalled();
    // An ancestor hides it: that is looked at, and the tooltip comes down.
    giveBox(el, { x: 0, y: 0, width: 0, height: 0 });
    document.body.className = 'panel-closed';
    // Not in the task that changed the page, nor before the browser has rendered that change.
    await vi.advanceTimersByTimeAsync(1);
    expect(visible).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(visible).toHaveBeenCalled();
    expect(onLost).toHaveBeenCalledOnce();
    tracker.stop();
  });

  it('answers a batch of thousands of changes elsewhere with one look after the next rendering, not a search of the batch', async () => {
    const el = target();
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    const visible = vi.fn(isVisible);
    const onFound = vi.fn<(element: Element) => void>();
    const tracker = trackTarget({ doc: document, locate, isVisible: visible, timeoutMs: 1_000, graceMs: 500, onFound, onLost: vi.fn(), onMissing: vi.fn() });
    visible.mockClear();
    const contains = vi.spyOn(Node.prototype, 'contains');
    for (let i = 0; i < 3_000; i++) elsewhere.append(document.createElement('i'));
    await vi.advanceTimersByTimeAsync(1);
    expect(contains).not.toHaveBeenCalled();
    expect(visible).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    // One look at the shown element, which is still there: nothing else happens.
    expect(visible).toHaveBeenCalledOnce();
    expect(onFound).toHaveBeenCalledExactlyOnceWith(el);
    contains.mockRestore();
    tracker.stop();
  });

  it('reports not_found after the timeout', async () => {
    const { onMissing, onFound } = track();
    await vi.advanceTimersByTimeAsync(999);
    expect(onMissing).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onMissing).toHaveBeenCalledExactlyOnceWith('not_found');
    expect(onFound).not.toHaveBeenCalled();
  });

  it('ignores a match without a box, shows it once it has one, and otherwise reports not_visible', async () => {
    const el = target(false);
    const { onFound, onMissing, tracker } = track();
    expect(onFound).not.toHaveBeenCalled();
    giveBox(el);
    el.setAttribute('style', 'display: block');
    await vi.advanceTimersByTimeAsync(100);
    expect(onFound).toHaveBeenCalledWith(el);
    tracker.stop();

    document.body.replaceChildren();
    target(false);
    const second = track();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(second.onMissing).toHaveBeenCalledExactlyOnceWith('not_visible');
    expect(onMissing).not.toHaveBeenCalled();
  });

  it("passes on the locator's reason: ambiguous when it cannot tell two matches apart", async () => {
    target();
    target();
    const { onMissing, onFound } = track();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onFound).not.toHaveBeenCalled();
    expect(onMissing).toHaveBeenCalledExactlyOnceWith('ambiguous');
  });

  it('pauses the countdown while the tab is hidden', async () => {
    const { onMissing } = track();
    await vi.advanceTimersByTimeAsync(600);
    setHidden(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onMissing).not.toHaveBeenCalled();
    setHidden(false);
    await vi.advanceTimersByTimeAsync(399);
    expect(onMissing).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onMissing).toHaveBeenCalledWith('not_found');
  });

  it('does not start counting in a tab opened in the background', async () => {
    setHidden(true);
    const { onMissing, onFound } = track();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onMissing).not.toHaveBeenCalled();
    const el = target();
    setHidden(false);
    expect(onFound).toHaveBeenCalledWith(el);
  });

  it('keeps a throwing locator from surfacing in the page, and reports the target missing', async () => {
    const onMissing = vi.fn();
    const broken = () => {
      throw new Error('locator bug');
    };
    trackTarget({ doc: document, locate: broken, isVisible, timeoutMs: 1_000, graceMs: 0, onFound: vi.fn(), onLost: vi.fn(), onMissing });
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onMissing).toHaveBeenCalledExactlyOnceWith('not_found');
  });

  it('stops waiting when cleaned up', async () => {
    const { onMissing, onFound, tracker } = track();
    tracker.stop();
    target();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(onMissing).not.toHaveBeenCalled();
    expect(onFound).not.toHaveBeenCalled();
  });
});

describe('target watcher: a target that changes while shown', () => {
  it('moves to the new element when the framework replaces it, without losing the step', async () => {
    const old = target();
    const { onFound, onLost, tracker } = track();
    old.remove();
    const replacement = target();
    await vi.advanceTimersByTimeAsync(100);
    expect(onFound.mock.calls).toEqual([[old], [replacement]]);
    expect(onLost).not.toHaveBeenCalled();
    tracker.stop();
  });

  it('reports the loss at once and takes the target back when it returns within the grace period', async () => {
    const old = target();
    const { onFound, onLost, onMissing, tracker } = track(1_000, 500);
    old.remove();
    await vi.advanceTimersByTimeAsync(100);
    expect(onLost).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_300);
    const back = target();
    await vi.advanceTimersByTimeAsync(100);
    expect(onFound).toHaveBeenLastCalledWith(back);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onMissing).not.toHaveBeenCalled();
    tracker.stop();
  });

  it('counts a hidden target as lost', async () => {
    const el = target();
    const { onLost, tracker } = track();
    giveBox(el, { x: 0, y: 0, width: 0, height: 0 });
    el.setAttribute('hidden', '');
    await vi.advanceTimersByTimeAsync(100);
    expect(onLost).toHaveBeenCalledTimes(1);
    tracker.stop();
  });

  it('gives up after the grace period plus the normal wait, once, with the last reason', async () => {
    const old = target();
    const { onMissing, onLost } = track(1_000, 500);
    old.remove();
    target(false);
    // The first change after the step started is looked at at once.
    await vi.advanceTimersByTimeAsync(1);
    expect(onLost).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_480);
    expect(onMissing).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(40);
    expect(onMissing).toHaveBeenCalledExactlyOnceWith('not_visible');
    document.body.replaceChildren();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onMissing).toHaveBeenCalledTimes(1);
  });

  it('on refresh (a route change) moves to the element the locator now picks', async () => {
    const first = target(true, 100);
    const { onFound, tracker } = track();
    // The app moved the test id to another element; the first stays on the page, visible.
    first.removeAttribute('data-testid');
    const second = target(true, 300);
    await vi.advanceTimersByTimeAsync(200);
    expect(onFound).toHaveBeenCalledTimes(1);
    tracker.refresh();
    expect(onFound).toHaveBeenLastCalledWith(second);
    tracker.stop();
  });

  it('on refresh keeps a shown target that is still there when the locator finds nothing better', () => {
    const el = target();
    const { onFound, onLost, tracker } = track();
    el.removeAttribute('data-testid');
    tracker.refresh();
    expect(onFound).toHaveBeenCalledTimes(1);
    expect(onLost).not.toHaveBeenCalled();
    tracker.stop();
  });
});
