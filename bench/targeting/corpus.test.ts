import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { CORPUS, EXPECTED_ATTR, FAMILIES, TARGET_ATTR, expectsNull, markerPattern } from './corpus/index.js';
import { HOLDOUT } from './holdout/index.js';
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

describe.each([
  ['main', CORPUS],
  ['holdout', HOLDOUT],
] as const)('targeting corpus: %s', (_, cases) => {
  it('has at least 45 cases with unique kebab-case ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
    const ids = cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('covers every family with at least two cases', () => {
    for (const family of FAMILIES) {
      expect(cases.filter((c) => c.family === family).length, family).toBeGreaterThanOrEqual(2);
    }
  });

  it('marks exactly one clicked element in every before page, as an attribute of an element', () => {
    for (const c of cases) {
      expect(markers(c.before, TARGET_ATTR), c.id).toEqual({ inDom: 1, inText: 1 });
      expect(markers(c.before, EXPECTED_ATTR).inText, c.id).toBe(0);
    }
  });

  it('marks at most one expected element in every after page', () => {
    for (const c of cases) {
      const expected = markers(c.after, EXPECTED_ATTR);
      expect(expected.inDom, c.id).toBe(expected.inText);
      expect(expected.inDom, c.id).toBeLessThanOrEqual(1);
      expect(markers(c.after, TARGET_ATTR).inText, c.id).toBe(0);
    }
  });

  it('expects null in roughly a fifth of the cases', () => {
    const share = cases.filter(expectsNull).length / cases.length;
    expect(share).toBeGreaterThanOrEqual(0.15);
    expect(share).toBeLessThanOrEqual(0.25);
  });

  it('expects null in every removed case, and has several of them', () => {
    const removed = cases.filter((c) => c.family === 'removed');
    expect(removed.length).toBeGreaterThanOrEqual(5);
    for (const c of removed) expect(expectsNull(c), c.id).toBe(true);
  });

  it('declares <html lang> on both pages of a language case that says which language it is', () => {
    const lang = (html: string): string | undefined => /<html\s[^>]*lang="([^"]+)"/i.exec(html)?.[1];
    for (const c of cases.filter((x) => x.family === 'language' && (lang(x.before) || lang(x.after)))) {
      expect(lang(c.before), c.id).toBeDefined();
      expect(lang(c.before), c.id).not.toBe(lang(c.after));
    }
  });

  it('changes something between before and after, and describes each case', () => {
    for (const c of cases) {
      const strip = (html: string): string => html.replace(markerPattern(TARGET_ATTR), '').replace(markerPattern(EXPECTED_ATTR), '');
      expect(strip(c.before), c.id).not.toBe(strip(c.after));
      expect(c.description.length, c.id).toBeGreaterThan(20);
    }
  });
});

describe('both corpora', () => {
  it('share no case id', () => {
    const main = new Set(CORPUS.map((c) => c.id));
    for (const c of HOLDOUT) expect(main.has(c.id), c.id).toBe(false);
  });
});

describe('timing page', () => {
  it('has exactly 5,000 elements and one target', () => {
    const document = parse(speedPage()) as Root;
    expect(document.querySelectorAll('*').length).toBe(SPEED_ELEMENTS);
    expect(markedElements(document, TARGET_ATTR).length).toBe(1);
  });
});
