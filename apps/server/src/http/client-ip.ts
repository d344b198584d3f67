import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';

/** Finds the IP address a request came from; null when unknown (as in `app.request()` tests). */
export type ClientIpOf = (c: Context) => string | null;

/**
 * The client IP: the first `X-Forwarded-For` entry when `trustProxy` (the proxy in front sets it;
 * without one, any client could forge it), else the socket's remote address.
 */
export function clientIpResolver(trustProxy: boolean): ClientIpOf {
  return (c) => {
    if (trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? null;
    } catch {
      // No Node socket behind this request (tests call `app.request()` directly).
      return null;
    }
  };
}

/** Sets `clientIp` for the routes after it (sign-in throttling and the audit log read it). */
export function clientIp(resolve: ClientIpOf) {
  return createMiddleware<{ Variables: { clientIp: string | null } }>(async function clientIp(c, next) {
    c.set('clientIp', resolve(c));
    await next();
  });
}
