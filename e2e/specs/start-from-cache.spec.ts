import type { GuideInput } from '@shirube/schema';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectCspViolations, violations } from '../support/csp-violations.js';
import { signInAsEndUser } from '../support/demo-user.js';
import { useStackAndBrowser } from '../support/suite.js';

const say = (text: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }];

/** A one-step tip on the settings page. */
const settingsTip: GuideInput = {
  name: 'Approver tip',
  displayRules: { urlPatterns: ['/settings'] },
  steps: [{ id: 'approver', kind: 'modal', placement: 'auto', advance: 'next', title: 'Pick your approver', content: say('Reports go to them first.') }],
};

/**
 * Holds every answer of the guides endpoint until `release` is called: a slow network. The SDK's
 * other requests pass.
 */
async function holdGuides(context: BrowserContext): Promise<{ release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route(
    (url) => url.pathname.endsWith('/sdk/v1/guides'),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  return { release };
}

/** When (ms after navigation) the page asked for the UI file and for the guides. */
const requestTimes = (page: Page) =>
  page.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    const at = (pattern: RegExp) => entries.find((e) => pattern.test(e.name))?.startTime ?? null;
    return { ui: at(/\/sdk\/shirube-ui\.[0-9a-f]+\.js/), guides: at(/\/sdk\/v1\/guides\?/) };
  });

describe('a returning user starts from the cached guides', () => {
  const suite = useStackAndBrowser();

  it('shows the cached step while the server has not answered, loading the UI file first, under the strict CSP', async () => {
    const { api, browser, stack } = suite;
    const guideId = (await api.createGuide(settingsTip)).id;
    await api.publish(guideId);
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'cache-ui@acme.example', { prepare: collectCspViolations });
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Pick your approver' }).waitFor();

    const server = await holdGuides(context);
    await page.reload();
    await page.getByRole('dialog', { name: 'Pick your approver' }).waitFor({ timeout: 5_000 });
    server.release();
    // The server confirms the cached guides: the step stays.
    await page.waitForLoadState('networkidle');
    const times = await requestTimes(page);
    // The last page view showed a step: the UI file was asked for before the guides could be.
    expect(times.ui).not.toBeNull();
    expect(times.guides).not.toBeNull();
    expect(times.ui!).toBeLessThan(times.guides!);
    await expect(page.getByRole('dialog', { name: 'Pick your approver' }).isVisible()).resolves.toBe(true);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('takes down a step started from the cache once the server says its audience no longer includes the user', async () => {
    const { api, browser, stack } = suite;
    const reportsTip = { ...settingsTip, name: 'Reports tip', displayRules: { urlPatterns: ['/reports'] }, steps: [{ ...settingsTip.steps![0]!, title: 'Your reports' }] };
    const guideId = (await api.createGuide(reportsTip)).id;
    await api.publish(guideId);
    // The dashboard shows nothing, but the guides (for the reports page too) are kept.
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'cache-audience@acme.example');
    await page.waitForLoadState('networkidle');

    await api.updateGuide(guideId, { targeting: { audience: { match: 'all', conditions: [{ source: 'user', trait: 'plan', op: 'equals', value: 'no-such-plan' }] } } });
    await api.publish(guideId);
    const server = await holdGuides(context);
    await page.goto(`${stack.demoUrl}/reports`);
    const dialog = page.getByRole('dialog', { name: 'Your reports' });
    await dialog.waitFor({ timeout: 5_000 });
    server.release();
    await dialog.waitFor({ state: 'detached', timeout: 5_000 });
    // The next page view starts from what the server said: nothing.
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await dialog.count()).toBe(0);
    await context.close();
  });
});
