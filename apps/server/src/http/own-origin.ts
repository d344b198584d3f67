import type { Context } from 'hono';

/** Tells the server's own origin for a request. */
export type OriginOf = (c: Context) => string;

/**
 * The server's own origin: `publicOrigin` when configured (behind a proxy that terminates TLS
 * the request URL says `http:` while browsers send `Origin: https://...`), else the request URL's.
 */
export function ownOriginResolver(publicOrigin?: string): OriginOf {
  return publicOrigin ? () => publicOrigin : (c) => new URL(c.req.url).origin;
}
