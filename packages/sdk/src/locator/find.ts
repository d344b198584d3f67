import type { Target, TargetMissingReason } from '@shirube/schema';
import { STABLE_ATTRS } from './capture.js';
import { fieldLabel, isField, isVisible, normaliseText } from './dom-text.js';

type Signals = Pick<Target, 'attrs' | 'role' | 'text' | 'label'>;

function hasAttrs(element: Element, attrs: Record<string, string>, role: string | undefined): boolean {
  for (const [name, value] of Object.entries(attrs)) {
    if (element.getAttribute(name) !== value) return false;
  }
  return role === undefined || element.getAttribute('role') === role;
}

/** The text a candidate is compared on: a field's label, anything else's visible text (cut like capture). */
function comparableText(element: Element): string {
  const text = isField(element) ? fieldLabel(element) ?? '' : normaliseText(element.textContent);
  return text.slice(0, 120);
}

/**
 * The single element among `candidates`, narrowed by visibility and then by text when several
 * match. Null when it stays ambiguous: showing a tooltip on the wrong element is worse than none.
 */
export function pickUnique(candidates: readonly Element[], signals: Signals): Element | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const visible = candidates.filter(isVisible);
  if (visible.length === 1) return visible[0]!;
  const wanted = signals.text ?? signals.label;
  if (wanted === undefined) return null;
  const byText = (visible.length > 0 ? visible : candidates).filter((el) => comparableText(el) === wanted);
  return byText.length === 1 ? byText[0]! : null;
}

function stableAttrs(target: Target): Record<string, string> | null {
  const attrs: Record<string, string> = {};
  for (const name of STABLE_ATTRS) {
    const value = target.attrs?.[name];
    if (value !== undefined) attrs[name] = value;
  }
  return Object.keys(attrs).length > 0 ? attrs : null;
}

function trySelector(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/**
 * Finds the element a target describes, or null. Signals in order: the expert `selector`, the
 * customer's `data-guide-id`, a non-generated id, stable attributes with the tag, then the tag with
 * the exact visible text (or field label), which must pick out exactly one visible element.
 */
export function findTarget(target: Target, root: ParentNode = document): Element | null {
  if (target.selector) {
    const found = trySelector(root, target.selector);
    if (found) return found;
  }
  if (target.guideId) {
    const found = Array.from(root.querySelectorAll('[data-guide-id]')).find((el) => el.getAttribute('data-guide-id') === target.guideId);
    if (found) return found;
  }
  const tag = target.tag.toLowerCase();
  const sameTag = (el: Element) => el.tagName.toLowerCase() === tag;
  if (target.id) {
    const found = Array.from(root.querySelectorAll('[id]')).filter((el) => el.id === target.id && sameTag(el));
    if (found.length === 1) return found[0]!;
  }
  const all = Array.from(root.querySelectorAll(tag));
  const attrs = stableAttrs(target);
  if (attrs) {
    const found = pickUnique(all.filter((el) => hasAttrs(el, attrs, target.role)), target);
    if (found) return found;
  }
  const wanted = target.text ?? target.label;
  if (wanted) {
    const withText = all.filter((el) => comparableText(el) === wanted && (target.role === undefined || el.getAttribute('role') === target.role));
    const visible = withText.filter(isVisible);
    if (visible.length === 1) return visible[0]!;
    if (visible.length === 0 && withText.length === 1) return withText[0]!;
  }
  return null;
}

/** A located element, or why there is none. */
export type LocateResult =
  | { element: Element; reason?: undefined }
  | { element: null; reason: TargetMissingReason };

/** Like `findTarget`, but says why nothing was found: absent, present but hidden, or not told apart. */
export function locateTarget(target: Target, root: ParentNode = document): LocateResult {
  const element = findTarget(target, root);
  return element ? { element } : { element: null, reason: 'not_found' };
}
