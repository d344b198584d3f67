import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** The console session cookie's name. */
export const SESSION_COOKIE = 'shirube_session';

/**
 * Sets the session cookie, living as long as the session's absolute timeout; `secure` only over
 * https, since the quick start runs on plain http://127.0.0.1.
 */
export function setSessionCookie(c: Context, id: string, secure: boolean, maxAgeMs: number): void {
  setCookie(c, SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure,
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure });
}

export const readSessionCookie = (c: Context): string | undefined => getCookie(c, SESSION_COOKIE);
