import {
  advanceGuide,
  currentStep,
  guideKind,
  guideStaysOnPage,
  historyOf,
  noteShowing,
  selectGuide,
  stepOnPage,
  startGuide,
  type GuideEventDraft,
  type GuideProgress,
  type PageLocation,
  type RunnerInput,
  type ShowHistory,
  type Transition,
  type TriggerFact,
} from '@shirube/core';
import type { PublishedGuide, Step, Target } from '@shirube/schema';
import { background, safely as attempt } from './guard.js';
import type { Logger } from './logger.js';
import type { KeyValueStore } from './storage.js';

/** A step being shown: `refresh` looks for its target again (after a route change), `stop` removes it. */
export interface Presentation {
  refresh(): void;
  stop(): void;
}

/** Shows a step and reports back. The controller never touches the DOM itself. */
export type PresentStep = (
  guide: PublishedGuide,
  step: Step,
  index: number,
  onShown: () => void,
  onInput: (input: RunnerInput) => void,
) => Presentation;

export interface GuideControllerOptions {
  store: KeyValueStore;
  progressKey: string;
  /** Where the per-guide show history (frequency) is kept. */
  historyKey: string;
  /** The current session's id (frequency rules count sessions). */
  session: () => string;
  /** Whether a trigger's element is on the page now. */
  targetPresent: (target: Target) => boolean;
  logger: Logger;
  now: () => number;
  page: () => PageLocation;
  /** Whether a guide's audience admits the current user (guides start only for them). */
  admits: (guide: PublishedGuide) => boolean;
  /**
   * Whether the user is on the side of the guide's A/B holdout that sees it. Asked last, once every
   * other rule let the guide start (assigning a side is recorded), and by `start`.
   */
  shows: (guide: PublishedGuide) => boolean;
  record: (draft: GuideEventDraft) => void;
  present: PresentStep;
  /** Takes the guide UI off the screen (and gives focus back). */
  hideUi: () => void;
}

export interface GuideController {
  /** Loads stored progress (call before the first evaluate). */
  load(): Promise<void>;
  /**
   * The guides to choose from: `cached` while they are the copy kept from an earlier page view.
   * A running guide the new ones unpublished or moved to another version stops, as does one started
   * from the cached copy whose audience the new ones no longer admit the user to; one started from
   * the cached copy is then as if it never started (not resumed, not counted by frequency rules).
   */
  setGuides(guides: PublishedGuide[], cached?: boolean): void;
  /** The stored progress per guide, once loaded. */
  progress(): Readonly<Record<string, GuideProgress>>;
  /**
   * Picks and shows the guide for the current page; keeps showing the running one if it still
   * applies, looking for its target again since the page may have swapped it.
   */
  evaluate(): void;
  /** Starts a guide whose trigger fires on what was just observed, unless one is running. */
  offer(fact: TriggerFact): void;
  /** Starts a guide from its first step, whatever its display rules say (never for its A/B holdout). */
  start(guideId: string): boolean;
  /** Forgets all progress and hides the UI. */
  reset(): void;
  destroy(): void;
}


const STATUSES = new Set(['active', 'completed', 'dismissed']);

/** The stored progress entries that still have the right shape. */
export function validProgress(value: unknown): Record<string, GuideProgress> {
  const out: Record<string, GuideProgress> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const entry of Object.values(value as Record<string, unknown>)) {
    const p = entry as Partial<GuideProgress> | null;
    if (
      p &&
      typeof p.guideId === 'string' &&
      typeof p.version === 'number' &&
      typeof p.stepIndex === 'number' &&
      p.stepIndex >= 0 &&
      typeof p.status === 'string' &&
      STATUSES.has(p.status)
    ) {
      out[p.guideId] = { guideId: p.guideId, version: p.version, stepIndex: p.stepIndex, status: p.status, updatedAt: Number(p.updatedAt) || 0 };
    }
  }
  return out;
}

interface Running {
  guide: PublishedGuide;
  progress: GuideProgress;
  /** Started with `start()`: display rules do not hide it. */
  manual: boolean;
  /** Started from the cached guides: puts back the progress and history from before it started, if the server's answer says it should not show. */
  cached: (() => void) | null;
}

/**
 * Drives the pure guide runner from core: chooses a guide for the page, shows its current step,
 * applies what the user does, records the runner's events and persists progress on every transition.
 */
export function createGuideController(options: GuideControllerOptions): GuideController {
  const { store, progressKey, logger, now } = options;
  let guides: PublishedGuide[] = [];
  let cachedGuides = false;
  let progress: Record<string, GuideProgress> = {};
  let history: Record<string, ShowHistory> = {};
  let running: Running | null = null;
  let presenting: Presentation | null = null;
  let presentation = 0;

  const persist = () => background(logger, 'saving progress', store.set(progressKey, { ...progress }));

  const safely = (what: string, fn: () => void) => attempt(logger, what, fn);

  const commit = (run: Running, transition: Transition) => {
    const id = transition.progress.guideId;
    const before = historyOf(history[id], progress[id]);
    let shown = before;
    for (const draft of transition.events) shown = noteShowing(shown, draft.type, options.session(), now());
    // History first: if the page closes between the two writes, progress still says "active" and the
    // guide resumes, rather than looking finished with no record of the session it ended in.
    if (shown !== before) {
      history[id] = shown;
      background(logger, 'saving history', store.set(options.historyKey, { ...history }));
    }
    run.progress = transition.progress;
    progress[id] = transition.progress;
    persist();
    for (const draft of transition.events) options.record(draft);
  };

  /** Stops the current presentation; its callbacks are ignored from here on. */
  const stopPresenting = () => {
    presentation++;
    const stop = presenting;
    presenting = null;
    stop?.stop();
  };

  const hide = () => {
    stopPresenting();
    options.hideUi();
  };

  const apply = (input: RunnerInput) => {
    const run = running;
    if (!run) return;
    const transition = advanceGuide(run.guide, run.progress, input, now());
    if (!transition.changed) return;
    commit(run, transition);
    if (input.type === 'target_missing') hide();
    else if (input.type !== 'step_shown') show();
  };

  const show = () => {
    stopPresenting();
    const run = running;
    const step = run && currentStep(run.guide, run.progress);
    if (!run || !step) {
      running = null;
      hide();
      return;
    }
    // The step is on another page: wait for the user to get there, showing and reporting nothing.
    if (!stepOnPage(step, options.page())) {
      hide();
      return;
    }
    const id = ++presentation;
    const current = () => id === presentation && running === run;
    safely('showing a step', () => {
      presenting = options.present(
        run.guide,
        step,
        run.progress.stepIndex,
        () => current() && safely('step_shown', () => apply({ type: 'step_shown' })),
        (input) => current() && safely(input.type, () => apply(input)),
      );
    });
  };

  const activate = (guide: PublishedGuide, resumed: GuideProgress | null, manual: boolean) => {
    hide();
    if (resumed) {
      running = { guide, progress: resumed, manual, cached: null };
    } else {
      const { id } = guide;
      const [was, shown] = [progress[id], history[id]];
      const transition = startGuide(guide, now());
      running = {
        guide,
        progress: transition.progress,
        manual,
        cached: cachedGuides
          ? () => {
              if (was) progress[id] = was;
              else delete progress[id];
              if (shown) history[id] = shown;
              else delete history[id];
              persist();
              background(logger, 'saving history', store.set(options.historyKey, { ...history }));
            }
          : null,
      };
      commit(running, transition);
    }
    show();
  };

  const pick = (fact: TriggerFact) => {
    // A held-out user skips the guide like any rule that does not admit them: another may show.
    const admits = (guide: PublishedGuide) => options.admits(guide) && options.shows(guide);
    const choice = selectGuide(guides, progress, options.page(), admits, { fact, present: options.targetPresent, history, session: options.session(), now: now() });
    if (choice) activate(choice.guide, choice.progress, false);
  };

  return {
    async load() {
      const [stored, shown] = await Promise.all([store.get(progressKey), store.get<Record<string, ShowHistory>>(options.historyKey)]);
      progress = { ...validProgress(stored), ...progress };
      // Written only by this controller; anything that is not an object is ignored as a whole.
      history = { ...(typeof shown === 'object' && shown ? shown : {}), ...history };
    },
    setGuides(next, cached = false) {
      guides = next;
      cachedGuides = cached;
      const run = running;
      const guide = run && next.find((g) => g.id === run.guide.id);
      if (!run) return;
      if (guide?.version === run.guide.version && (!run.cached || options.admits(guide))) {
        // The same version as another object: in another language (the user's changed). What shows is drawn again in it.
        const redraw = presenting && guide !== run.guide;
        run.guide = guide;
        if (!cached) run.cached = null;
        if (redraw) show();
      } else {
        running = null;
        hide();
        run.cached?.();
      }
    },
    progress: () => progress,
    evaluate() {
      const page = options.page();
      const run = running;
      if (run && run.progress.status === 'active') {
        const step = currentStep(run.guide, run.progress);
        if (run.manual || guideStaysOnPage(run.guide, step, page)) {
          if (presenting && step && stepOnPage(step, page)) presenting.refresh();
          else show();
          return;
        }
        // Off the guide's pages: hide it, keep its progress for when the user comes back.
        running = null;
        hide();
      }
      pick({ type: 'check' });
    },
    offer(fact) {
      // Called from page events (clicks, DOM changes, track): never throws into them.
      if (running?.progress.status !== 'active') safely('starting a triggered guide', () => pick(fact));
    },
    start(guideId) {
      const guide = guides.find((g) => g.id === guideId);
      if (!guide || guideKind(guide) !== 'walkthrough' || guide.steps.length === 0 || !options.shows(guide)) return false;
      activate(guide, null, true);
      return true;
    },
    reset() {
      running = null;
      hide();
      progress = {};
      history = {};
      persist();
      background(logger, 'saving history', store.set(options.historyKey, {}));
    },
    destroy() {
      running = null;
      stopPresenting();
    },
  };
}
