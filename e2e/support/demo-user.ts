import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Where specs leave screenshots for people to look at (ignored by git). */
export const screenshotDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  // Entrance animations are fast-forwarded so the picture shows the settled UI.
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), animations: 'disabled' });
}

export interface SignInOptions {
  /** Keeps the Shirube script from loading: for people who look at the app without being counted in funnels. */
  withoutSdk?: boolean;
  /** Where sign-in leads (the app's `?next=`); defaults to the dashboard. */
  landing?: string;
  /** Runs on the new context before the first page loads, e.g. to add init scripts. */
  prepare?: (context: BrowserContext) => Promise<void>;
}

/** A fresh end user (own cookies and IndexedDB) signed in to the demo app. */
export async function signInAsEndUser(browser: Browser, demoUrl: string, email: string, options: SignInOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  if (options.withoutSdk) await context.route('**/sdk/shirube.js', (route) => route.abort());
  await options.prepare?.(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw new Error(`uncaught error in the demo app: ${error.message}`);
  });
  const landing = options.landing ?? '/';
  await page.goto(`${demoUrl}/login${landing === '/' ? '' : `?next=${encodeURIComponent(landing)}`}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${demoUrl}${landing}`);
  return { context, page };
}

/** Sends every event the SDK has queued, so the server's numbers can be checked. */
export async function flushEvents(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { Shirube: { flush(): Promise<void> } }).Shirube.flush());
}
