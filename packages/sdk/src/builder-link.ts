import type { BuilderPick, Guide } from '@shirube/schema';
import type { Logger } from './logger.js';
import { scriptUrl } from './script-url.js';

/**
 * The end-user SDK's part of the in-app builder, kept tiny: spot a builder link, take its token out
 * of the URL, exchange it, and load `builder.js`, which registers itself through `window.Shirube`.
 */

/** What `POST /sdk/v1/builder/session` answers (docs/console-api.md). */
export interface BuilderSession {
  builderToken: string;
  expiresAt: string;
  /** The guide's draft (the console adds `updatedBy`). */
  guide: Guide;
  /** The server's own origin: the only target the builder posts messages to. */
  consoleOrigin: string;
  /** Present when the author asked for one element to be picked (pick mode) rather than editing steps. */
  pick?: BuilderPick;
}

/** What the builder bundle is started with. */
export interface BuilderContext {
  session: BuilderSession;
  apiUrl: string;
  window: Window;
  logger: Logger;
}

/** The builder bundle's entry, handed to `Shirube._builder`. */
export type BuilderMount = (context: BuilderContext) => void;

/**
 * The token of a builder link (`#shirube_builder=<token>`, alone or among other `&`-separated hash
 * parts), or null. The token is removed from the address bar at once, other hash content kept, so
 * it is neither bookmarked nor shared.
 */
export function takeBuilderToken(win: Window): string | null {
  const { hash, pathname, search } = win.location;
  const match = /([#&?])shirube_builder=([\w-]+)&?/.exec(hash);
  if (!match) return null;
  const rest = (hash.slice(0, match.index + 1) + hash.slice(match.index + match[0].length)).replace(/[&?]$/, '');
  try {
    win.history.replaceState(win.history.state, '', pathname + search + (rest === '#' ? '' : rest));
  } catch {
    // A sandboxed frame may refuse; the token is single-use anyway.
  }
  return match[2]!;
}

/**
 * Exchanges a builder token for a builder session, then adds `builder.js` from the same server.
 * Rejects on any failure (the caller logs it); nothing is shown then.
 */
export async function openBuilder(doc: Document, apiUrl: string, projectKey: string, fetchFn: typeof fetch, token: string, nonce?: string): Promise<BuilderSession> {
  const response = await fetchFn(`${apiUrl}/sdk/v1/builder/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Shirube-Key': projectKey },
    body: JSON.stringify({ token }),
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(`builder session answered ${response.status}`);
  const session = (await response.json()) as BuilderSession;
  const script = doc.createElement('script');
  script.src = scriptUrl(`${apiUrl}/sdk/builder.js`);
  // A page that allowed the SDK by its CSP nonce allows the builder by the same one.
  if (nonce) script.nonce = nonce;
  doc.head.appendChild(script);
  return session;
}
