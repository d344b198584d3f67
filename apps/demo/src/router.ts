/** Path parameters captured by a route pattern such as `/reports/:id`. */
export type Params = Record<string, string>;

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/**
 * Matches a pathname against a pattern with `:name` segments. Trailing slashes are ignored and
 * parameters are URI-decoded; returns null when the path does not match.
 */
export function matchPath(pattern: string, pathname: string): Params | null {
  const want = segments(pattern);
  const have = segments(pathname);
  if (want.length !== have.length) return null;
  const params: Params = {};
  for (let i = 0; i < want.length; i++) {
    const expected = want[i]!;
    const actual = have[i]!;
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}

/** The first route whose pattern matches, with its parameters; list specific patterns first. */
export function matchRoutes<R extends { path: string }>(routes: readonly R[], pathname: string): { route: R; params: Params } | null {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}

/** The parts of a click that decide whether the app may handle it instead of the browser. */
export interface LinkClick {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/** The parts of an anchor that decide whether it stays inside the app. */
export interface LinkTarget {
  href: string;
  target: string;
  hasDownload: boolean;
}

/**
 * Returns the in-app path (pathname + search + hash) to navigate to, or null when the browser
 * should handle the click: modified or non-primary clicks, new windows, downloads, other origins.
 */
export function inAppHref(click: LinkClick, link: LinkTarget, origin: string): string | null {
  if (click.defaultPrevented || click.button !== 0) return null;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if (link.hasDownload || (link.target !== '' && link.target !== '_self')) return null;
  let url: URL;
  try {
    url = new URL(link.href, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  return url.pathname + url.search + url.hash;
}

/** A router on the History API: pushState/replaceState to move, popstate for back and forward. */
export interface HistoryRouter {
  /** The current pathname. */
  path(): string;
  /** The current query string parameters. */
  query(): URLSearchParams;
  navigate(to: string, options?: { replace?: boolean }): void;
  /** Calls `listener` after every change of location; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Removes the document listeners. */
  destroy(): void;
}

/**
 * Creates the app's router and starts handling clicks on same-origin links in the document.
 * Links inside shadow roots (such as the Shirube SDK's UI) are left to their owners.
 */
export function createHistoryRouter(win: Window = window): HistoryRouter {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const navigate = (to: string, options: { replace?: boolean } = {}) => {
    const current = win.location.pathname + win.location.search + win.location.hash;
    if (to === current) return;
    if (options.replace) win.history.replaceState(null, '', to);
    else win.history.pushState(null, '', to);
    notify();
  };

  const onClick = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link || !link.hasAttribute('href')) return;
    const to = inAppHref(
      event,
      { href: link.href, target: link.target, hasDownload: link.hasAttribute('download') },
      win.location.origin,
    );
    if (to === null) return;
    event.preventDefault();
    navigate(to);
  };

  win.addEventListener('popstate', notify);
  win.document.addEventListener('click', onClick);

  return {
    path: () => win.location.pathname,
    query: () => new URLSearchParams(win.location.search),
    navigate,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      win.removeEventListener('popstate', notify);
      win.document.removeEventListener('click', onClick);
      listeners.clear();
    },
  };
}
