import { splitGroup, type GuideEventDraft } from '@shirube/core';
import type { PublishedGuide, ShirubeEvent, SplitGroup } from '@shirube/schema';
import { background } from './guard.js';
import type { Logger } from './logger.js';
import type { KeyValueStore } from './storage.js';

/** The A/B sides this device has put its users on, per guide. */
export interface SplitAssignments {
  load(): Promise<void>;
  /**
   * Whether the user is on the side of the guide's A/B holdout that sees it (always, without a
   * split). The first time for a user and guide it draws their side and records `split_assigned`.
   */
  shows(guide: PublishedGuide, userKey: string): boolean;
  /**
   * At sign-in: the sides drawn for the device a moment before, whose `split_assigned` the queue
   * has just given to the user, become the user's, so the SDK keeps showing what the server counts.
   */
  adopt(userId: string, pending: readonly ShirubeEvent[]): void;
}

/**
 * Draws A/B sides with core's `splitGroup`, the function the server checks reported sides with,
 * and remembers each user's side per guide: the side is reported once, not on every page, and
 * stays what the server counted even if the split's share changes later.
 */
export function createSplitAssignments(store: KeyValueStore, key: string, logger: Logger, record: (draft: GuideEventDraft) => void): SplitAssignments {
  let sides: Record<string, SplitGroup> = {};
  const remember = (mark: string, group: SplitGroup) => {
    // One entry per user of this device and guide with a split: small enough to keep them all.
    sides[mark] = group;
    background(logger, 'saving A/B sides', store.set(key, sides));
  };
  return {
    async load() {
      // Anything but a side read back (a corrupted entry) is drawn again.
      sides = { ...(await store.get<Record<string, SplitGroup>>(key)), ...sides };
    },
    shows(guide, userKey) {
      const split = guide.targeting?.split;
      if (!split) return true;
      const mark = `${guide.id} ${userKey}`;
      let group = sides[mark];
      if (group !== 'shown' && group !== 'holdout') {
        group = splitGroup(split, guide.id, userKey);
        remember(mark, group);
        record({ type: 'split_assigned', guideId: guide.id, guideVersion: guide.version, group });
      }
      return group === 'shown';
    },
    adopt(userId, pending) {
      for (const event of pending) {
        if (event.type === 'split_assigned' && event.userId === userId && !sides[`${event.guideId} ${userId}`]) remember(`${event.guideId} ${userId}`, event.group);
      }
    },
  };
}
