import type { BrowserContext, Page } from 'playwright-core';

/** Collects the page's CSP violations (reported to it as events) from the first script on. */
export async function collectCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = found;
    document.addEventListener('securitypolicyviolation', (event) => found.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
}

/** The violations collected on the current page load, as `directive blocked-uri`. */
export const violations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
