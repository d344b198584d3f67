import type { RunnerInput } from '@shirube/core';
import type { PublishedGuide, Step, Target } from '@shirube/schema';
import { render } from 'preact';
import { isVisible } from '../locator/dom-text.js';
import { waitForTarget } from '../target-watcher.js';
import type { UiStrings } from './i18n.js';
import type { UiRoot } from './mount.js';
import { followTarget, isOffscreen } from './positioner.js';
import { StepDialog } from './step-dialog.js';

export interface PresentStepOptions {
  ui: UiRoot;
  doc: Document;
  guide: PublishedGuide;
  step: Step;
  index: number;
  strings: UiStrings;
  findTarget: (target: Target) => Element | null;
  targetTimeoutMs: number;
  /** Called once, when the step is actually on screen. */
  onShown: () => void;
  /** What the user (or the page) did: Next, Back, close, the target's click or input, or a missing target. */
  onInput: (input: RunnerInput) => void;
}

function listen(target: EventTarget, type: string, handler: (event: Event) => void, capture = false): () => void {
  target.addEventListener(type, handler, capture);
  return () => target.removeEventListener(type, handler, capture);
}

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
 * missing). Returns a cleanup that removes everything the step added, in reverse order.
 */
export function presentStep(options: PresentStepOptions): () => void {
  const { ui, doc, step, onInput } = options;
  const cleanups: Array<() => void> = [];
  let shown = false;
  let stopped = false;

  const clear = () => {
    while (cleanups.length > 0) cleanups.pop()!();
  };

  const show = (target: Element | null) => {
    ui.open(options.guide.theme);
    render(
      <StepDialog
        kind={step.kind}
        title={step.title}
        guideName={options.guide.name}
        content={step.content}
        advance={step.advance}
        index={options.index}
        total={options.guide.steps.length}
        strings={options.strings}
        onNext={() => onInput({ type: 'next' })}
        onBack={() => onInput({ type: 'back' })}
        onClose={() => onInput({ type: 'dismiss' })}
      />,
      ui.container,
    );
    cleanups.push(() => render(null, ui.container));
    const dialog = ui.container.querySelector<HTMLElement>('[role=dialog]');
    if (target && dialog) {
      const view = doc.defaultView;
      if (view && isOffscreen(target.getBoundingClientRect(), view.innerWidth, view.innerHeight)) {
        target.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
      cleanups.push(followTarget(target, dialog, ui.ring, step.kind === 'tooltip' ? step.placement : 'auto', lost));
      cleanups.push(...listenForAdvance(doc, target, step, onInput));
    }
    cleanups.push(
      listen(doc, 'keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Escape' && !event.defaultPrevented) onInput({ type: 'dismiss' });
      }),
    );
    if (!shown) {
      shown = true;
      options.onShown();
    }
    // The user must be able to type in a target_input step's field, so focus stays where it is.
    if (!stopped && step.advance !== 'target_input') {
      dialog?.querySelector<HTMLElement>('[data-primary]')?.focus({ preventScroll: true });
    }
  };

  const wait = () => {
    if (step.kind !== 'tooltip') return show(null);
    const target = step.target;
    cleanups.push(
      waitForTarget({
        doc,
        find: () => options.findTarget(target),
        isVisible,
        timeoutMs: options.targetTimeoutMs,
        onFound: show,
        onMissing: (reason) => onInput({ type: 'target_missing', reason }),
      }),
    );
  };

  // The page re-rendered the target away: take the tooltip down and wait for it to come back.
  let losing = false;
  function lost() {
    if (losing) return;
    losing = true;
    queueMicrotask(() => {
      losing = false;
      if (stopped) return;
      clear();
      wait();
    });
  }

  wait();
  return () => {
    stopped = true;
    clear();
  };
}
