/** A visit, as frequency rules count them. */
export interface Session {
  id: string;
  /** When the user last did something in it (epoch ms). */
  lastActivityAt: number;
}

/** A session ends after this long without activity, as in common web analytics. */
export const SESSION_IDLE_MS = 30 * 60_000;

/**
 * The session activity at `now` belongs to: the stored one while it is fresh, else a new one with
 * `newId()`. A new browser session (the SDK's per-tab marker was missing) always starts a new one.
 */
export function continueSession(stored: Session | undefined, now: number, newBrowserSession: boolean, newId: () => string): Session {
  if (stored && !newBrowserSession && now - stored.lastActivityAt < SESSION_IDLE_MS && now >= stored.lastActivityAt) {
    return { id: stored.id, lastActivityAt: now };
  }
  return { id: newId(), lastActivityAt: now };
}
