import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchRoute } from './route-watcher.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
  history.replaceState(null, '', '/');
});

function watch() {
  const seen: string[] = [];
  cleanups.push(watchRoute(window, () => seen.push(location.pathname + location.hash)));
  return seen;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('route watcher', () => {
  it('reports a pushState once the app has rendered the new page', async () => {
    const seen = watch();
    let rendered = 'old page';
    const pagesAtCall: string[] = [];
    cleanups.push(watchRoute(window, () => pagesAtCall.push(rendered)));
    history.pushState(null, '', '/reports');
    // A router re-renders in a microtask after pushState, as Preact and React do.
    queueMicrotask(() => (rendered = 'new page'));
    expect(seen).toEqual([]);
    await settle();
    expect(seen).toEqual(['/reports']);
    expect(pagesAtCall).toEqual(['new page']);
  });

  it('ignores history calls that keep the URL, and reports replaceState, back and hash changes', async () => {
    const seen = watch();
    history.replaceState({ scroll: 1 }, '', '/');
    await settle();
    expect(seen).toEqual([]);
    history.replaceState(null, '', '/settings');
    await settle();
    history.pushState(null, '', '/settings#profile');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    history.replaceState(null, '', '/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(seen).toEqual(['/settings', '/settings#profile', '/']);
  });

  it('unwraps history on cleanup and then stays silent', async () => {
    const pushState = history.pushState;
    const seen: string[] = [];
    const stop = watchRoute(window, () => seen.push(location.pathname));
    expect(history.pushState).not.toBe(pushState);
    stop();
    expect(history.pushState).toBe(pushState);
    history.pushState(null, '', '/after');
    await settle();
    expect(seen).toEqual([]);
  });

  it('stays a pass-through when another script wrapped history after it', async () => {
    const original = history.pushState;
    const onChange = vi.fn();
    const stop = watchRoute(window, onChange);
    const ours = history.pushState;
    const theirs = function (this: History, ...args: Parameters<History['pushState']>) {
      return ours.apply(this, args);
    };
    history.pushState = theirs;
    stop();
    expect(history.pushState).toBe(theirs);
    history.pushState(null, '', '/later');
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    expect(location.pathname).toBe('/later');
    history.pushState = original;
  });
});
