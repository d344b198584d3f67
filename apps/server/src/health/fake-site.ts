import type { Target } from '@shirube/schema';
import type { InspectorOptions, OpenInspector } from './page-inspector.js';

/**
 * Test-only: a stand-in for the browser, given the test ids each page of an app has. A target is
 * found when its recorded test id is on the page; an unknown page answers 404. The real browser
 * and locator run in the e2e spec (e2e/specs/health-check.spec.ts).
 */
export function fakeSite(pages: Record<string, string[]>, seen: InspectorOptions[] = [], opened: Promise<void> = Promise.resolve()): OpenInspector {
  return async (options) => {
    seen.push(options);
    await opened;
    return {
      inspect: async (url: string, targets: Target[]) => {
        const ids = pages[new URL(url).pathname];
        if (!ids) return { url, finalUrl: url, httpStatus: 404, error: 'HTTP 404', results: [] };
        return { url, finalUrl: url, httpStatus: 200, results: targets.map((t) => (ids.includes(t.attrs?.['data-testid'] ?? '') ? 'found' : 'not_found')) };
      },
      close: async () => undefined,
    };
  };
}
