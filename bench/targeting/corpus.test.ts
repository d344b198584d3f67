import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { CORPUS, EXPECTED_ATTR, FAMILIES, TARGET_ATTR, expectsNull, markerPattern } from './corpus/index.js';
import { SPEED_ELEMENTS, speedPage } from './speed.js';

type Root = { querySelectorAll(selectors: string): ArrayLike<unknown> & Iterable<unknown> };
interface ElementLike {
  hasAttribute(name: string): boolean;
  localName: string;
  shadowRoot: Root | null;
  content?: Root;
}

/** Elements carrying `attribute`, including inside declarative shadow roots (<template shadowrootmode>). */
function markedElements(root: Root, attribute: string): ElementLike[] {
  const out: ElementLike[] = [];
  for (const node of root.querySelectorAll('*')) {
    const element = node as ElementLike;
    if (element.hasAttribute(attribute)) out.push(element);
    if (element.shadowRoot) out.push(...markedElements(element.shadowRoot, attribute));
    if (element.localName === 'template' && element.content) out.push(...markedElements(element.content, attribute));
  }
  return out;
}

function parse(html: string): Root {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Root;
}

function markers(html: string, attribute: string): { inDom: number; inText: number } {
  return { inDom: markedElements(parse(html), attribute).length, inText: (html.match(markerPattern(attribute)) ?? []).length };
}

describe('targeting corpus', () => {
  it('has at least 45 cases with unique kebab-case ids', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(45);
    const ids = CORPUS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('covers every family with at least two cases', () => {
    for (const family of FAMILIES) {
      expect(CORPUS.filter((c) => c.family === family).length, family).toBeGreaterThanOrEqual(2);
    }
  });

  it('marks exactly one clicked element in every before page, as an attribute of an element', () => {
    for (const c of CORPUS) {
      expect(markers(c.before, TARGET_ATTR), c.id).toEqual({ inDom: 1, inText: 1 });
      expect(markers(c.before, EXPECTED_ATTR).inText, c.id).toBe(0);
    }
  });

  it('marks at most one expected element in every after page', () => {
    for (const c of CORPUS) {
      const expected = markers(c.after, EXPECTED_ATTR);
      expect(expected.inDom, c.id).toBe(expected.inText);
      expect(expected.inDom, c.id).toBeLessThanOrEqual(1);
      expect(markers(c.after, TARGET_ATTR).inText, c.id).toBe(0);
    }
  });

  it('expects null in roughly a fifth of the cases', () => {
    const share = CORPUS.filter(expectsNull).length / CORPUS.length;
    expect(share).toBeGreaterThanOrEqual(0.15);
    expect(share).toBeLessThanOrEqual(0.25);
  });

  it('expects null in every removed case, and has several of them', () => {
    const removed = CORPUS.filter((c) => c.family === 'removed');
    expect(removed.length).toBeGreaterThanOrEqual(5);
    for (const c of removed) expect(expectsNull(c), c.id).toBe(true);
  });

  it('changes something between before and after, and describes each case', () => {
    for (const c of CORPUS) {
      const strip = (html: string): string => html.replace(markerPattern(TARGET_ATTR), '').replace(markerPattern(EXPECTED_ATTR), '');
      expect(strip(c.before), c.id).not.toBe(strip(c.after));
      expect(c.description.length, c.id).toBeGreaterThan(20);
    }
  });
});

describe('timing page', () => {
  it('has exactly 5,000 elements and one target', () => {
    const document = parse(speedPage()) as Root;
    expect(document.querySelectorAll('*').length).toBe(SPEED_ELEMENTS);
    expect(markedElements(document, TARGET_ATTR).length).toBe(1);
  });
});
