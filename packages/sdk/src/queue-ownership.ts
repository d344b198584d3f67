/**
 * Which tab may send which stored queue. Every tab writes its events under its own key and holds a
 * Web Lock named after that key while it is shown; a key whose lock nobody holds belongs to a tab
 * that has gone, and the first tab to take its lock adopts it (decision 0020).
 */
export interface QueueOwnership {
  /** Resolves once this tab holds its own key's lock: before that, another tab could take the key. */
  readonly owned: Promise<void>;
  /**
   * Runs `adopt` for each of `keys` whose tab has gone, one at a time, holding that key's lock so
   * no other tab adopts it too.
   */
  claim(keys: readonly string[], adopt: (key: string) => Promise<void>): Promise<void>;
  /** Lets go of this tab's key: a page leaving (Chrome keeps no page holding a lock in its back/forward cache). */
  release(): void;
  /** Takes this tab's key again: a page restored from the back/forward cache. */
  hold(): void;
}

const lockName = (key: string) => `shirube:${key}`;

/**
 * Ownership through `navigator.locks`. Without Web Locks a page cannot tell a closed tab from an
 * open one: it adopts every other key once, when it loads, and an open tab may then send some of
 * the same events again (the server keeps one row per event id).
 */
export function createQueueOwnership(locks: LockManager | undefined, ownKey: string): QueueOwnership {
  if (!locks) {
    let claimed = false;
    return {
      owned: Promise.resolve(),
      async claim(keys, adopt) {
        if (claimed) return;
        claimed = true;
        for (const key of keys) await adopt(key);
      },
      release() {},
      hold() {},
    };
  }
  let owned: Promise<void>;
  let release = () => {};
  const hold = () => {
    let released = false;
    release = () => void (released = true);
    owned = new Promise<void>((granted) => {
      // A refused request (an opaque origin) leaves the key unguarded rather than the queue stuck.
      void locks
        .request(lockName(ownKey), () => {
          granted();
          return released ? undefined : new Promise<void>((done) => (release = done));
        })
        .catch(granted);
    });
  };
  hold();
  return {
    get owned() {
      return owned;
    },
    async claim(keys, adopt) {
      for (const key of keys) {
        await locks.request(lockName(key), { ifAvailable: true }, (lock) => (lock ? adopt(key) : undefined));
      }
    },
    release: () => release(),
    hold,
  };
}
