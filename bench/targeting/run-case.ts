import type { BrowserContext, Page } from 'playwright-core';
import { EXPECTED_ATTR, TARGET_ATTR, expectsNull, type BenchCase } from './corpus/index.js';
import type { CaseResult } from './outcome.js';
import type { Capture, Verdict } from './page/bench-page.js';
import type { Scripts } from './bundles.js';

/** The viewport every case is captured and found in. */
export const VIEWPORT = { width: 1280, height: 800 };

/** Rejects with `message` when `promise` has not settled after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Loads `html` and both scripts into `page`. Navigating to about:blank first gives the page a new
 * window, so nothing (globals, caches in the locator's module scope) carries over from before.
 */
export async function loadPage(page: Page, html: string, scripts: Scripts): Promise<void> {
  await page.goto('about:blank');
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  await page.evaluate((sources) => {
    for (const source of sources) {
      // An inline classic script runs as soon as it is inserted; removing the tag afterwards leaves
      // the page exactly as the case wrote it.
      const script = document.createElement('script');
      script.textContent = source;
      document.head.append(script);
      script.remove();
    }
  }, [scripts.locator, scripts.page]);
}

/** A page reused from case to case, replaced after a case throws or hangs. */
export interface PageSlot {
  get(): Promise<Page>;
  discard(): Promise<void>;
}

/** Opens pages in `context` on demand, one at a time. */
export function createPageSlot(context: BrowserContext): PageSlot {
  let page: Page | null = null;
  return {
    async get() {
      page ??= await context.newPage();
      return page;
    },
    async discard() {
      const old = page;
      page = null;
      if (old) await withTimeout(old.close(), 5_000, 'page close timed out').catch(() => undefined);
    },
  };
}

/** One locator, seen through the page API: how it stores a target and how it finds one. */
interface Contender {
  capture(page: Page): Promise<Capture>;
  find(page: Page, stored: string): Promise<Verdict>;
}

const OURS: Contender = {
  capture: (page) => page.evaluate(() => window.__shirubeBench!.captureOurs()),
  find: (page, stored) => page.evaluate((target) => window.__shirubeBench!.findOurs(target), stored),
};

const BASELINE: Contender = {
  capture: (page) => page.evaluate(() => window.__shirubeBench!.captureBaseline()),
  find: (page, stored) => page.evaluate((selector) => window.__shirubeBench!.findBaseline(selector), stored),
};

/** A markup mistake in the case itself rather than a locator failure. */
class CaseError extends Error {}

/** One locator's pass over a case; `expected` is the number of expected markers found (null if unknown). */
interface PassResult {
  verdict: Verdict;
  expected: number | null;
  stored: string | null;
}

/**
 * Loads `before`, captures the marked element, loads `after` in a new window and finds it. Only
 * the stored string crosses from one window to the next, as it would through the server.
 */
async function pass(page: Page, c: BenchCase, scripts: Scripts, contender: Contender): Promise<PassResult> {
  await loadPage(page, c.before, scripts);
  const targets = await page.evaluate((attr) => window.__shirubeBench!.takeMarked(attr), TARGET_ATTR);
  if (targets !== 1) throw new CaseError(`before has ${targets} ${TARGET_ATTR} markers, want 1`);
  if (!(await page.evaluate(() => window.__shirubeBench!.markedIsRendered()))) throw new CaseError('the clicked element is not rendered');
  const captured = await contender.capture(page);

  await loadPage(page, c.after, scripts);
  const expected = await page.evaluate((attr) => window.__shirubeBench!.takeMarked(attr), EXPECTED_ATTR);
  if (expected > 1) throw new CaseError(`after has ${expected} ${EXPECTED_ATTR} markers, want at most 1`);
  if (captured.stored === null) return { verdict: { kind: 'error', message: `capture: ${captured.error}` }, expected, stored: null };
  return { verdict: await contender.find(page, captured.stored), expected, stored: captured.stored };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/**
 * Runs one case: the baseline's pass, then ours, each on fresh windows and bounded by `timeoutMs`,
 * so a hang or throw in one locator leaves the other's verdict intact. A page that failed is
 * closed, which also ends a locator stuck in a loop. A marker mistake in the case itself is an
 * error for both (the corpus test keeps those out).
 */
export async function runCase(slot: PageSlot, c: BenchCase, scripts: Scripts, timeoutMs: number): Promise<CaseResult> {
  const run = async (contender: Contender): Promise<PassResult> => {
    try {
      return await withTimeout(pass(await slot.get(), c, scripts, contender), timeoutMs, `timed out after ${timeoutMs} ms`);
    } catch (error) {
      await slot.discard();
      if (error instanceof CaseError) throw error;
      return { verdict: { kind: 'error', message: errorMessage(error) }, expected: null, stored: null };
    }
  };
  let baseline: PassResult;
  let ours: PassResult;
  try {
    baseline = await run(BASELINE);
    ours = await run(OURS);
  } catch (error) {
    const verdict = { kind: 'error', message: errorMessage(error) } as const;
    return { id: c.id, family: c.family, expectsNull: expectsNull(c), ours: verdict, baseline: verdict };
  }
  const expected = ours.expected ?? baseline.expected;
  return {
    id: c.id,
    family: c.family,
    expectsNull: expected === null ? expectsNull(c) : expected === 0,
    ours: ours.verdict,
    baseline: baseline.verdict,
    ...(ours.stored !== null ? { targetBytes: Buffer.byteLength(ours.stored) } : {}),
  };
}
