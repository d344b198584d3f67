/** What the init script records on each page load (times from `performance.now()`). */
export interface PageMarks {
  /** When the Shirube script started running: its first read of `document.currentScript`. */
  scriptStart: number | null;
  /** When the SDK announced `shirube:ready`. */
  ready: number | null;
  /** When the app had rendered the step's target ("New report"). */
  targetRendered: number | null;
  /** When the step's dialog was attached in Shirube's shadow root. */
  dialogAttached: number | null;
  /** The first animation frame in which the dialog has a size and is not held transparent for positioning. */
  dialogVisible: number | null;
}

/**
 * Runs in the page before any of its scripts (an init script, so self-contained). The script-tag
 * bundle reads `document.currentScript` as its first statement, so wrapping that getter marks when
 * the Shirube script starts executing; observers on the document and then on Shirube's open
 * shadow root mark when the step dialog is attached, and a frame loop when it can be seen.
 */
export function recordFirstStep(): void {
  const marks: PageMarks = { scriptStart: null, ready: null, targetRendered: null, dialogAttached: null, dialogVisible: null };
  addEventListener('shirube:ready', () => (marks.ready = performance.now()), { once: true });
  (window as unknown as { __shirubeBench: PageMarks }).__shirubeBench = marks;
  const getter = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')!.get!;
  Object.defineProperty(Document.prototype, 'currentScript', {
    configurable: true,
    get(this: Document) {
      const script = getter.call(this) as HTMLScriptElement | null;
      if (marks.scriptStart === null && script?.src.includes('/sdk/shirube.js')) marks.scriptStart = performance.now();
      return script;
    },
  });
  const whenVisible = (dialog: Element) => {
    const frame = () => {
      const box = dialog.getBoundingClientRect();
      // A tooltip stays transparent until it has been placed (it gets `data-side` then).
      if (box.width > 0 && box.height > 0 && !dialog.closest('.tooltip:not([data-side])')) {
        marks.dialogVisible = performance.now();
        // The bench waits for this message rather than polling the page, which would run in it meanwhile.
        console.debug('shirube-bench: step visible');
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
  const watchShadow = (root: ShadowRoot) => {
    const inner = new MutationObserver(() => check());
    const check = () => {
      const dialog = root.querySelector('[role="dialog"]');
      if (!dialog || marks.dialogAttached !== null) return;
      marks.dialogAttached = performance.now();
      inner.disconnect();
      whenVisible(dialog);
    };
    inner.observe(root, { childList: true, subtree: true, attributes: true });
    check();
  };
  const outer = new MutationObserver(() => {
    if (marks.targetRendered === null && document.querySelector('[data-testid="new-report"]')) marks.targetRendered = performance.now();
    const host = document.querySelector('shirube-ui');
    if (!host?.shadowRoot || marks.targetRendered === null) return;
    outer.disconnect();
    watchShadow(host.shadowRoot);
  });
  outer.observe(document, { childList: true, subtree: true });
}

/** What the init script writes to the console once the step is visible. */
export const VISIBLE_MESSAGE = 'shirube-bench: step visible';

/**
 * `recordFirstStep` as an init script. Run through tsx, esbuild wraps named functions in a
 * `__name(...)` helper that exists only in Node; the page gets a no-op of its own.
 */
export const firstStepInitScript = { content: `var __name = (f) => f; (${recordFirstStep.toString()})();` };

/** The same no-op helper alone, for pages that evaluate functions from this bench without the marks. */
export const nameHelperInitScript = { content: 'var __name = (f) => f;' };
