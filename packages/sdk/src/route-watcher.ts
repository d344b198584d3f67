import { listen } from './listen.js';

/**
 * Calls `onChange` after client-side navigation: history.pushState/replaceState (wrapped), back and
 * forward (popstate) and fragment changes (hashchange). Only a changed URL counts. Returns a cleanup
 * that unwraps history; when another script wrapped it after us, ours stays in place as a pass-through.
 */
export function watchRoute(win: Window, onChange: () => void): () => void {
  const history = win.history;
  let active = true;
  let last = win.location.href;

  const check = () => {
    if (!active || win.location.href === last) return;
    last = win.location.href;
    onChange();
  };
  // A task, not a microtask: routers re-render in microtasks queued after pushState returns, and
  // listeners should see the new page (its targets), not the old one.
  const checkSoon = () => void setTimeout(check, 0);

  const wrap = (name: 'pushState' | 'replaceState') => {
    const original = history[name];
    const wrapped = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      if (active) checkSoon();
      return result;
    };
    history[name] = wrapped;
    return () => {
      if (history[name] === wrapped) history[name] = original;
    };
  };

  const unwrapPush = wrap('pushState');
  const unwrapReplace = wrap('replaceState');
  const unlistenPop = listen(win, 'popstate', checkSoon);
  const unlistenHash = listen(win, 'hashchange', checkSoon);
  return () => {
    active = false;
    unlistenHash();
    unlistenPop();
    unwrapReplace();
    unwrapPush();
  };
}
