/** Trims and collapses whitespace, so text compares the same however the page indents it. */
export function normaliseText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether an element takes up space on screen and is not `visibility: hidden`. */
export function isVisible(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  const view = element.ownerDocument.defaultView;
  return !view || view.getComputedStyle(element).visibility !== 'hidden';
}

/** The text of a form field's label: `aria-labelledby`, `<label for>`, or a wrapping `<label>`. */
export function fieldLabel(element: Element): string | undefined {
  const doc = element.ownerDocument;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => normaliseText(doc.getElementById(id)?.textContent))
      .join(' ')
      .trim();
    if (text) return text;
  }
  const labels = (element as HTMLInputElement).labels;
  const first = labels && labels.length > 0 ? labels[0] : element.closest('label');
  const text = normaliseText(first?.textContent);
  return text || undefined;
}

/** Form fields whose identity is their label rather than their (user-typed) content. */
export function isField(element: Element): boolean {
  return /^(input|select|textarea)$/i.test(element.tagName);
}
