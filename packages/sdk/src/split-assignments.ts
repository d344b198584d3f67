import { splitGroup, type GuideEventDraft } from '@shirube/core';
import type { PublishedGuide } from '@shirube/schema';
import { background } from './guard.js';
import type { Logger } from './logger.js';
import type { KeyValueStore } from './storage.js';

/** The users and guides whose A/B side this device has already reported. */
export interface SplitAssignments {
  load(): Promise<void>;
  /**
   * Whether the user is on the side of the guide's A/B holdout that sees it (always, without a
   * split). The first time for a user and guide it records their side as `split_assigned`.
   */
  shows(guide: PublishedGuide, userKey: string): boolean;
}

/** Enough for every user who shares a device; the oldest are forgotten first. */
const KEEP = 200;

/**
 * Assigns users to A/B sides with core's `splitGroup`, the same function the server checks the
 * reported side with, and remembers which assignments were reported so a side is sent once per
 * user and guide, not on every page.
 */
export function createSplitAssignments(store: KeyValueStore, key: string, logger: Logger, record: (draft: GuideEventDraft) => void): SplitAssignments {
  let reported: string[] = [];
  return {
    async load() {
      const stored = await store.get<unknown>(key);
      if (Array.isArray(stored)) reported = [...stored.filter((s) => typeof s === 'string'), ...reported];
    },
    shows(guide, userKey) {
      const split = guide.targeting?.split;
      const group = splitGroup(split, guide.id, userKey);
      const mark = `${guide.id} ${userKey}`;
      if (split && !reported.includes(mark)) {
        reported = [...reported, mark].slice(-KEEP);
        background(logger, 'saving A/B sides', store.set(key, reported));
        record({ type: 'split_assigned', guideId: guide.id, guideVersion: guide.version, group });
      }
      return group === 'shown';
    },
  };
}
