import type { RunnerInput } from '@shirube/core';
import type { PublishedGuide, Step, Target } from '@shirube/schema';
import { render } from 'preact';
import { listen } from '../listen.js';
import { isVisible, type LocateResult } from '../locator/index.js';
import { trackTarget } from '../target-watcher.js';
import type { UiStrings } from './i18n.js';
import type { UiRoot } from './mount.js';
import { followTarget, isOffscreen } from './positioner.js';
import { StepDialog } from './step-dialog.js';
import { listenStepKeys } from './step-keys.js';

export interface PresentStepOptions {
  ui: UiRoot;
  doc: Document;
  guide: PublishedGuide;
  step: Step;
  index: number;
  /** The UI's words in the page's current language (read again when the page's `lang` changes). */
  strings: () => UiStrings;
  locateTarget: (target: Target) => LocateResult;
  targetTimeoutMs: number;
  /** Called once, when the step is actually on screen. */
  onShown: () => void;
  /** What the user (or the page) did: Next, Back, close, the target's click or input, or a missing target. */
  onInput: (input: RunnerInput) => void;
}

/** A step on screen (or waiting for its target). */
export interface StepPresentation {
  /** Looks for the target again, e.g. after a route change. */
  refresh(): void;
  /** Removes everything the step added, in reverse order. */
  stop(): void;
}

/** How long a target that went away mid-step (a re-render, a route change) gets to come back before the normal wait. */
const REAPPEAR_GRACE_MS = 1_500;

/** Listeners for the step's own advance mode. Capture phase, never preventing the page's handling. */
function listenForAdvance(doc: Document, element: Element, step: Step, onInput: (input: RunnerInput) => void): Array<() => void> {
  const within = (event: Event) => event.target instanceof Node && element.contains(event.target);
  if (step.advance === 'target_click') {
    return [listen(doc, 'click', (event) => within(event) && onInput({ type: 'target_clicked' }), true)];
  }
  if (step.advance === 'target_input') {
    return [
      listen(doc, 'change', (event) => within(event) && onInput({ type: 'target_input' }), true),
      listen(doc, 'keydown', (event) => within(event) && (event as KeyboardEvent).key === 'Enter' && onInput({ type: 'target_input' }), true),
    ];
  }
  return [];
}

/**
 * Shows one step: a modal straight away, a tooltip once its target is on the page (or reports it
 * missing). A tooltip follows its target when the page replaces it and hides while it is gone.
 */
export function presentStep(options: PresentStepOptions): StepPresentation {
  const { ui, doc, step, onInput } = options;
  /** The dialog and its key listener. */
  const cleanups: Array<() => void> = [];
  /** What ties the dialog to the current target element. */
  const anchors: Array<() => void> = [];
  let shown = false;
  let stopped = false;
  /** The dialog had focus when its target went away, so it takes it back when the target returns. */
  let refocus = false;
  /** The tooltip's element on the page now. */
  let current: Element | null = null;

  const clear = (list: Array<() => void>) => {
    while (list.length > 0) list.pop()!();
  };

  const draw = () =>
    render(
      <StepDialog
        kind={step.kind}
        title={step.title}
        guideName={options.guide.name}
        content={step.content}
        advance={step.advance}
        index={options.index}
        total={options.guide.steps.length}
        strings={options.strings()}
        position={step.kind === 'banner' ? step.position : undefined}
        button={step.kind !== 'banner' || step.button}
        onNext={() => onInput({ type: 'next' })}
        onBack={() => onInput({ type: 'back' })}
        onClose={() => onInput({ type: 'dismiss' })}
      />,
      ui.container,
    );

  const renderDialog = () => {
    ui.open(options.guide.theme);
    draw();
    // An app may set its language after the step appeared (the SDK can show from its cache first).
    const view = doc.defaultView;
    const langWatch = view && new view.MutationObserver(draw);
    langWatch?.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'] });
    cleanups.push(
      () => langWatch?.disconnect(),
      () => render(null, ui.container),
      listen(doc, 'keydown', (event) => {
        // A banner sits beside the page's own work: Escape closes it only from inside it.
        if ((event as KeyboardEvent).key === 'Escape' && !event.defaultPrevented && (step.kind !== 'banner' || doc.activeElement === ui.host)) onInput({ type: 'dismiss' });
      }),
    );
    // A banner is a landmark beside the page's work, not a dialog: no focus cycle, no arrow keys.
    if (step.kind !== 'banner') {
      cleanups.push(listenStepKeys({ doc, ui, dialog, target: () => current, modal: step.kind === 'modal', canGoBack: options.index > 0, onInput }));
    }
  };

  const dialog = () => ui.container.querySelector<HTMLElement>('[role=dialog]');

  /** Puts the step on screen (again) next to `target`; a replaced target only moves the tooltip. */
  const show = (target: Element | null) => {
    clear(anchors);
    const focus = !shown || refocus;
    refocus = false;
    if (cleanups.length === 0) renderDialog();
    const box = dialog();
    current = target;
    if (target && box) {
      const view = doc.defaultView;
      if (!shown && view && isOffscreen(target.getBoundingClientRect(), view.innerWidth, view.innerHeight)) {
        target.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
      anchors.push(followTarget(target, box, ui.ring, step.kind === 'tooltip' ? step.placement : 'auto', lost), ...listenForAdvance(doc, target, step, onInput));
    }
    if (!shown) {
      shown = true;
      options.onShown();
      ui.announce(options.strings().stepShown(options.index + 1, options.guide.steps.length, step.title || options.guide.name));
    }
    // The user must be able to type in a target_input step's field, and a banner must not pull
    // focus away from the page it sits on, so focus stays where it is.
    if (focus && !stopped && step.advance !== 'target_input' && step.kind !== 'banner') box?.querySelector<HTMLElement>('[data-primary]')?.focus({ preventScroll: true });
  };

  const tracker =
    step.kind !== 'tooltip'
      ? null
      : trackTarget({
          doc,
          locate: () => options.locateTarget(step.target),
          isVisible,
          timeoutMs: options.targetTimeoutMs,
          graceMs: REAPPEAR_GRACE_MS,
          onFound: show,
          onLost: () => {
            refocus = doc.activeElement === ui.host;
            clear(anchors);
            clear(cleanups);
          },
          onMissing: (reason) => onInput({ type: 'target_missing', reason }),
        });
  if (!tracker) show(null);

  // The positioner saw the target leave the document; look again once the page's update is done.
  function lost() {
    queueMicrotask(() => stopped || tracker?.refresh());
  }

  return {
    refresh: () => tracker?.refresh(),
    stop() {
      stopped = true;
      tracker?.stop();
      clear(anchors);
      clear(cleanups);
    },
  };
}
