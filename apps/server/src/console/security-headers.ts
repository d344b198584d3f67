import { createMiddleware } from 'hono/factory';

/**
 * The console's content policy: only its own scripts, styles and API; images also from https
 * (guide content links images on customers' CDNs); never framed, so no clickjacking.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "img-src 'self' data: https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers for console pages and the console API; `cache: 'no-store'` for API answers, `csp` for pages with a stricter policy. */
export function securityHeaders(options: { cache?: 'no-store'; csp?: string } = {}) {
  return createMiddleware(async function securityHeaders(c, next) {
    await next();
    c.header('Content-Security-Policy', options.csp ?? CONSOLE_CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    if (options.cache) c.header('Cache-Control', options.cache);
  });
}
