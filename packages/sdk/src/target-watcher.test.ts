import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isVisible } from './locator/dom-text.js';
import { waitForTarget } from './target-watcher.js';
import { giveBox } from './test-support.js';

const find = () => document.querySelector('#target');

function watch(timeoutMs = 1_000) {
  const onFound = vi.fn();
  const onMissing = vi.fn();
  const stop = waitForTarget({ doc: document, find, isVisible, timeoutMs, onFound, onMissing });
  return { onFound, onMissing, stop };
}

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  setHidden(false);
  document.body.replaceChildren();
});

describe('target watcher', () => {
  it('finds an element that is already there', () => {
    const el = document.createElement('button');
    el.id = 'target';
    giveBox(el);
    document.body.append(el);
    const { onFound } = watch();
    expect(onFound).toHaveBeenCalledWith(el);
  });

  it('finds an element the app renders later', async () => {
    const { onFound, onMissing } = watch();
    const el = document.createElement('button');
    el.id = 'target';
    giveBox(el);
    document.body.append(el);
    await vi.waitFor(() => expect(onFound).toHaveBeenCalledWith(el));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onMissing).not.toHaveBeenCalled();
  });

  it('reports not_found after the timeout', async () => {
    const { onMissing, onFound } = watch();
    await vi.advanceTimersByTimeAsync(999);
    expect(onMissing).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onMissing).toHaveBeenCalledWith('not_found');
    expect(onFound).not.toHaveBeenCalled();
  });

  it('reports not_visible when the element exists without a box', async () => {
    const el = document.createElement('button');
    el.id = 'target';
    document.body.append(el);
    const { onMissing } = watch();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onMissing).toHaveBeenCalledWith('not_visible');
  });

  it('pauses the countdown while the tab is hidden', async () => {
    const { onMissing } = watch();
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

  it('stops waiting when cleaned up', async () => {
    const { onMissing, stop } = watch();
    stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(onMissing).not.toHaveBeenCalled();
  });
});
