import { continueSession, type Session } from '@shirube/core';
import { uuidv7 } from '@shirube/schema';
import { background } from './guard.js';
import type { Logger } from './logger.js';
import type { KeyValueStore } from './storage.js';

/** The visit frequency rules count ("every session"), kept in the store across page loads. */
export interface SessionClock {
  /** Reads the stored session and continues it, or starts one (new tab, or idle too long). */
  load(): Promise<void>;
  /** Records activity now (the session may roll over); returns its id. */
  touch(): string;
  /** The current session's id. */
  id(): string;
}

/** Whether this tab had not run the SDK before (a new browser session); marks it as having run. */
function newTab(win: Window, key: string): boolean {
  try {
    const fresh = !win.sessionStorage.getItem(key);
    win.sessionStorage.setItem(key, '1');
    return fresh;
  } catch {
    // Storage blocked: the idle timeout alone ends sessions.
    return false;
  }
}

/** Sessions for one project: core's policy decides, this keeps the last activity and the tab marker. */
export function createSessionClock(options: { win: Window; store: KeyValueStore; key: string; now: () => number; logger: Logger }): SessionClock {
  const { store, key, now, logger } = options;
  let session: Session | undefined;
  // Asked at once, not once the stored session is read: reading sessionStorage the first time can
  // take the browser a moment, which is better spent while IndexedDB is still opening.
  const tabIsNew = newTab(options.win, key);
  const touch = (freshTab = false) => {
    session = continueSession(session, now(), freshTab, () => uuidv7(now()));
    background(logger, 'saving session', store.set(key, session));
    return session.id;
  };
  return {
    async load() {
      session = await store.get<Session>(key);
      touch(tabIsNew);
    },
    touch: () => touch(),
    id: () => session?.id ?? touch(),
  };
}
