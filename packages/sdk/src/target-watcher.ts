import type { TargetMissingReason } from '@shirube/schema';
import type { LocateResult } from './locator/index.js';

/** Re-checks after DOM changes run at most this often, so a page with heavy DOM churn is not slowed down. */
const THROTTLE_MS = 100;
/** More DOM changes than this in one batch are not searched for one touching the shown element. */
const MAX_RECORDS = 200;

/** Attributes whose changes can show, hide or mark an element; other attribute churn is ignored. */
const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'id', 'data-testid', 'data-guide-id'];

export interface TrackTargetOptions {
  doc: Document;
  /** Looks for the step's element now. */
  locate: () => LocateResult;
  isVisible: (element: Element) => boolean;
  /** How long to wait while the page is visible; the countdown pauses while the tab is hidden. */
  timeoutMs: number;
  /** Extra wait, on top of `timeoutMs`, for a target that went away mid-step to come back. */
  graceMs: number;
  /** The target is on screen: the first time, or a new element that replaced the one shown. */
  onFound: (element: Element) => void;
  /** The shown target left the page or was hidden: take the tooltip down while waiting for it. */
  onLost: () => void;
  /** Gave up waiting, with the reason from the last look; called at most once. */
  onMissing: (reason: TargetMissingReason) => void;
}

export interface TargetTracker {
  /** Looks again now, e.g. after a route change: moves to a better match, notices a lost target. */
  refresh(): void;
  stop(): void;
}

/**
 * Keeps a step's element in view of the tooltip for as long as the step shows. Waits for it to
 * appear and be visible (watching DOM changes, not polling), follows it when the framework replaces
 * it, and gives up after a bounded wait that only counts while the tab is visible.
 */
export function trackTarget(options: TrackTargetOptions): TargetTracker {
  const { doc, isVisible } = options;
  let anchored: Element | null = null;
  let reason: TargetMissingReason = 'not_found';
  let done = false;
  let budget = options.timeoutMs;
  let countdown: ReturnType<typeof setTimeout> | undefined;
  let startedAt = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let lastCheck = 0;

  /** A visible match, or null with `reason` saying why not. */
  const locate = (): Element | null => {
    let result: LocateResult;
    try {
      result = options.locate();
    } catch {
      // Runs from timers and DOM observers: a locator bug must not surface in the page as an error.
      result = { element: null, reason: 'not_found' };
    }
    const element = result.element;
    if (element && isVisible(element)) return element;
    reason = element ? 'not_visible' : result.reason;
    return null;
  };

  const pause = () => {
    if (countdown === undefined) return;
    clearTimeout(countdown);
    countdown = undefined;
    budget -= Date.now() - startedAt;
  };

  const resume = () => {
    if (done || anchored || countdown !== undefined || doc.hidden) return;
    startedAt = Date.now();
    // A negative delay runs at once, like zero (HTML timers clamp it).
    countdown = setTimeout(expire, budget);
  };

  const attach = (element: Element) => {
    pause();
    anchored = element;
    options.onFound(element);
  };

  const stop = () => {
    done = true;
    pause();
    clearPending();
    observer.disconnect();
    doc.removeEventListener('visibilitychange', onVisibility);
  };

  const clearPending = () => {
    clearTimeout(pending);
    if (frame !== undefined) cancelAnimationFrame(frame);
    pending = frame = undefined;
  };

  const check = (force: boolean) => {
    clearPending();
    lastCheck = Date.now();
    if (done) return;
    const still = anchored !== null && anchored.isConnected && isVisible(anchored);
    // The common case under churn: the shown element is still there, so nothing is searched.
    if (still && !force) return;
    const found = locate();
    if (found) {
      if (found !== anchored) attach(found);
    } else if (anchored && !still) {
      anchored = null;
      budget = options.graceMs + options.timeoutMs;
      options.onLost();
      resume();
    }
  };

  function expire() {
    countdown = undefined;
    if (done) return;
    const found = locate();
    if (found) return attach(found);
    stop();
    options.onMissing(reason);
  }

  /**
   * While a target shows and is in the page, a re-check after DOM changes waits for the throttle,
   * then for the browser's next rendering, so the layout it reads is already computed: read right
   * after the page changed (10,000 elements inserted), it would force that style and layout work
   * into our task.
   * A target still awaited, or one that left the page, is looked for without that wait.
   */
  const schedule = () => {
    if (pending !== undefined || frame !== undefined || done) return;
    const afterRender = () => (frame = requestAnimationFrame(() => (pending = setTimeout(check, 0, false))));
    pending = setTimeout(anchored?.isConnected ? afterRender : check, lastCheck + THROTTLE_MS - Date.now(), false);
  };

  function onVisibility() {
    if (doc.hidden) return pause();
    check(false);
    resume();
  }

  // Under churn elsewhere on the page the shown element is untouched: nothing to look at, and no
  // layout to force. A change to it or to an ancestor (a class on <body>, a panel closing) is looked at.
  // A batch of thousands of changes is not searched record by record (tens of ms): a look after the
  // next rendering, when layout is computed anyway, costs less.
  const observer = new MutationObserver((records) => {
    const shown = anchored;
    if (pending !== undefined || frame !== undefined) return;
    if (!shown?.isConnected || records.length > MAX_RECORDS || records.some((record) => record.target.contains(shown))) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  doc.addEventListener('visibilitychange', onVisibility);
  check(false);
  // The page's first render after the step started is looked at at once, not a throttle period later.
  lastCheck = 0;
  resume();
  return { refresh: () => check(true), stop };
}
