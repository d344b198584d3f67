/**
 * Runs inside the benchmark page, bundled to an IIFE with @medv/finder. It takes the case markers
 * out of the DOM (keeping references to the marked elements), captures with both locators and
 * judges what each one finds. Nothing here knows how ShirubeLocator works: it only calls its API.
 */
import { finder } from '@medv/finder';

/** The part of `window.ShirubeLocator` (packages/sdk/dist/locator.js) the benchmark uses. */
export interface LocatorApi {
  captureTarget(element: Element): unknown;
  findTarget(target: unknown, root?: ParentNode): Element | null;
}

/** What one locator returned on the after page, judged against the marked element. */
export type Verdict =
  | { kind: 'expected' }
  | { kind: 'other'; element: string }
  | { kind: 'null' }
  | { kind: 'error'; message: string };

/** A stored target (ours: JSON; baseline: a CSS selector), or why none could be made. */
export type Capture = { stored: string; error?: undefined } | { stored: null; error: string };

export interface BenchPage {
  takeMarked(attribute: string): number;
  /** Whether the marked element has a box on screen, i.e. an author could have clicked it. */
  markedIsRendered(): boolean;
  captureOurs(): Capture;
  captureBaseline(): Capture;
  findOurs(target: string): Verdict;
  findBaseline(selector: string): Verdict;
  timeFind(target: string, warmups: number, runs: number): { times: number[]; misses: number; first: Verdict };
  countElements(): number;
}

declare global {
  interface Window {
    ShirubeLocator?: LocatorApi;
    __shirubeBench?: BenchPage;
  }
}

let marked: Element | null = null;

/** Every element under `root`, descending into open shadow roots. */
function allElements(root: Document | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    out.push(element);
    if (element.shadowRoot) out.push(...allElements(element.shadowRoot));
  }
  return out;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const classes = [...element.classList].slice(0, 2).map((c) => `.${c}`).join('');
  const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
  const text = label.replace(/\s+/g, ' ').trim().slice(0, 30);
  const shadow = element.getRootNode() instanceof ShadowRoot ? ' (shadow)' : '';
  return `<${element.localName}${id}${classes}>${text ? ` "${text}"` : ''}${shadow}`;
}

function judge(run: () => Element | null): Verdict {
  try {
    const found = run();
    if (!found) return { kind: 'null' };
    return found === marked ? { kind: 'expected' } : { kind: 'other', element: describe(found) };
  } catch (error) {
    return { kind: 'error', message: message(error) };
  }
}

function markedElement(): Element {
  if (!marked) throw new Error('no marked element on this page');
  return marked;
}

function locator(): LocatorApi {
  const api = window.ShirubeLocator;
  if (!api) throw new Error('window.ShirubeLocator is missing');
  return api;
}

const page: BenchPage = {
  takeMarked(attribute) {
    const found = allElements(document).filter((element) => element.hasAttribute(attribute));
    for (const element of found) element.removeAttribute(attribute);
    marked = found[0] ?? null;
    return found.length;
  },

  markedIsRendered() {
    const box = markedElement().getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  },

  captureOurs() {
    try {
      const target = locator().captureTarget(markedElement());
      return target == null ? { stored: null, error: 'captureTarget returned nothing' } : { stored: JSON.stringify(target) };
    } catch (error) {
      return { stored: null, error: message(error) };
    }
  },

  captureBaseline() {
    try {
      return { stored: finder(markedElement()) };
    } catch (error) {
      return { stored: null, error: message(error) };
    }
  },

  findOurs(target) {
    return judge(() => locator().findTarget(JSON.parse(target)));
  },

  findBaseline(selector) {
    return judge(() => {
      try {
        return document.querySelector(selector);
      } catch {
        return null; // an invalid selector finds nothing, as it would in production
      }
    });
  },

  timeFind(target, warmups, runs) {
    const api = locator();
    const first = judge(() => api.findTarget(JSON.parse(target)));
    const times: number[] = [];
    let misses = 0;
    for (let i = 0; i < warmups + runs; i++) {
      // A fresh object each run, so a cache keyed on the target object cannot answer.
      const parsed: unknown = JSON.parse(target);
      const start = performance.now();
      const found = api.findTarget(parsed);
      const elapsed = performance.now() - start;
      if (i < warmups) continue;
      times.push(elapsed);
      if (found !== marked) misses++;
    }
    return { times, misses, first };
  },

  countElements() {
    return document.getElementsByTagName('*').length;
  },
};

window.__shirubeBench = page;
