import type { TargetMissingReason } from '@shirube/schema';

export interface WaitForTargetOptions {
  find: () => Element | null;
  isVisible: (element: Element) => boolean;
  /** How long to wait while the page is visible; the countdown pauses while the tab is hidden. */
  timeoutMs: number;
  doc: Document;
  onFound: (element: Element) => void;
  onMissing: (reason: Extract<TargetMissingReason, 'not_found' | 'not_visible'>) => void;
}

/**
 * Waits for a step's element to be on the page and visible, watching DOM changes rather than
 * polling. Reports `not_visible` when the element exists but never showed, `not_found` otherwise.
 * Returns a cleanup that stops waiting.
 */
export function waitForTarget(options: WaitForTargetOptions): () => void {
  const { doc, find, isVisible } = options;
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let remaining = options.timeoutMs;
  let startedAt = 0;
  let observer: MutationObserver | undefined;

  const stop = () => {
    done = true;
    clearTimeout(timer);
    observer?.disconnect();
    doc.removeEventListener('visibilitychange', onVisibility);
  };

  const check = () => {
    if (done) return;
    const element = find();
    if (element && isVisible(element)) {
      stop();
      options.onFound(element);
    }
  };

  const expire = () => {
    if (done) return;
    const element = find();
    stop();
    options.onMissing(element ? 'not_visible' : 'not_found');
  };

  const startCountdown = () => {
    startedAt = Date.now();
    timer = setTimeout(expire, remaining);
  };

  function onVisibility() {
    if (done) return;
    if (doc.hidden) {
      clearTimeout(timer);
      remaining = Math.max(0, remaining - (Date.now() - startedAt));
    } else {
      check();
      if (!done) startCountdown();
    }
  }

  check();
  if (done) return stop;
  observer = new MutationObserver(check);
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'data-guide-id', 'data-testid'],
  });
  doc.addEventListener('visibilitychange', onVisibility);
  if (!doc.hidden) startCountdown();
  return stop;
}
