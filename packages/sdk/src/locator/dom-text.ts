/**
 * Trims and collapses whitespace, and folds compatibility forms (full-width `￥１２`, ligatures) to
 * their plain ones, so text compares the same however the page indents or formats it.
 */
export function normaliseText(text: string | null | undefined): string {
  text ??= '';
  return (/[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text).replace(/\s+/g, ' ').trim();
}

/** Whether an element has a few children and no great-grandchildren: cheap to read whole. */
function shallow(element: Element): boolean {
  if (element.childElementCount > 8) return false;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    for (let grandchild = child.firstElementChild; grandchild; grandchild = grandchild.nextElementSibling) if (grandchild.firstElementChild) return false;
  }
  return true;
}

/**
 * An element's normalised text, cut at `max` characters. Reads text nodes only until it has enough,
 * so a big container costs no more than a button; script and style contents are not text, the
 * options of a select inside a label are data, not the label, and what is `aria-hidden` inside
 * the element (an icon font's ligature such as `content_copy`) is not part of its name. Text of
 * different elements is kept apart (`Inbox 3`, not `Inbox3`).
 */
export function textOf(element: Element, max = 120): string {
  const only = element.firstElementChild;
  // A shallow element (a control, a cell) is read whole; a container could be the whole page.
  if (!only || shallow(element)) {
    const all = element.textContent ?? '';
    if (!/\S/.test(all)) return ''; // an icon button, a checkbox cell
    // All its text in one child (`<button><span>Save</span></button>`), or none there.
    if (!only || (only === element.lastElementChild && !only.firstElementChild && !/^(script|style|option)$/.test(only.localName) && only.getAttribute('aria-hidden') !== 'true')) {
      const inner = only?.textContent?.trim();
      if (!inner || inner === all.trim()) return normaliseText(all).slice(0, max);
    }
  }
  let text = '';
  let last: Node | null = null;
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node: Node | null; text.length < max * 3 && (node = walker.nextNode()); ) {
    const parent = node.parentElement!;
    if (/^(script|style|option)$/i.test(parent.localName)) continue;
    const hidden = parent.closest('[aria-hidden=true]');
    if (hidden && hidden !== element && element.contains(hidden)) continue;
    text += (parent === last ? '' : ' ') + (node as Text).data;
    last = parent;
  }
  return normaliseText(text).slice(0, max);
}

/**
 * Whether an element takes up space on screen and is not `visibility: hidden`. Without layout
 * (happy-dom) every box is empty, so tests give elements a box; `aria-hidden` is deliberately not
 * considered, since apps set it on everything behind an open modal that is still on screen.
 */
export function isVisible(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  const view = element.ownerDocument.defaultView;
  return !view || view.getComputedStyle(element).visibility !== 'hidden';
}

/** The text of an element's label: `aria-labelledby`, or for a form field `<label for>` or a wrapping `<label>`. */
export function fieldLabel(element: Element): string | undefined {
  const root = element.getRootNode() as Document;
  const byIds = element.getAttribute('aria-labelledby')?.split(/\s+/).map((id) => root.getElementById?.(id));
  const labels = byIds?.some(Boolean) ? byIds : isField(element) ? [(element as HTMLInputElement).labels?.[0] ?? element.closest('label')] : [];
  return normaliseText(labels.map((label) => (label ? textOf(label) : '')).join(' ')) || undefined;
}

/** Form fields whose identity is their label rather than their (user-typed) content. */
export function isField(element: Element): boolean {
  return /^(input|select|textarea)$/i.test(element.localName);
}
