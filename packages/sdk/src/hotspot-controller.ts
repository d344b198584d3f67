import {
  hotspotDone,
  hotspotShown,
  hotspotViewed,
  validHotspotMemory,
  visibleHotspots,
  type GuideEventDraft,
  type Hotspot,
  type HotspotMemory,
  type HotspotTransition,
  type PageLocation,
} from '@shirube/core';
import type { PublishedGuide } from '@shirube/schema';
import { background, safely as attempt } from './guard.js';
import type { Logger } from './logger.js';
import type { KeyValueStore } from './storage.js';

/** What a shown hotspot reports back; the controller never touches the DOM itself. */
export interface HotspotCallbacks {
  onShown(): void;
  onOpen(): void;
  onDone(): void;
}

export interface HotspotControllerOptions {
  store: KeyValueStore;
  storageKey: string;
  logger: Logger;
  page: () => PageLocation;
  /** Whether a guide's audience and schedule admit the current user. */
  admits: (guide: PublishedGuide) => boolean;
  record: (draft: GuideEventDraft) => void;
  present: (hotspot: Hotspot, callbacks: HotspotCallbacks) => { refresh(): void; stop(): void };
}

export interface HotspotController {
  load(): Promise<void>;
  setGuides(guides: PublishedGuide[]): void;
  /** Shows the hotspots that apply to this page now and takes away those that no longer do. */
  evaluate(): void;
  /** Forgets what the user dismissed (another user signed in). */
  reset(): void;
  destroy(): void;
}

/**
 * Keeps the beacons of hotspots guides on the page, beside whatever walkthrough runs: core decides
 * which hotspots apply (page, audience, dismissals), this records their events and remembers
 * dismissals in the store so they survive reloads.
 */
export function createHotspotController(options: HotspotControllerOptions): HotspotController {
  const { store, storageKey, logger } = options;
  let guides: PublishedGuide[] = [];
  let memory: HotspotMemory = {};
  const shown = new Map<string, { guide: PublishedGuide; stop(): void; refresh(): void }>();
  /** Hotspots opened on this page view: `step_viewed` is recorded once per page view. */
  let viewed = new Set<string>();
  let viewedOn = '';

  const safely = (what: string, fn: () => void) => attempt(logger, what, fn);

  const apply = (transition: HotspotTransition) => {
    if (transition.memory === memory) return;
    memory = transition.memory;
    background(logger, 'saving hotspots', store.set(storageKey, memory));
    for (const draft of transition.events) options.record(draft);
  };

  const hide = (key: string) => {
    shown.get(key)?.stop();
    shown.delete(key);
  };

  const evaluate = () => {
    const page = options.page();
    if (page.href !== viewedOn) {
      viewedOn = page.href;
      viewed = new Set();
    }
    const wanted = visibleHotspots(guides, memory, page, options.admits);
    for (const [key, entry] of shown) {
      // Gone from this page, dismissed, or republished (its step may have changed): take it down.
      if (!wanted.some((h) => h.key === key && h.guide === entry.guide)) hide(key);
    }
    for (const hotspot of wanted) {
      const entry = shown.get(hotspot.key);
      if (entry) {
        entry.refresh();
        continue;
      }
      const presentation = options.present(hotspot, {
        onShown: () => safely('hotspot shown', () => apply(hotspotShown(memory, hotspot.guide))),
        onOpen: () =>
          safely('hotspot opened', () => {
            if (viewed.has(hotspot.key)) return;
            viewed.add(hotspot.key);
            options.record(hotspotViewed(hotspot));
          }),
        onDone: () =>
          safely('hotspot dismissed', () => {
            apply(hotspotDone(memory, hotspot));
            evaluate();
          }),
      });
      shown.set(hotspot.key, { guide: hotspot.guide, ...presentation });
    }
  };

  return {
    async load() {
      memory = { ...validHotspotMemory(await store.get(storageKey)), ...memory };
    },
    setGuides(next) {
      guides = next;
    },
    evaluate: () => safely('showing hotspots', evaluate),
    reset() {
      memory = {};
      background(logger, 'saving hotspots', store.set(storageKey, memory));
      safely('showing hotspots', evaluate);
    },
    destroy() {
      for (const key of [...shown.keys()]) hide(key);
    },
  };
}
