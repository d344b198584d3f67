import type { Hotspot } from '@shirube/core';
import type { Target } from '@shirube/schema';
import { render } from 'preact';
import { listen } from '../listen.js';
import { isVisible, type LocateResult } from '../locator/index.js';
import { trackTarget } from '../target-watcher.js';
import type { UiStrings } from './i18n.js';
import type { UiRoot } from './mount.js';
import { followTarget, pinBeacon } from './positioner.js';
import { StepDialog } from './step-dialog.js';
import { applyTheme } from './theme.js';

/** How long a tooltip opened by hovering stays after the pointer leaves beacon and tooltip. */
const HOVER_GRACE_MS = 300;
/** Hotspots are ambient: they wait for their element as long as the page is open (setTimeout's longest delay). */
const WAIT_FOREVER_MS = 2 ** 31 - 1;

/** The hotspots on one page share this: opening one tooltip closes the other. */
export interface OpenTooltip {
  close?: () => void;
}

export interface PresentHotspotOptions {
  ui: UiRoot;
  doc: Document;
  hotspot: Hotspot;
  /** The UI's words in the page's current language (read when the tooltip opens). */
  strings: () => UiStrings;
  locateTarget: (target: Target) => LocateResult;
  open: OpenTooltip;
  /** The beacon came on screen (the first time). */
  onShown: () => void;
  /** The user opened the tooltip. */
  onOpen: () => void;
  /** The user pressed "Got it". */
  onDone: () => void;
}

/**
 * Shows one hotspot: a pulsing beacon pinned to its element's corner (following it when the page
 * replaces it, hiding while it is gone) that opens the step's compact tooltip on hover, click or
 * keyboard focus. Hover-opened tooltips close soon after the pointer leaves; clicked or focused ones
 * stay until Escape, a click elsewhere, or "Got it".
 */
export function presentHotspot(options: PresentHotspotOptions): { refresh(): void; stop(): void } {
  const { ui, doc, hotspot, open } = options;
  const { guide, step } = hotspot;
  const wrap = doc.createElement('div');
  const beacon = doc.createElement('button');
  const tip = doc.createElement('div');
  applyTheme(wrap, guide.theme);
  beacon.type = 'button';
  beacon.className = 'beacon';
  beacon.setAttribute('aria-label', step.title || guide.name);
  beacon.setAttribute('aria-expanded', 'false');
  wrap.hidden = true;
  wrap.append(beacon, tip);
  ui.spots.append(wrap);
  ui.attach();

  /** The element on the page now, once found. */
  let element: Element | undefined;
  let pinned: (() => void) | undefined;
  let unfollow: (() => void) | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  let sticky = false;
  let seen = false;

  const close = () => {
    clearTimeout(grace);
    if (open.close !== close) return;
    open.close = undefined;
    sticky = false;
    unfollow?.();
    render(null, tip);
    beacon.setAttribute('aria-expanded', 'false');
  };

  // The tooltip points at the element it explains (placed as the author chose), not at the beacon on its corner.
  const follow = () => {
    unfollow?.();
    unfollow = followTarget(element ?? beacon, tip.firstChild as HTMLElement, null, step.placement, () => undefined);
  };

  const show = (stick: boolean) => {
    clearTimeout(grace);
    sticky ||= stick;
    if (open.close === close) return;
    open.close?.();
    open.close = close;
    const strings = options.strings();
    render(
      <StepDialog
        kind="tooltip"
        idPrefix={`sh-${hotspot.key}`}
        title={step.title}
        guideName={guide.name}
        content={step.content}
        advance="next"
        index={0}
        total={1}
        strings={strings}
        gotIt={strings.gotIt}
        onNext={() => {
          close();
          options.onDone();
        }}
        onBack={close}
        onClose={close}
      />,
      tip,
    );
    follow();
    beacon.setAttribute('aria-expanded', 'true');
    options.onOpen();
  };

  // Focus from the mouse comes with a click, which decides; only keyboard focus opens by itself.
  const keyboardFocus = () => {
    try {
      return beacon.matches(':focus-visible');
    } catch {
      return true;
    }
  };

  const cleanups = [
    listen(wrap, 'pointerenter', () => show(false)),
    listen(wrap, 'pointerleave', () => sticky || (grace = setTimeout(close, HOVER_GRACE_MS))),
    listen(beacon, 'click', () => (sticky && open.close === close ? close() : show(true))),
    listen(beacon, 'focus', () => keyboardFocus() && show(true)),
    listen(doc, 'pointerdown', (event) => open.close === close && !event.composedPath().includes(wrap) && close(), true),
    listen(
      doc,
      'keydown',
      (event) => {
        if ((event as KeyboardEvent).key !== 'Escape' || open.close !== close) return;
        // Consumed here: a walkthrough on screen must not take this Escape as its own dismissal.
        event.preventDefault();
        if (tip.contains(ui.shadow.activeElement)) beacon.focus();
        close();
      },
      true,
    ),
  ];

  const unpin = () => {
    close();
    pinned?.();
    pinned = undefined;
    wrap.hidden = true;
  };

  const tracker = trackTarget({
    doc,
    locate: () => options.locateTarget(step.target),
    isVisible,
    timeoutMs: WAIT_FOREVER_MS,
    graceMs: 0,
    // A re-rendered element only moves the beacon and an open tooltip to it.
    onFound: (found) => {
      element = found;
      pinned?.();
      wrap.hidden = false;
      pinned = pinBeacon(found, beacon);
      if (open.close === close) follow();
      if (!seen) {
        seen = true;
        options.onShown();
      }
    },
    onLost: unpin,
    onMissing: () => undefined,
  });

  return {
    refresh: () => tracker.refresh(),
    stop() {
      tracker.stop();
      unpin();
      while (cleanups.length > 0) cleanups.pop()!();
      wrap.remove();
    },
  };
}
