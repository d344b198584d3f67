import type { ConsoleAppType } from '@shirube/server/types';
import { hc } from 'hono/client';
import { currentMessages } from './i18n/i18n.js';

/** An API answer that was not a success: its status and the server's message (which names the field). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken = '';
let onSignedOut: () => void = () => undefined;

/** Remembers the session's CSRF token, sent with every write. */
export const setCsrfToken = (token: string) => {
  csrfToken = token;
};

/** What to do when the server says the session is gone (401): back to sign-in. */
export const whenSignedOut = (fn: () => void) => {
  onSignedOut = fn;
};

/** The typed client of the console API, on the server that served this page. */
export const client = hc<ConsoleAppType>(location.origin, {
  headers: () => (csrfToken ? { 'X-CSRF-Token': csrfToken } : ({} as Record<string, string>)),
}).api.console;

/**
 * Awaits a client call and returns its JSON, or throws an ApiFailure with the server's message.
 * A 401 outside sign-in means the session ended: the app returns to the sign-in screen.
 */
export async function call<T>(request: Promise<{ ok: boolean; status: number; json(): Promise<T> | Promise<unknown> }>): Promise<T> {
  let res: Awaited<typeof request>;
  try {
    res = await request;
  } catch {
    throw new ApiFailure(0, 'network', currentMessages().app.unreachable);
  }
  if (res.status === 204) return undefined as T;
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) {
    if (res.status === 401 && body?.error?.code === 'unauthenticated') onSignedOut();
    throw new ApiFailure(res.status, body?.error?.code ?? 'error', body?.error?.message ?? currentMessages().app.answered(res.status));
  }
  return body as T;
}
