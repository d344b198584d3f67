import type { RunnerInput } from '@shirube/core';
import { listen } from '../listen.js';
import type { UiRoot } from './mount.js';

/** What the keyboard can reach. Hidden and disabled controls are left out by the browser's own rules. */
const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),textarea:not([disabled]),[tabindex]:not([tabindex="-1"]),[contenteditable=""],[contenteditable=true]';

/** `root` when it takes focus itself, then the focusable elements inside it, in document order. */
function focusables(root: Element): HTMLElement[] {
  return [root, ...root.querySelectorAll(FOCUSABLE)].filter((el) => el.matches(FOCUSABLE) && !el.closest('[hidden]')) as HTMLElement[];
}

export interface StepKeysOptions {
  doc: Document;
  ui: UiRoot;
  /** The step's dialog on screen now. */
  dialog: () => HTMLElement | null;
  /** A tooltip's element on the page now, which the user may have to click or type into. */
  target: () => Element | null;
  /** A modal keeps focus even when it was somewhere else in the page. */
  modal: boolean;
  /** There is a step to go back to. */
  canGoBack: boolean;
  onInput: (input: RunnerInput) => void;
}

/**
 * The keyboard in a walkthrough step (Shepherd's model): Tab and Shift+Tab cycle through the
 * dialog's controls and, for a tooltip, its target's, so the element the step asks for is always
 * one Tab away; a tooltip is not modal, so focus the user took elsewhere in the page moves on as
 * usual. ArrowRight and ArrowLeft are Next and Back while focus is in the dialog (never while the
 * user types in the page: its fields are outside the dialog). Escape is handled by presentStep.
 */
export function listenStepKeys(options: StepKeysOptions): () => void {
  const { doc, ui } = options;
  return listen(doc, 'keydown', (event) => {
    const { key, shiftKey } = event as KeyboardEvent;
    const box = options.dialog();
    if (!box || event.defaultPrevented || (event as KeyboardEvent).altKey || (event as KeyboardEvent).ctrlKey || (event as KeyboardEvent).metaKey) return;
    const inside = doc.activeElement === ui.host ? ui.shadow.activeElement : null;
    const inDialog = !!inside && box.contains(inside);
    if (key === 'Tab') {
      const target = options.target();
      const items = [...focusables(box), ...(target ? focusables(target) : [])];
      const at = items.indexOf((inDialog ? inside : doc.activeElement) as HTMLElement);
      if (!items.length || (at < 0 && !inDialog && !options.modal)) return;
      event.preventDefault();
      const n = items.length;
      items[at < 0 ? (shiftKey ? n - 1 : 0) : (at + (shiftKey ? n - 1 : 1)) % n]!.focus();
    } else if (inDialog && (key === 'ArrowRight' || (key === 'ArrowLeft' && options.canGoBack))) {
      event.preventDefault();
      options.onInput({ type: key === 'ArrowRight' ? 'next' : 'back' });
    }
  });
}
