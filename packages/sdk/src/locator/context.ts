import type { Target } from '@shirube/schema';
import { roleOf } from './capture.js';
import { normaliseText, textOf } from './dom-text.js';

const HEADING = 'h1,h2,h3,h4,h5,h6,[role=heading],legend';
const LANDMARK = 'nav,header,main,aside,footer,dialog,form,[role=dialog],[role=alertdialog],[role=navigation],[role=menu],[role=tabpanel]';

const kind = (el: Element) => el.localName + el.getAttribute('class');

/**
 * What one search reads once and its candidates share: the headings in a tree or container, the
 * position of an element among its siblings, the ancestry token of an element.
 */
export interface SearchCache {
  headings: Map<Node, Element[]>;
  positions: Map<Element, [index: number, siblings: number]>;
  tokens: Map<Element, string>;
}

/** A fresh cache, for one search (or one capture). */
export const newCache = (): SearchCache => ({ headings: new Map(), positions: new Map(), tokens: new Map() });

/**
 * Position of an element among its siblings of the same tag. The children of a long list are
 * numbered all at once: in a list of look-alikes every candidate asks about the same parent.
 */
function position(e: Element, cache: SearchCache): [number, number] {
  const kids = e.parentElement!.children;
  if (kids.length < 16) {
    let [index, siblings] = [0, 0];
    for (const c of kids) if (c.localName === e.localName) (c === e && (index = siblings)), siblings++;
    return [index, siblings];
  }
  if (!cache.positions.has(e)) {
    const last: Record<string, number> = {};
    for (const c of kids) cache.positions.set(c, [(last[c.localName] = (last[c.localName] ?? -1) + 1), 0]);
    for (const c of kids) cache.positions.get(c)![1] = last[c.localName]! + 1;
  }
  return cache.positions.get(e)!;
}

/**
 * The first `count` texts of a row outside `el`, one per element that holds text (a cell, a name),
 * skipping what is hidden from assistive technology (an avatar's initial).
 */
function rowKeys(row: Element, el: Element, count: number): string[] {
  const keys: string[] = [];
  const walker = row.ownerDocument.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
  let holder: Element | null = null;
  let skip: Element | null = null;
  let text = '';
  const flush = () => {
    const key = normaliseText(text).slice(0, 40);
    if (key) keys.push(key);
    text = '';
  };
  for (let node: Node | null; keys.length < count && (node = walker.nextNode()); ) {
    const parent = node.parentElement!;
    if (parent === skip || !/\S/.test((node as Text).data)) continue;
    if (parent !== holder) {
      const hidden = parent.closest('[aria-hidden=true]');
      if (el.contains(parent) || /^(script|style|option)$/.test(parent.localName) || (hidden && row.contains(hidden))) {
        skip = parent;
        continue;
      }
      flush();
    }
    holder = parent;
    text += (node as Text).data;
  }
  if (keys.length < count) flush();
  return keys;
}

/**
 * Adds what tells look-alikes apart: the row's key cells and, unless `rowOnly` (a cheap first look
 * at a table full of look-alikes), the position among similar siblings (of the element or of the
 * nearest ancestor that has some, such as its card), the heading of the card or section, and the landmark.
 */
export function addContext(el: Element, t: Target, want?: Target, cache = newCache(), rowOnly = false): Target {
  // A row (a table row, a list item, a card in a list) is told by its first few texts outside the
  // element, its key data, not by status or action columns. The cheap first look reads only the first.
  const row = el.parentElement?.closest('tr,li,[role=row],[role=listitem]');
  const keys = row ? rowKeys(row, el, rowOnly ? 1 : 3) : [];
  if (keys.length) t.row = keys.join(' | ');
  if (rowOnly) return t;
  for (let e = el, up = 0; e.parentElement && up < 4 && (!want || want.index !== undefined); e = e.parentElement, up++) {
    const [index, siblings] = position(e, cache);
    if (siblings > 1) {
      Object.assign(t, { index, siblings });
      break;
    }
  }
  const landmark = el.parentElement?.closest(LANDMARK);
  if (landmark) t.landmark = normaliseText(`${roleOf(landmark) ?? landmark.localName} ${landmark.getAttribute('aria-label') ?? ''}`);
  t.heading = headingOf(el, landmark, cache.headings);
  return t;
}

/**
 * The headings in a tree, in document order. Per tag, because Chromium matches a selector list
 * against every element of a large page at about ten times the cost of its tag lists.
 */
function headingList(node: ParentNode): Element[] {
  if (!('getElementsByTagName' in node)) return Array.from(node.querySelectorAll(HEADING));
  const found: Element[] = Array.from(node.querySelectorAll('[role=heading]'));
  for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend']) found.push(...(node as Element).getElementsByTagName(tag));
  return found.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/**
 * The heading of the element's card or section: the last heading before it in the closest
 * ancestor that has one, preferring one that is a direct child there (a column's title over the
 * titles of the task cards above the element), never one that titles another container (the
 * previous card or section), nor from outside its landmark (a header is not under main's title).
 */
function headingOf(el: Element, landmark: Element | null | undefined, headings: Map<Node, Element[]>): string | undefined {
  const headingsIn = (node: Node) => headings.get(node) ?? headings.set(node, headingList(node as ParentNode)).get(node)!;
  const list = headingsIn(landmark ?? el.getRootNode());
  let before = 0;
  for (let hi = list.length; before < hi; ) {
    const mid = (before + hi) >> 1;
    if (list[mid]!.compareDocumentPosition(el) & 4) before = mid + 1;
    else hi = mid;
  }
  let found: Element | undefined;
  let at: Element | undefined;
  for (let k = before - 1; k >= 0 && k >= before - 8; k--) {
    const h = list[k]!;
    if (h.contains(el)) continue;
    // The closest common ancestor, and its children on the heading's side and on the element's.
    let side = h;
    while (side.parentElement && !side.parentElement.contains(el)) side = side.parentElement;
    const common = side.parentElement;
    if (!common || (at && common !== at)) break;
    let own = el;
    while (own.parentElement !== common) own = own.parentElement!;
    // A heading inside another container titles that container, unless the container is just a
    // header around it (its only heading, first thing in it).
    if (kind(side) === kind(own) || (side !== h && (headingsIn(side).length > 1 || !side.firstElementChild?.contains(h)))) continue;
    if (!found || side === h) (found = h), (at = common);
    if (side === h) break;
  }
  return found && (textOf(found) || undefined);
}
