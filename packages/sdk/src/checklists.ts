import { allTasksComplete, guideKind, matchesDisplayRules, mergeChecklistProgress, newlyCompletedTasks, type ChecklistFacts, type PageLocation } from '@shirube/core';
import type { Checklist, ChecklistProgress, ChecklistState, PublishedGuide, ShirubeEvent } from '@shirube/schema';
import { background, safely } from './guard.js';
import { listen } from './listen.js';
import { findTarget } from './locator/index.js';
import type { Logger } from './logger.js';
import type { EventDraft } from './runtime.js';
import type { KeyValueStore } from './storage.js';
import type { ChecklistView } from './ui/index.js';

type ChecklistGuide = PublishedGuide & { checklist: Checklist };
type Progress = Record<string, ChecklistProgress>;

export interface ChecklistsOptions {
  doc: Document;
  store: KeyValueStore;
  cacheKey: string;
  logger: Logger;
  now: () => number;
  page: () => PageLocation;
  /** Whether the guide's audience and schedule admit the current user. */
  admits: (guide: PublishedGuide) => boolean;
  /** What is known of the user now: traits and guides completed on this device. */
  facts: () => Pick<ChecklistFacts, 'subject' | 'completedGuides'>;
  /** The user's progress on the server, or null when it could not be had. */
  fetchProgress: () => Promise<ChecklistProgress[] | null>;
  record: (draft: EventDraft) => void;
  start: (guideId: string) => void;
  /** Draws the widget (null: none). */
  draw: (view: ChecklistView | null) => void;
}

/** The checklist widget's logic: which checklist shows, which tasks got done, and what is remembered. */
export interface Checklists {
  /** Loads the cached progress. */
  load(): Promise<void>;
  /** Shows the first eligible checklist from cache, then reconciles with the server. */
  setGuides(guides: readonly PublishedGuide[]): void;
  /** Fetches the user's progress again (another user signed in) and merges it in. */
  sync(): Promise<void>;
  /** Looks at what the page says now (page, traits, completed guides). */
  evaluate(): void;
  /** Looks at an event the SDK just recorded (`track`, `guide_completed`). */
  observe(event: ShirubeEvent): void;
  /** Forgets the progress (sign-out or another user). */
  reset(): void;
  destroy(): void;
}

const isChecklist = (guide: PublishedGuide): guide is ChecklistGuide => guideKind(guide) === 'checklist' && !!guide.checklist?.tasks.length;

/** How long the celebration stays before a checklist that hides on completion goes. */
const CELEBRATION_MS = 4_000;

/**
 * Drives the checklist widget from core's rules: tasks complete from facts the page gives (route,
 * clicks on a task's element, tracked events, traits, completed walkthroughs), progress is cached
 * and reported, and the widget renders into its own box in the guide UI's shadow root.
 */
export function createChecklists(options: ChecklistsOptions): Checklists {
  const { doc, store, cacheKey, logger, now } = options;
  let guides: ChecklistGuide[] = [];
  let progress: Progress = {};
  let open: Record<string, boolean> = {};
  let celebrating: string | null = null;
  let synced = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const persist = () => background(logger, 'saving checklist progress', store.set(cacheKey, progress));
  const of = (guide: ChecklistGuide) => (progress[guide.id] ??= { guideId: guide.id, tasks: {} });
  const state = (guide: ChecklistGuide) => progress[guide.id]?.state?.value;
  const eligible = () => guides.filter((guide) => state(guide) !== 'dismissed' && options.admits(guide));

  const setState = (guide: ChecklistGuide, value: ChecklistState) => {
    of(guide).state = { value, at: now() };
    persist();
    options.record({ type: 'checklist_state', guideId: guide.id, state: value });
  };

  // Runs from the page's own events (clicks, route changes, timers): a failure is logged, never thrown there.
  const draw = () => safely(logger, 'showing the checklist', paint);

  const paint = () => {
    const guide = eligible().find(
      (g) => (celebrating === g.id || state(g) !== 'completed' || !g.checklist.onComplete.hide) && matchesDisplayRules(g.displayRules, options.page()),
    );
    // The first sight of a checklist marks it started; only after the server had its say, so a
    // state set on another device is not overwritten by this one's default.
    if (guide && synced && !state(guide)) setState(guide, 'expanded');
    options.draw(
      guide
        ? {
            checklist: guide.checklist,
            theme: guide.theme,
            done: of(guide).tasks,
            open: open[guide.id] ?? state(guide) !== 'minimised',
            celebrating: celebrating === guide.id,
            onToggle: () => {
              const next = !(open[guide.id] ?? state(guide) !== 'minimised');
              open[guide.id] = next;
              setState(guide, next ? 'expanded' : 'minimised');
              draw();
            },
            onDismiss: () => {
              setState(guide, 'dismissed');
              draw();
            },
            onStart: (guideId) => {
              open[guide.id] = false;
              draw();
              options.start(guideId);
            },
          }
        : null,
    );
  };

  const check = (facts: Partial<ChecklistFacts>) => {
    let changed = false;
    for (const guide of eligible()) {
      const mine = of(guide);
      const fresh = newlyCompletedTasks(guide.checklist, { ...facts, now: now() }, mine.tasks);
      for (const taskId of fresh) {
        mine.tasks[taskId] = now();
        options.record({ type: 'checklist_task_completed', guideId: guide.id, guideVersion: guide.version, taskId });
      }
      changed ||= fresh.length > 0;
      if (fresh.length && state(guide) !== 'completed' && allTasksComplete(guide.checklist, mine.tasks)) {
        setState(guide, 'completed');
        if (guide.checklist.onComplete.celebrate) {
          celebrating = guide.id;
          open[guide.id] = true;
          clearTimeout(timer);
          timer = setTimeout(() => {
            celebrating = null;
            draw();
          }, CELEBRATION_MS);
        }
      }
    }
    if (changed) persist();
    if (changed || facts.page) draw();
  };

  const evaluate = () => check({ page: options.page(), ...options.facts() });

  // One capture-phase listener for every "element clicked" task; the page's own handling is untouched.
  const onClick = (event: Event) =>
    safely(logger, 'checklist click', () => {
      const hit = event.target;
      if (hit instanceof Node) check({ clicked: (target) => !!findTarget(target, doc)?.contains(hit) });
    });
  const unlistenClick = listen(doc, 'click', onClick, true);
  // Apps that switch language in place (en ⇄ ja) change the page's lang: the widget follows.
  const langWatch = new MutationObserver(draw);
  langWatch.observe(doc.documentElement, { attributeFilter: ['lang'] });

  const sync = async () => {
    // Until this user's progress is in, nothing is marked seen (it may have a state from elsewhere).
    synced = false;
    const remote = await options.fetchProgress();
    if (!remote) return;
    for (const entry of remote) progress[entry.guideId] = mergeChecklistProgress(progress[entry.guideId] ?? { guideId: entry.guideId, tasks: {} }, entry);
    persist();
    synced = true;
    evaluate();
  };

  return {
    async load() {
      const cached = await store.get<Progress>(cacheKey);
      // A corrupted cache loses the entries that cannot be read, never the page.
      for (const entry of Object.values(cached ?? {})) if (typeof entry?.tasks === 'object' && entry.tasks) progress[entry.guideId] ??= entry;
    },
    setGuides(next) {
      guides = next.filter(isChecklist);
      if (guides.length === 0) return draw();
      evaluate();
      background(logger, 'loading checklist progress', sync());
    },
    sync,
    evaluate,
    observe(event) {
      if (event.type === 'track') check({ tracked: [event.name] });
      else if (event.type === 'guide_completed') check({ completedGuides: new Set([event.guideId]) });
    },
    reset() {
      progress = {};
      open = {};
      synced = false;
      persist();
      draw();
    },
    destroy() {
      clearTimeout(timer);
      unlistenClick();
      langWatch.disconnect();
      guides = [];
    },
  };
}
