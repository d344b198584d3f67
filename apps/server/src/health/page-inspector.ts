import { existsSync } from 'node:fs';
import type { Target, TargetMissingReason } from '@shirube/schema';
import type { PageInspection } from './health-report.js';

/** Loads pages and asks the SDK's own locator for targets on them. */
export interface PageInspector {
  inspect(url: string, targets: Target[]): Promise<PageInspection>;
  close(): Promise<void>;
}

export interface InspectorOptions {
  /** The source of the SDK's locator bundle (`dist/locator.js`, which defines `ShirubeLocator`). */
  locatorSource: string;
  /** A Playwright storage-state file (cookies and localStorage of a signed-in user). */
  storageState?: string;
  /** Extra request headers for every page (`Authorization: Bearer …`). */
  headers?: Record<string, string>;
  /** Requests to these URL prefixes are refused, so the app's own Shirube script neither shows guides over the page nor counts the visit. */
  blockPrefixes?: string[];
  /** How long a page may take to load; default 30 s. */
  timeoutMs?: number;
  /** How long to keep looking for targets that are not there yet (apps that render after fetching); default 5 s. */
  settleMs?: number;
}

/** Opens a page inspector; the check's browser run behind `openInspector`. */
export type OpenInspector = (options: InspectorOptions) => Promise<PageInspector>;

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The Chromium to drive: `CHROMIUM_PATH`, Debian's package, else the one Playwright installed. Never downloads one. */
export function chromiumExecutable(bundled: () => string): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return found;
  const own = bundled();
  if (own && existsSync(own)) return own;
  throw new Error('No Chromium found: install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
}

type LocatorWindow = { ShirubeLocator?: { locateTarget(target: Target): { element: unknown; reason?: TargetMissingReason } } };

/** A headless Chromium that loads each page in one signed-in context and runs the SDK locator there. */
export const openBrowserInspector: OpenInspector = async (options) => {
  // Loaded on first use: the server and the other CLI commands never need it.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumExecutable(() => chromium.executablePath()), headless: true, args: LAUNCH_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      ...(options.storageState ? { storageState: options.storageState } : {}),
      ...(options.headers ? { extraHTTPHeaders: options.headers } : {}),
    });
    for (const prefix of options.blockPrefixes ?? []) await context.route(`${prefix}**`, (route) => route.abort());
    const timeout = options.timeoutMs ?? 30_000;
    const settleMs = options.settleMs ?? 5_000;
    return {
      async inspect(url, targets) {
        const page = await context.newPage();
        try {
          let httpStatus: number | undefined;
          try {
            const response = await page.goto(url, { waitUntil: 'load', timeout });
            httpStatus = response?.status();
            await page.waitForLoadState('networkidle', { timeout: Math.min(timeout, 10_000) }).catch(() => undefined);
          } catch (error) {
            return { url, finalUrl: page.url(), error: error instanceof Error ? error.message.split('\n')[0]! : String(error), results: [] };
          }
          if (httpStatus !== undefined && httpStatus >= 400) return { url, finalUrl: page.url(), httpStatus, error: `HTTP ${httpStatus}`, results: [] };
          const results = await locateAll(page, options.locatorSource, targets, settleMs);
          return { url, finalUrl: page.url(), ...(httpStatus !== undefined ? { httpStatus } : {}), results };
        } finally {
          await page.close().catch(() => undefined);
        }
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
};

type Page = import('playwright-core').Page;

/**
 * Asks the locator for every target, again every half second while some are not found yet, up to
 * `settleMs`: an app may still be rendering after the network went quiet. Evaluated through the
 * DevTools protocol, so the page's Content-Security-Policy does not stand in the way.
 */
async function locateAll(page: Page, locatorSource: string, targets: Target[], settleMs: number): Promise<Array<'found' | TargetMissingReason>> {
  const deadline = Date.now() + settleMs;
  for (;;) {
    // A navigation in the middle (a client-side redirect) fails the look; the next one retries.
    const results = await lookOnce(page, locatorSource, targets).catch(() => null);
    if (results && (results.every((r) => r === 'found') || Date.now() >= deadline)) return results;
    if (!results && Date.now() >= deadline) return targets.map(() => 'not_found');
    await page.waitForTimeout(500);
  }
}

async function lookOnce(page: Page, locatorSource: string, targets: Target[]): Promise<Array<'found' | TargetMissingReason>> {
  // Each new document needs the locator again.
  if (!(await page.evaluate(() => 'ShirubeLocator' in globalThis))) await page.evaluate(`${locatorSource};\nwindow.ShirubeLocator = ShirubeLocator;`);
  return page.evaluate(
    (wanted) =>
      wanted.map((target) => {
        const { element, reason } = (globalThis as unknown as LocatorWindow).ShirubeLocator!.locateTarget(target);
        return element ? ('found' as const) : reason!;
      }),
    targets,
  );
}
